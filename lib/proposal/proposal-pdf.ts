import path from "node:path";
import PDFDocument from "pdfkit";
import { kzSummer2025, type ProposalResult } from "@/rules";
import {
  clientLine,
  proposalTexts,
  proposalTotalsRows,
  proposalViewLine,
  PROPOSAL_COLUMNS,
  sellerLine,
  type ProposalViewLine,
} from "./proposal-view";
import { replaceMissingGlyphs } from "./pdf-glyphs";

// DejaVu Sans from its npm package: full Cyrillic and the tenge sign, embedded as a subset with a
// ToUnicode map, so the text of the PDF can be searched and copied. Read from node_modules at
// run time (`next start` runs in the project folder; pdfkit is a server external package).
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
const BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

const MARGIN = 40;
const FOOTER_SPACE = 30;
// № | position | quantity | unit list | unit promo | line total; sums to the A4 width less margins.
const COLUMNS = [22, 209, 44, 80, 80, 80] as const;
const GRAY = "#444444";

type Doc = PDFKit.PDFDocument;

function columnX(index: number): number {
  return MARGIN + COLUMNS.slice(0, index).reduce((a, w) => a + w, 0);
}

function bottom(doc: Doc): number {
  return doc.page.height - MARGIN - FOOTER_SPACE;
}

/** Starts a new page when `height` does not fit, so a row is never split across pages. */
function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

function paragraph(
  doc: Doc,
  text: string,
  options: { bold?: boolean; size?: number; gap?: number } = {},
) {
  doc.font(options.bold ? "bold" : "regular").fontSize(options.size ?? 10);
  const width = doc.page.width - 2 * MARGIN;
  ensureSpace(doc, doc.heightOfString(text, { width }));
  doc.text(text, MARGIN, doc.y, { width });
  doc.moveDown(options.gap ?? 0.3);
}

function tableHeader(doc: Doc) {
  doc.font("bold").fontSize(8.5).fillColor("black");
  const y = doc.y;
  const width = (i: number) => COLUMNS[i]! - 4;
  const height = Math.max(
    ...PROPOSAL_COLUMNS.map((h, i) => doc.heightOfString(h, { width: width(i) })),
  );
  PROPOSAL_COLUMNS.forEach((h, i) => {
    doc.text(h, columnX(i), y, { width: width(i), align: i >= 2 ? "right" : "left" });
  });
  doc.y = y + height + 4;
  doc
    .moveTo(MARGIN, doc.y - 2)
    .lineTo(doc.page.width - MARGIN, doc.y - 2)
    .strokeColor(GRAY)
    .stroke();
}

/** One table row: the cells' texts, and the decision line in small type under the position. */
interface Row {
  cells: readonly string[];
  note: string | null;
}

const cellWidth = (i: number) => COLUMNS[i]! - 4;

/** The height a row takes, its gap below included. */
function rowHeight(doc: Doc, { cells, note }: Row): number {
  doc.font("regular").fontSize(9);
  const main = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cellWidth(i) })));
  doc.fontSize(7.5);
  const small = note ? doc.heightOfString(note, { width: cellWidth(1) }) + 2 : 0;
  return main + small + 6;
}

function drawRow(doc: Doc, row: Row) {
  const height = rowHeight(doc, row);
  const y = doc.y;
  doc.fontSize(9).fillColor("black");
  row.cells.forEach((c, i) =>
    doc.text(c, columnX(i), y, { width: cellWidth(i), align: i >= 2 ? "right" : "left" }),
  );
  if (row.note) {
    const below = doc.heightOfString(row.cells[1]!, { width: cellWidth(1) }) + 2;
    doc
      .fontSize(7.5)
      .fillColor(GRAY)
      .text(row.note, columnX(1), y + below, { width: cellWidth(1) });
    doc.fillColor("black");
  }
  doc.y = y + height;
}

/** The rows of one line: its own and its Copilot bonus row (п. 4.1.6), when it has one. */
function lineTableRows(line: ProposalViewLine): Row[] {
  const rows: Row[] = [
    {
      cells: [
        String(line.position),
        line.title,
        String(line.quantity),
        line.unitList,
        line.unitPrice,
        line.lineTotal,
      ],
      note: line.decision,
    },
  ];
  if (line.bonus) {
    const b = line.bonus;
    rows.push({
      cells: ["", b.title, String(line.quantity), b.unitList, b.unitPrice, ""],
      note: null,
    });
  }
  return rows;
}

/** A line's rows on one page: a line is never parted from its bonus row. */
function lineRows(doc: Doc, line: ProposalViewLine) {
  const rows = lineTableRows(line);
  const height = rows.reduce((sum, row) => sum + rowHeight(doc, row), 0);
  if (ensureSpace(doc, height)) tableHeader(doc);
  rows.forEach((row) => drawRow(doc, row));
}

const TOTALS_ROW_HEIGHT = 14;

/** The totals under the table, all on one page: the sum to pay is never parted from its parts. */
function totals(doc: Doc, proposal: ProposalResult) {
  const rows = proposalTotalsRows(proposal);
  doc.moveDown(0.5);
  ensureSpace(doc, rows.length * TOTALS_ROW_HEIGHT);
  for (const row of rows) {
    doc.font(row.strong ? "bold" : "regular").fontSize(10);
    const y = doc.y;
    doc.text(row.label, columnX(2), y, {
      width: COLUMNS[2] + COLUMNS[3] + COLUMNS[4] - 4,
      align: "right",
    });
    doc.text(row.value, columnX(5), y, { width: COLUMNS[5] - 4, align: "right" });
    doc.y = y + TOTALS_ROW_HEIGHT;
  }
}

function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would make pdfkit open a new page: lift the margin first.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(GRAY)
      .text(`Страница ${i + 1} из ${range.count}`, MARGIN, doc.page.height - MARGIN, {
        width: doc.page.width - 2 * MARGIN,
        align: "right",
      });
    doc.page.margins.bottom = margin;
  }
}

function write(doc: Doc, proposal: ProposalResult) {
  const texts = proposalTexts(proposal);
  paragraph(doc, texts.heading, { bold: true, size: 16, gap: 0.2 });
  paragraph(doc, texts.intro);
  paragraph(doc, `Продавец: ${sellerLine(proposal.seller)}`);
  paragraph(doc, `Клиент: ${clientLine(proposal.client)}`, { gap: 0.8 });
  if (texts.noDiscount) paragraph(doc, texts.noDiscount, { gap: 0.8 });

  tableHeader(doc);
  proposal.lines.map(proposalViewLine).forEach((line) => lineRows(doc, line));
  totals(doc, proposal);
  doc.moveDown(0.8);
  if (texts.vat) paragraph(doc, texts.vat);
  paragraph(doc, texts.priceList);
  paragraph(doc, texts.validity, { bold: true, gap: 0.8 });
  paragraph(
    doc,
    `Правила акции «${kzSummer2025.fullTitle}»: ${kzSummer2025.rulesUrl}. Организатор — ${kzSummer2025.organizer}.`,
    { size: 8.5 },
  );
  paragraph(
    doc,
    "Расчёт носит информационный характер. В ситуациях, допускающих неоднозначное толкование Правил, и по вопросам, не урегулированным Правилами, окончательное решение принимает Организатор (п. 8.1 Правил).",
    { size: 8.5 },
  );
}

/** The offer as an A4 PDF with DejaVu Sans embedded (text extractable), page numbers on every page. */
export function proposalPdf(proposal: ProposalResult): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    font: REGULAR,
    info: {
      Title: proposalTexts(proposal).heading,
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
  write(doc, proposal);
  pageNumbers(doc);
  doc.end();
  return done;
}
