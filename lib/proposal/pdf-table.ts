import type { ProposalViewLine, TotalsRow } from "./proposal-view";

// The offer's table in the PDF: columns fitted to the widest amount so that no number ever
// wraps (an amount up to 10^15 ₸ stays on one line), the position's column taking the rest;
// when that leaves it too narrow, the table's type gets smaller instead.

type Doc = PDFKit.PDFDocument;

/** The table's geometry and type size. */
export interface TableLayout {
  x: number;
  widths: number[];
  size: number;
  /** The totals' type size (bold for the amount due). */
  totalsSize: number;
}

/** One table row: the cells' texts, and the decision line in small type under the position. */
export interface Row {
  cells: readonly string[];
  note: string | null;
}

const GRAY = "#444444";
const NUMBER_WIDTH = 22;
const QUANTITY_WIDTH = 40;
const MIN_AMOUNT_WIDTH = 58;
const MIN_NAME_WIDTH = 150;
const PAD = 6;
const SIZES = [9, 8.5, 8, 7.5, 7, 6.5, 6];

/**
 * Column widths for these rows in `width` points: each amount column as wide as its widest
 * amount (the totals' in the last one), the position's column the rest, at the largest type that
 * leaves it MIN_NAME_WIDTH.
 */
export function fitTable(
  doc: Doc,
  rows: readonly Row[],
  totals: readonly TotalsRow[],
  x: number,
  width: number,
): TableLayout {
  let layout: TableLayout | null = null;
  for (const size of SIZES) {
    const totalsSize = size + 1;
    const amount = (i: number) => {
      doc.font("regular").fontSize(size);
      const cells = rows.map((r) => doc.widthOfString(r.cells[i] ?? ""));
      doc.font("bold").fontSize(totalsSize);
      const sums = i === 5 ? totals.map((t) => doc.widthOfString(t.value)) : [];
      return Math.max(MIN_AMOUNT_WIDTH, ...cells, ...sums) + PAD;
    };
    const widths = [NUMBER_WIDTH, 0, QUANTITY_WIDTH, amount(3), amount(4), amount(5)];
    widths[1] = width - widths.reduce((a, w) => a + w, 0);
    layout = { x, widths, size, totalsSize };
    if (widths[1] >= MIN_NAME_WIDTH) break;
  }
  return layout!;
}

const columnX = (t: TableLayout, i: number) =>
  t.x + t.widths.slice(0, i).reduce((a, w) => a + w, 0);
const cellWidth = (t: TableLayout, i: number) => t.widths[i]! - 4;
const tableWidth = (t: TableLayout) => t.widths.reduce((a, w) => a + w, 0);
/**
 * Writes one cell: the position's text wraps in its column; a figure is written right-aligned
 * without a width, so pdfkit's line wrapper never sees it and it can never wrap.
 */
function cell(doc: Doc, t: TableLayout, i: number, text: string, y: number) {
  if (i < 2) {
    doc.text(text, columnX(t, i), y, { width: cellWidth(t, i) });
    return;
  }
  const right = columnX(t, i) + cellWidth(t, i);
  doc.text(text, right - doc.widthOfString(text), y, { lineBreak: false });
}

/** The header row of the table (also at the top of each page the table runs on to). */
export function tableHeader(doc: Doc, t: TableLayout, columns: readonly string[]) {
  doc.font("bold").fontSize(t.size).fillColor("black");
  const y = doc.y;
  const height = Math.max(
    ...columns.map((h, i) => doc.heightOfString(h, { width: cellWidth(t, i) })),
  );
  columns.forEach((h, i) => {
    doc.text(h, columnX(t, i), y, { width: cellWidth(t, i), align: i >= 2 ? "right" : "left" });
  });
  doc.y = y + height + 4;
  doc
    .moveTo(t.x, doc.y - 2)
    .lineTo(t.x + tableWidth(t), doc.y - 2)
    .strokeColor(GRAY)
    .stroke();
}

/** The height a row takes, its gap below included. */
export function rowHeight(doc: Doc, t: TableLayout, { cells, note }: Row): number {
  doc.font("regular").fontSize(t.size);
  const name = doc.heightOfString(cells[1] ?? "", { width: cellWidth(t, 1) });
  const main = Math.max(name, doc.currentLineHeight(true));
  doc.fontSize(t.size - 1.5);
  const small = note ? doc.heightOfString(note, { width: cellWidth(t, 1) }) + 2 : 0;
  return main + small + 6;
}

/** Draws one row at the current position. */
export function drawRow(doc: Doc, t: TableLayout, row: Row) {
  const height = rowHeight(doc, t, row);
  const y = doc.y;
  doc.font("regular").fontSize(t.size).fillColor("black");
  row.cells.forEach((c, i) => cell(doc, t, i, c, y));
  if (row.note) {
    const below = doc.heightOfString(row.cells[1] ?? "", { width: cellWidth(t, 1) }) + 2;
    doc
      .fontSize(t.size - 1.5)
      .fillColor(GRAY)
      .text(row.note, columnX(t, 1), y + below, { width: cellWidth(t, 1) });
    doc.fillColor("black");
  }
  doc.y = y + height;
}

/** The rows of one line: its own and its Copilot bonus row (п. 4.1.6), when it has one. */
export function lineTableRows(line: ProposalViewLine): Row[] {
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

/** The height of one totals row. */
export const totalsRowHeight = (t: TableLayout) => t.totalsSize + 5;

/** The totals under the table: labels right-aligned over the figures' columns. */
export function drawTotals(doc: Doc, t: TableLayout, rows: readonly TotalsRow[]) {
  for (const row of rows) {
    doc.font(row.strong ? "bold" : "regular").fontSize(t.totalsSize);
    const y = doc.y;
    const labelX = columnX(t, 1);
    doc.text(row.label, labelX, y, {
      width: columnX(t, 5) - labelX - 4,
      align: "right",
      lineBreak: false,
    });
    if (row.value !== "") cell(doc, t, 5, row.value, y);
    doc.y = y + totalsRowHeight(t);
  }
}
