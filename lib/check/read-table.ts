import { groupDigits } from "@/rules/text/plural";
import type { Cell } from "./cells";

/** A spreadsheet as rows of cells: the header, then the data rows. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

export type ReadTableResult = { ok: true; table: Table } | { ok: false; message: string };

/** Largest file the page reads: 40 МБ, about 100 000 rows of the template. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/** Most data rows priced at once. */
export const MAX_ROWS = 100_000;

const TOO_MANY_HINT =
  "Разделите список на части или отправьте его в API POST /api/quotes потоком NDJSON.";

/** An XLSX (any ZIP) file starts with «PK\x03\x04», whatever its name says. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Text never has NUL bytes, and has few control characters besides tab and newlines. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control += 1;
  }
  return control > head.length / 50;
}

/** UTF-8 (with or without BOM), else Windows-1251: what Excel saves «CSV» as on Russian Windows. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

const isEmptyRow = (row: readonly Cell[]) =>
  row.every((cell) => cell === null || cell === undefined || String(cell).trim() === "");

/** Header and data rows out of a grid, with the row limit and the «no rows» message. */
function toTable(grid: Cell[][]): ReadTableResult {
  let end = grid.length;
  while (end > 0 && isEmptyRow(grid[end - 1]!)) end -= 1;
  const [head, ...rows] = grid.slice(0, end);
  if (head === undefined || rows.length === 0) {
    return {
      ok: false,
      message:
        "В таблице нет строк с заказами: первая строка — заголовки столбцов, дальше — заказы.",
    };
  }
  if (rows.length > MAX_ROWS) {
    return {
      ok: false,
      message: `В таблице ${groupDigits(rows.length)} строк, а за один раз проверяется не больше 100 000. ${TOO_MANY_HINT}`,
    };
  }
  return { ok: true, table: { header: head.map((h) => String(h ?? "").trim()), rows } };
}

const SEPARATORS = [";", "\t", ",", "|"] as const;

/**
 * The separator of a CSV: the one the header line has most of. (papaparse's own guess needs
 * several rows that agree, and misses on a header and one order.) Headers never hold these.
 */
export function guessSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = SEPARATORS.map((sep) => firstLine.split(sep).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best]! > 0 ? SEPARATORS[best]! : ";";
}

/** Rows of CSV or TSV text (pasted from a spreadsheet); the separator is guessed. */
export async function parseCsvText(text: string): Promise<ReadTableResult> {
  const { default: Papa } = await import("papaparse");
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { delimiter: guessSeparator(body) });
  return toTable(parsed.data);
}

/** A file (CSV or XLSX, told apart by content, not name) as a table, or a Russian message. */
export async function readTable(file: Blob): Promise<ReadTableResult> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toLocaleString("ru-RU", { maximumFractionDigits: 1 });
    return {
      ok: false,
      message: `Файл весит ${mb} МБ, а проверяются файлы до 40 МБ (около 100 000 строк). ${TOO_MANY_HINT}`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) {
    try {
      const { readSheet } = await import("read-excel-file/universal");
      return toTable((await readSheet(bytes.buffer)) as Cell[][]);
    } catch {
      return {
        ok: false,
        message:
          "Файл похож на архив, но это не книга Excel (.xlsx), или она повреждена. Сохраните список в Excel как «Книга Excel (.xlsx)» или «CSV UTF-8».",
      };
    }
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message:
        "Файл не похож на таблицу: это не CSV и не XLSX (например, картинка или документ с другим расширением). Сохраните список в Excel как «CSV UTF-8» или «Книга Excel (.xlsx)».",
    };
  }
  return parseCsvText(decodeText(bytes));
}
