import { groupDigits } from "@/rules/text/plural";
import type { Cell } from "./cells";

/** Largest file the page reads: 400 МБ, about a million rows of a CRM export. */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

/** Most data rows priced at once. */
export const MAX_ROWS = 1_000_000;

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
function encodingOf(head: Uint8Array): "utf-8" | "windows-1251" {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1251";
  }
}

const isEmptyRow = (row: readonly Cell[]) =>
  row.every((cell) => cell === null || cell === undefined || String(cell).trim() === "");

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

/** Where a read table goes: its header once, then each data row with its 0-based index. */
export interface TableSink {
  header(header: string[]): void;
  row(cells: Cell[], index: number): void;
}

export type ReadResult = { ok: true; total: number } | { ok: false; message: string };

/** Feeds a grid (a sheet, or rows of text) to a sink: header, non-empty rows, the row limit. */
class Feeder {
  private header: string[] | null = null;
  total = 0;
  constructor(private readonly sink: TableSink) {}

  /** false once the file has more rows than are checked at once. */
  add(row: Cell[]): boolean {
    if (this.header === null) {
      if (isEmptyRow(row)) return true;
      this.header = row.map((h, i) =>
        String(h ?? "")
          .replace(i === 0 ? /^\uFEFF/ : /$^/, "")
          .trim(),
      );
      this.sink.header(this.header);
      return true;
    }
    if (isEmptyRow(row)) return true;
    if (this.total >= MAX_ROWS) {
      this.total += 1;
      return false;
    }
    this.sink.row(row, this.total);
    this.total += 1;
    return true;
  }

  result(): ReadResult {
    if (this.header === null || this.total === 0) {
      return {
        ok: false,
        message:
          "В таблице нет строк с заказами: первая строка — заголовки столбцов, дальше — заказы.",
      };
    }
    if (this.total > MAX_ROWS) {
      return {
        ok: false,
        message: `В таблице больше ${groupDigits(MAX_ROWS)} строк, а за один раз проверяется не больше. ${TOO_MANY_HINT}`,
      };
    }
    return { ok: true, total: this.total };
  }
}

/** Rows of CSV or TSV text (pasted from a spreadsheet); the separator is guessed. */
export async function parseCsvText(text: string, sink: TableSink): Promise<ReadResult> {
  const { default: Papa } = await import("papaparse");
  const body = text.replace(/^\uFEFF/, "");
  const feeder = new Feeder(sink);
  const parsed = Papa.parse<string[]>(body, { delimiter: guessSeparator(body) });
  for (const row of parsed.data) if (!feeder.add(row)) break;
  return feeder.result();
}

/** A CSV file read a few megabytes at a time: a million rows never sit in memory as one text. */
async function streamCsv(file: Blob, head: Uint8Array, sink: TableSink): Promise<ReadResult> {
  const { default: Papa } = await import("papaparse");
  const encoding = encodingOf(head);
  const start = new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, "");
  const feeder = new Feeder(sink);
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(file as File, {
      delimiter: guessSeparator(start),
      encoding,
      chunkSize: 4 * 1024 * 1024,
      chunk(results, parser) {
        for (const row of results.data) {
          if (!feeder.add(row)) {
            parser.abort();
            return;
          }
        }
      },
      complete: () => resolve(),
      error: (error) => reject(error),
    });
  });
  return feeder.result();
}

/**
 * A file (CSV or XLSX, told apart by content, not name) fed row by row to a sink, or a Russian
 * message. A CSV is read in chunks; a workbook's first sheet at once.
 */
export async function readTable(file: Blob, sink: TableSink): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toLocaleString("ru-RU", { maximumFractionDigits: 1 });
    return {
      ok: false,
      message: `Файл весит ${mb} МБ, а проверяются файлы до 400 МБ (около миллиона строк). ${TOO_MANY_HINT}`,
    };
  }
  const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  if (isZip(head)) {
    let grid: Cell[][];
    try {
      const { readSheet } = await import("read-excel-file/universal");
      grid = (await readSheet(await file.arrayBuffer())) as Cell[][];
    } catch {
      return {
        ok: false,
        message:
          "Файл похож на архив, но это не книга Excel (.xlsx), или она повреждена. Сохраните список в Excel как «Книга Excel (.xlsx)» или «CSV UTF-8».",
      };
    }
    const feeder = new Feeder(sink);
    for (const row of grid) if (!feeder.add(row)) break;
    return feeder.result();
  }
  if (looksBinary(head)) {
    return {
      ok: false,
      message:
        "Файл не похож на таблицу: это не CSV и не XLSX (например, картинка или документ с другим расширением). Сохраните список в Excel как «CSV UTF-8» или «Книга Excel (.xlsx)».",
    };
  }
  if (file.size <= head.length)
    return parseCsvText(new TextDecoder(encodingOf(head)).decode(head), sink);
  return streamCsv(file, head, sink);
}
