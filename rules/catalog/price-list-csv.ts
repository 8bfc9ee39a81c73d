import Papa from "papaparse";
import { parseWholeTenge } from "../money/money";
import type { PriceList } from "./catalog";

/** The CSV columns, in the order `priceListToCsv` writes them (price-list.md). */
export const CSV_COLUMNS = ["id", "title", "price", "source", "asOf"] as const;
const REQUIRED_COLUMNS = ["id", "title", "price", "source"] as const;
/** List-level fields a CSV carries in `# key: value` lines before its header. */
const LIST_FIELDS = ["id", "title", "kind", "currency", "asOf", "vatIncluded", "note"] as const;

/** A problem found while reading CSV text, on a 1-based line of the file. */
export interface CsvProblem {
  line: number;
  message: string;
}

/** CSV text read into the JSON shape of a price list, with the file line of every item. */
export interface PriceListCsv {
  data: Record<string, unknown>;
  /** File line of each list-level `# key:` line, by key. */
  fieldLines: Readonly<Record<string, number>>;
  /** File line of each item row, by item index. */
  itemLines: readonly number[];
  problems: CsvProblem[];
}

const VAT: Readonly<Record<string, boolean | null>> = {
  true: true,
  false: false,
  null: null,
  "": null,
  да: true,
  нет: false,
};

/** `# vatIncluded: …` as JSON would say it; an unknown word stays text for the schema to refuse. */
function vatValue(text: string): unknown {
  const key = text.trim().toLowerCase();
  return key in VAT ? VAT[key] : text;
}

/** Reads the `#` lines before the header; returns the header's line index. */
function readPreamble(lines: readonly string[], csv: PriceListCsv): number {
  const fieldLines: Record<string, number> = {};
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === "") continue;
    if (!line.startsWith("#")) break;
    const match = /^#\s*([A-Za-z]+)\s*:(.*)$/.exec(line);
    if (!match) continue; // a plain comment
    const [, key, value] = match as unknown as [string, string, string];
    if (!(LIST_FIELDS as readonly string[]).includes(key)) {
      csv.problems.push({
        line: index + 1,
        message: `неизвестное поле «# ${key}»: допустимы ${LIST_FIELDS.map((f) => `# ${f}`).join(", ")}`,
      });
      continue;
    }
    csv.data[key] = key === "vatIncluded" ? vatValue(value) : value.trim();
    fieldLines[key] = index + 1;
  }
  csv.fieldLines = fieldLines;
  return index;
}

/** Turns one row's cells into an item, by the header's column names. */
function rowItem(columns: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const cell = (cells[i] ?? "").trim();
    if (column === "price") item.price = cell === "" ? undefined : (parseWholeTenge(cell) ?? cell);
    else if (column === "asOf") item.asOf = cell === "" ? undefined : cell;
    else item[column] = cell;
  });
  return item;
}

function headerProblems(columns: readonly string[], line: number): CsvProblem[] {
  const problems: CsvProblem[] = [];
  for (const column of columns) {
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) {
      problems.push({
        line,
        message: `неизвестный столбец «${column}»: заголовок — ${CSV_COLUMNS.join(";")}`,
      });
    }
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.includes(column)) {
      problems.push({
        line,
        message: `в заголовке нет столбца «${column}»: заголовок — ${CSV_COLUMNS.join(";")}`,
      });
    }
  }
  return problems;
}

/**
 * Reads a CSV price list (price-list.md): `# key: value` lines, then the header `id;title;price;
 * source;asOf` whose separator (`;` or `,`) is the file's, then one item a row. Prices may be
 * grouped by spaces; whatever is not whole tenge is left as text for the schema to refuse.
 */
export function parsePriceListCsv(text: string): PriceListCsv {
  const csv: PriceListCsv = {
    data: { currency: "KZT" },
    fieldLines: {},
    itemLines: [],
    problems: [],
  };
  const lines = text.split(/\r\n|\n|\r/);
  const headerIndex = readPreamble(lines, csv);
  const header = lines[headerIndex];
  if (header === undefined) {
    csv.data.items = [];
    csv.problems.push({
      line: lines.length,
      message: `нет строки заголовка ${CSV_COLUMNS.join(";")}`,
    });
    return csv;
  }
  const body = lines.slice(headerIndex).join("\n");
  const delimiter = header.includes(";") ? ";" : ",";
  const items: Record<string, unknown>[] = [];
  const itemLines: number[] = [];
  let columns: string[] | null = null;
  // Papa Parse reports where each row ends; counting newlines up to there gives its file line.
  let counted = 0;
  let newlines = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    comments: "#",
    skipEmptyLines: "greedy",
    step: ({ data: cells, meta }) => {
      const end = Math.max(counted, meta.cursor - 1);
      for (let i = counted; i < end; i++) if (body.charCodeAt(i) === 10) newlines++;
      counted = end;
      const line = headerIndex + newlines + 1;
      if (columns === null) {
        columns = cells.map((c) => c.trim());
        csv.problems.push(...headerProblems(columns, line));
        return;
      }
      if (cells.length !== columns.length) {
        csv.problems.push({
          line,
          message: `${cells.length} ${cells.length === 1 ? "поле" : cells.length < 5 ? "поля" : "полей"} вместо ${columns.length}: разделитель файла — «${delimiter}»; текст с «${delimiter}» берите в кавычки`,
        });
      }
      items.push(rowItem(columns, cells));
      itemLines.push(line);
    },
  });
  csv.data.items = items;
  csv.itemLines = itemLines;
  return csv;
}

/** A price list as CSV in the format of price-list.md (`;` separated, list fields as `#` lines). */
export function priceListToCsv(list: PriceList): string {
  const vat = list.vatIncluded === null ? "null" : String(list.vatIncluded);
  const meta = [
    `# id: ${list.id}`,
    `# title: ${list.title}`,
    `# kind: ${list.kind}`,
    `# currency: ${list.currency}`,
    `# asOf: ${list.asOf}`,
    `# vatIncluded: ${vat}`,
    ...(list.note === undefined ? [] : [`# note: ${list.note.replace(/\s*\n\s*/g, " ")}`]),
  ];
  const rows = list.items.map((item) => [
    item.id,
    item.title,
    String(item.price),
    item.source,
    item.asOf ?? "",
  ]);
  const table = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { delimiter: ";", newline: "\n" },
  );
  return `${meta.join("\n")}\n${table}\n`;
}
