import type Papa from "papaparse";
import type { Catalog } from "@/rules";
import {
  cellText,
  dateCellText,
  parseDateCell,
  parseMoneyCell,
  sheetDate,
  type Cell,
} from "./cells";
import type { Column } from "./columns";
import { escapeCell } from "@/lib/csv/escape-cell";
import { quoteLink, type CheckRow, type RowStatus } from "./price-row";

/** A cell of the result file: text (escaped on writing), a number, a date (wall time as UTC). */
export type OutCell = string | number | Date;

/** How a result column is written to XLSX. */
export type OutKind = "text" | "number" | "money" | "percent" | "date";

/** The result file: the uploaded columns as they were, then the check's. */
export interface OutSheet {
  header: string[];
  kinds: OutKind[];
  rows: OutCell[][];
}

/** The decision as the result table and file word it. */
export const STATUS_LABELS: Record<RowStatus, string> = {
  eligible: "Подходит",
  not_eligible: "Не подходит",
  invalid: "Ошибка в данных",
};

/** The columns the result file adds after the file's own. */
const RESULT: readonly [string, OutKind][] = [
  ["Решение", "text"],
  ["Основание", "text"],
  ["Цена по прайс-листу, ₸", "money"],
  ["Скидка, %", "percent"],
  ["Скидка, ₸", "money"],
  ["Цена по акции, ₸", "money"],
  ["Итого с бонусом, ₸", "money"],
  ["Ссылка на расчёт", "text"],
];

/**
 * The result file's header: the file's own columns in their places, then the check's; a title
 * the file already uses gets «(проверка)», so no name is there twice.
 */
export function exportHeader(
  header: readonly string[],
  columns: readonly (Column | null)[],
): Pick<OutSheet, "header" | "kinds"> {
  const own = new Set(header.map((h) => h.trim().toLowerCase()));
  const titles = RESULT.map(([title]) =>
    own.has(title.toLowerCase()) ? `${title} (проверка)` : title,
  );
  const kinds: OutKind[] = [
    ...header.map((_, i) => {
      const kind = columns[i]?.kind;
      return kind === "date" ? "date" : kind === "money" ? "money" : "text";
    }),
    ...RESULT.map(([, kind]) => kind),
  ];
  return { header: [...header, ...titles], kinds };
}

/** A row's grounds: the clauses of its discount, its reasons (each with its clauses), or its bad cells. */
export function groundsText(row: CheckRow): string {
  if (row.status === "eligible") return `Скидка по п. ${row.clauses.join(", ")}`;
  if (row.status === "not_eligible") {
    // Each reason's text names its clauses already.
    return row.reasons.map((r) => r.text).join(" ");
  }
  return row.errors.map((e) => `«${e.column}»: ${e.message}`).join("; ");
}

const num = (n: number | null): OutCell => (n === null ? "" : n);

/** An uploaded cell as the result keeps it: dates of date columns as dates, sums as numbers. */
function ownCell(cell: Cell, column: Column | null): OutCell {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : sheetDate(cell);
  if (column?.kind === "date") {
    const read = parseDateCell(cell);
    if (
      read.ok &&
      read.value !== undefined &&
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/.test(read.value)
    ) {
      return new Date(`${read.value.length === 10 ? `${read.value}T00:00:00` : read.value}Z`);
    }
  }
  if (column?.kind === "money") {
    const read = parseMoneyCell(cell);
    if (read.ok && read.value !== undefined) return read.value;
  }
  return typeof cell === "number" ? cell : cellText(cell);
}

/** One row of the result: the uploaded cells in their places, then the decision and prices. */
export function exportRow(
  cells: readonly Cell[],
  columns: readonly (Column | null)[],
  width: number,
  row: CheckRow,
  origin: string,
  catalog: Catalog,
): OutCell[] {
  const own = Array.from({ length: width }, (_, i) => ownCell(cells[i], columns[i] ?? null));
  const discount =
    row.listPrice !== null && row.promoPrice !== null ? row.listPrice - row.promoPrice : null;
  return [
    ...own,
    STATUS_LABELS[row.status],
    groundsText(row),
    num(row.listPrice),
    num(row.discountPercent),
    num(discount),
    num(row.promoPrice),
    num(row.total),
    row.request ? `${origin}${quoteLink(row.request, catalog)}` : "",
  ];
}

/** A cell as CSV text: dates as 15.08.2025 10:30, text with formulas defused. */
function csvCell(cell: OutCell): string | number {
  if (cell instanceof Date) return dateCellText(cell);
  return typeof cell === "number" ? cell : escapeCell(cell);
}

/**
 * CSV text for Excel: UTF-8 with BOM, «;» between cells, CRLF after every line. Papa is passed
 * in, so a caller that loads it lazily still does.
 */
export function excelCsv(papa: typeof Papa, data: Papa.UnparseObject<unknown> | unknown[][]) {
  return `\uFEFF${papa.unparse(data, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

/** The result as CSV for Excel in a Russian locale, formulas defused. */
export async function toCsv(sheet: OutSheet): Promise<Blob> {
  const { default: papa } = await import("papaparse");
  const text = excelCsv(papa, {
    fields: sheet.header.map(escapeCell),
    data: sheet.rows.map((row) => row.map(csvCell)),
  });
  return new Blob([text], { type: "text/csv;charset=utf-8" });
}
