import { parseAstanaInstant, readTenge, readTengeNumber, type TengeProblem } from "@/rules";

/** A cell as the file readers give it: text from CSV; text, number, boolean or date from XLSX. */
export type Cell = string | number | boolean | Date | null | undefined;

/** What is wrong with a cell, for a message in the page's words (row-messages.ts). */
export type CellProblem =
  | { kind: "date"; text: string }
  | { kind: "users"; text: string }
  | { kind: "money"; text: string; problem: TengeProblem }
  | { kind: "unknown"; text: string }
  | { kind: "product"; text: string };

/** A cell read into the request's terms: a value, nothing (an empty cell), or a problem. */
export type CellResult<T> =
  | { ok: true; value: T | undefined }
  | { ok: false; problem: CellProblem };

const EMPTY: CellResult<never> = { ok: true, value: undefined };
const pad = (n: number | string) => String(n).padStart(2, "0");

/** Excel's day 0 (30.12.1899) in days before 01.01.1970. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/**
 * A spreadsheet date as the wall-clock time its cell shows. Excel stores a day and a fraction
 * (10:00 is 0.41666…); the readers turn it into milliseconds with a float error that can fall
 * just short (09:59:59.999), so the time is rounded to the second.
 */
export function sheetDate(cell: Date | number): Date {
  const ms = typeof cell === "number" ? (cell - EXCEL_EPOCH_DAYS) * DAY_MS : cell.getTime();
  return new Date(Math.round(ms / 1000) * 1000);
}

/** A date from a spreadsheet as the API's Astana-time text: 2025-08-15 or 2025-08-15T10:30:00. */
function sheetDateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** «15.08.2025» or «15.08.2025 10:30» for a spreadsheet date (its wall-clock time, UTC fields). */
export function dateCellText(date: Date): string {
  const day = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}${s === 0 ? "" : `:${pad(s)}`}`;
}

/** The text of a cell as a person reads it; "" for an empty cell. Dates as 15.08.2025 10:30. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? "" : dateCellText(sheetDate(cell));
  }
  return String(cell).trim();
}

const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

/** Serial days a date column may hold as a plain number (1900–2100). */
const isSerial = (n: number) => n > 1 && n < 73051;

/**
 * A date cell as the API's Astana-time text: «15.08.2025» → 2025-08-15, «15.08.2025 10:30» →
 * 2025-08-15T10:30:00, ISO as it is. A spreadsheet date (a Date, or an Excel serial number)
 * carries the wall-clock time its cell shows, which is Astana time here: no zone shift.
 */
export function parseDateCell(cell: Cell): CellResult<string> {
  if (cell instanceof Date || (typeof cell === "number" && isSerial(cell))) {
    const date = sheetDate(cell);
    if (Number.isNaN(date.getTime())) return { ok: false, problem: { kind: "date", text: "" } };
    return { ok: true, value: sheetDateText(date) };
  }
  const text = cellText(cell);
  if (text === "") return EMPTY;
  const ru = RU_DATE.exec(text);
  const value = ru
    ? `${ru[3]}-${pad(ru[2]!)}-${pad(ru[1]!)}` +
      (ru[4] === undefined ? "" : `T${pad(ru[4])}:${ru[5]}:${ru[6] ?? "00"}`)
    : text;
  if (value.length > 40 || parseAstanaInstant(value) === null) {
    return { ok: false, problem: { kind: "date", text } };
  }
  return { ok: true, value };
}

/** A count of users: «50», 50, «1 000». */
export function parseUsersCell(cell: Cell): CellResult<number> {
  const text = cellText(cell);
  if (text === "") return EMPTY;
  const read = typeof cell === "number" ? readTengeNumber(cell) : readTenge(text);
  return read.ok
    ? { ok: true, value: read.value }
    : { ok: false, problem: { kind: "users", text } };
}

/** Whole tenge: «1 200 000», «1 200 000,00», «1200000.00 ₸», or a spreadsheet number. */
export function parseMoneyCell(cell: Cell): CellResult<number> {
  const text = cellText(cell);
  if (text === "") return EMPTY;
  const read = typeof cell === "number" ? readTengeNumber(cell) : readTenge(text);
  return read.ok
    ? { ok: true, value: read.value }
    : { ok: false, problem: { kind: "money", text, problem: read.problem } };
}
