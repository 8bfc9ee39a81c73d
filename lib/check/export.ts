import type Papa from "papaparse";
import type { Catalog } from "@/rules";
import { cellText, type Cell } from "./cells";
import { escapeCell } from "./escape";
import { quoteLink, type CheckRow, type RowStatus } from "./price-row";

/** A cell of the result file: text (escaped on writing) or a number. */
export type OutCell = string | number;

/** The decision as the result table and file word it. */
export const STATUS_LABELS: Record<RowStatus, string> = {
  eligible: "Подходит",
  not_eligible: "Не подходит",
  invalid: "Ошибка в данных",
};

/** Titles of the columns the result file adds after the file's own. */
export const RESULT_TITLES = [
  "Решение",
  "Продукт",
  "Цена по прайс-листу, ₸",
  "Скидка, %",
  "Цена по акции, ₸",
  "Итого с бонусом, ₸",
  "Пункты Правил",
  "Причины",
  "Ошибки в ячейках",
  "Ссылка на расчёт",
] as const;

/** The result file's header: the row number, the file's own columns, the result. */
export function exportHeader(header: readonly string[]): string[] {
  return ["Строка", ...header, ...RESULT_TITLES];
}

const num = (n: number | null): OutCell => (n === null ? "" : n);

/** One row of the result file: the uploaded cells as they were, then the decision and prices. */
export function exportRow(
  cells: readonly Cell[],
  width: number,
  row: CheckRow,
  origin: string,
  catalog: Catalog,
): OutCell[] {
  const own = Array.from({ length: width }, (_, i) => cellText(cells[i]));
  return [
    row.line,
    ...own,
    STATUS_LABELS[row.status],
    row.product,
    num(row.listPrice),
    num(row.discountPercent),
    num(row.promoPrice),
    num(row.total),
    row.clauses.join(", "),
    row.reasons.map((r) => r.text).join(" "),
    row.errors.map((e) => `${e.column}: ${e.message}`).join("; "),
    row.request ? `${origin}${quoteLink(row.request, catalog)}` : "",
  ];
}

const safe = (cell: OutCell) => (typeof cell === "number" ? cell : escapeCell(cell));

/**
 * CSV text for Excel: UTF-8 with BOM, «;» between cells, CRLF after every line. Papa is passed
 * in, so a caller that loads it lazily still does.
 */
export function excelCsv(papa: typeof Papa, data: Papa.UnparseObject<unknown> | unknown[][]) {
  return `\uFEFF${papa.unparse(data, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

/** The result as CSV for Excel, formulas defused. */
export async function toCsv(header: readonly string[], rows: readonly OutCell[][]): Promise<Blob> {
  const { default: papa } = await import("papaparse");
  const text = excelCsv(papa, {
    fields: header.map(escapeCell),
    data: rows.map((row) => row.map(safe)),
  });
  return new Blob([text], { type: "text/csv;charset=utf-8" });
}

/** The result as an XLSX workbook: numbers as numbers, every text escaped the same way. */
export async function toXlsx(header: readonly string[], rows: readonly OutCell[][]): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  const data = [header.map(escapeCell), ...rows].map((row) =>
    row.map((cell) =>
      typeof cell === "number"
        ? { value: cell, type: Number }
        : { value: escapeCell(cell), type: String },
    ),
  );
  return writeXlsxFile(data).toBlob();
}
