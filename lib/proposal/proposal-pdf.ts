import path from "node:path";
import PDFDocument from "pdfkit";
import type { ProposalResult } from "@/rules";
import type { PartnerAppendixData } from "./partner-appendix";
import {
  drawRow,
  drawTotals,
  fitTable,
  lineTableRows,
  rowHeight,
  tableHeader,
  totalsRowHeight,
} from "./pdf-table";
import {
  documentTitle,
  proposalTexts,
  signatureLine,
  type PartyBlock,
  type ProposalTexts,
} from "./proposal-texts";
import { proposalTotalsRows, proposalViewLine } from "./proposal-view";
import { replaceMissingGlyphs } from "./pdf-glyphs";

// DejaVu Sans from its npm package: full Cyrillic and the tenge sign, embedded as a subset with a
// ToUnicode map, so the text of the PDF can be searched and copied. Read from node_modules at
// run time (`next start` runs in the project folder; pdfkit is a server external package).
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
const BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

const MARGIN = 40;
const FOOTER_SPACE = 24;
const GRAY = "#444444";
const MARK_RED = "#b91c1c";

type Doc = PDFKit.PDFDocument;

/** A run of text the document prints: its font, size and color, and the gap after it. */
interface Para {
  text: string;
  bold?: boolean;
  size?: number;
  gap?: number;
  color?: string;
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc) => doc.page.height - MARGIN - FOOTER_SPACE;

function paraHeight(doc: Doc, p: Para): number {
  doc.font(p.bold ? "bold" : "regular").fontSize(p.size ?? 10);
  return (
    doc.heightOfString(p.text, { width: contentWidth(doc) }) +
    (p.gap ?? 0.3) * doc.currentLineHeight(true)
  );
}

/** Starts a new page when `height` does not fit, so a block is never split across pages. */
function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

function paragraph(doc: Doc, p: Para) {
  doc
    .font(p.bold ? "bold" : "regular")
    .fontSize(p.size ?? 10)
    .fillColor(p.color ?? "black");
  ensureSpace(doc, doc.heightOfString(p.text, { width: contentWidth(doc) }));
  doc.text(p.text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.fillColor("black");
  doc.moveDown(p.gap ?? 0.3);
}

/** «Продавец: ТОО «Партнёр»», then its details one per line. */
function partyParas(block: PartyBlock): Para[] {
  return [
    { text: `${block.label}: ${block.name}`, bold: true, gap: 0.1 },
    ...block.details.map((text) => ({ text, size: 9, gap: 0.1 })),
  ];
}

/** What follows the table, kept on one page with the table's last line. */
function tailParas(texts: ProposalTexts): Para[] {
  return [
    { text: texts.dueInWords, bold: true, gap: 0.6 },
    { text: texts.priceList },
    { text: texts.validity, bold: true, gap: 0.6 },
    ...(texts.manager ? [{ text: texts.manager, gap: 1.2 }] : []),
    { text: signatureLine(texts.signature), size: 11, gap: 1.2 },
    { text: texts.rules, size: 8.5 },
    { text: texts.disclaimer, size: 8.5 },
  ];
}

function table(doc: Doc, proposal: ProposalResult, texts: ProposalTexts) {
  const lines = proposal.lines.map((line, i) => proposalViewLine(line, i, proposal.language));
  const columns = texts.words.columns;
  const totals = proposalTotalsRows(proposal);
  const layout = fitTable(doc, lines.flatMap(lineTableRows), totals, MARGIN, contentWidth(doc));
  const tail = tailParas(texts);
  const totalsHeight = doc.currentLineHeight(true) * 0.5 + totals.length * totalsRowHeight(layout);
  const tailHeight = totalsHeight + 8 + tail.reduce((sum, p) => sum + paraHeight(doc, p), 0);
  const usable = bottom(doc) - MARGIN;
  tableHeader(doc, layout, columns);
  lines.forEach((line, i) => {
    const rows = lineTableRows(line);
    const height = rows.reduce((sum, row) => sum + rowHeight(doc, layout, row), 0);
    // A line is never parted from its bonus row; the last one takes the totals and the signature
    // along (when they fit a page), so no page holds the closing lines without the table.
    const last = i === lines.length - 1;
    const keep = last ? (height + tailHeight <= usable ? tailHeight : totalsHeight) : 0;
    if (ensureSpace(doc, height + keep)) tableHeader(doc, layout, columns);
    rows.forEach((row) => drawRow(doc, layout, row));
  });
  doc.moveDown(0.5);
  ensureSpace(doc, totals.length * totalsRowHeight(layout));
  drawTotals(doc, layout, totals);
  doc.moveDown(0.8);
  tail.forEach((p) => paragraph(doc, p));
}

function appendixPages(doc: Doc, appendix: PartnerAppendixData) {
  doc.addPage();
  paragraph(doc, { text: appendix.title, bold: true, size: 13, gap: 0.6 });
  paragraph(doc, { text: `Ответы клиента: ${appendix.client}` });
  paragraph(doc, { text: `Даты: ${appendix.dates}`, gap: 0.6 });
  if (appendix.remarks.length === 0) return;
  paragraph(doc, { text: "Оговорки по позициям", bold: true });
  appendix.remarks.forEach((r) => paragraph(doc, { text: `• ${r.text}`, size: 9 }));
}

/** On every page: «ЦЕНЫ — ПРИМЕР» at the top when the prices are examples; the foot. */
function pageFurniture(doc: Doc, texts: ProposalTexts) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside a margin would make pdfkit open a new page: lift the margins first.
    const margins = { ...doc.page.margins };
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    const width = contentWidth(doc);
    if (texts.mark) {
      doc.font("bold").fontSize(11);
      const markWidth = doc.widthOfString(texts.mark.text) + 12;
      const x = doc.page.width - MARGIN - markWidth;
      doc.rect(x, 10, markWidth, 18).lineWidth(1.2).strokeColor(MARK_RED).stroke();
      doc.fillColor(MARK_RED).text(texts.mark.text, x + 6, 14, { lineBreak: false });
      // A bilingual note takes two or three lines: centred on the mark, above the top margin.
      const noteWidth = width - markWidth - 8;
      doc.font("regular").fontSize(7);
      const noteHeight = doc.heightOfString(texts.mark.note, { width: noteWidth });
      doc.text(texts.mark.note, MARGIN, Math.max(4, 19 - noteHeight / 2), { width: noteWidth });
    }
    const foot = texts.footer(i + 1, range.count);
    const y = doc.page.height - MARGIN + 4;
    doc.font("regular").fontSize(8).fillColor(GRAY);
    doc.text(foot.number, MARGIN, y, { lineBreak: false });
    doc.text(foot.page, doc.page.width - MARGIN - doc.widthOfString(foot.page), y, {
      lineBreak: false,
    });
    doc.fillColor("black");
    Object.assign(doc.page.margins, margins);
  }
}

function write(doc: Doc, proposal: ProposalResult, appendix: PartnerAppendixData | null) {
  const texts = proposalTexts(proposal);
  paragraph(doc, { text: texts.heading, bold: true, size: 16, gap: 0.2 });
  paragraph(doc, { text: texts.intro, gap: 0.6 });
  partyParas(texts.seller).forEach((p) => paragraph(doc, p));
  doc.moveDown(0.4);
  partyParas(texts.client).forEach((p) => paragraph(doc, p));
  doc.moveDown(0.6);
  if (texts.expired) paragraph(doc, { text: texts.expired, bold: true, color: MARK_RED, gap: 0.6 });
  if (texts.noDiscount) paragraph(doc, { text: texts.noDiscount, gap: 0.8 });
  table(doc, proposal, texts);
  if (appendix) appendixPages(doc, appendix);
  pageFurniture(doc, texts);
}

/**
 * The offer as an A4 PDF with DejaVu Sans embedded (text extractable): requisites, the table
 * (its header on every page it runs on), totals with VAT, the amount in words, the signature,
 * «ЦЕНЫ — ПРИМЕР» on every page of example prices, «стр. 2 из 3» at every foot, and the
 * partner's appendix when given.
 */
export function proposalPdf(
  proposal: ProposalResult,
  appendix: PartnerAppendixData | null = null,
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    font: REGULAR,
    info: {
      Title: documentTitle(proposal),
      Author: proposal.seller.company,
      Subject: proposal.client.name,
    },
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  replaceMissingGlyphs(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  write(doc, proposal, appendix);
  doc.end();
  return done;
}
