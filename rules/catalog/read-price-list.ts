import { PRICE_ITEM_IDS } from "../products/item-ids";
import { checkPriceList, type PriceList, type PriceListProblem } from "./catalog";
import { parsePriceListCsv } from "./price-list-csv";

export type PriceListFormat = "json" | "csv";

/** Far above any real list (about 110 items, some 20 KB): a bigger file is not a price list. */
export const MAX_PRICE_LIST_BYTES = 1024 * 1024;

/** A read price list, or every problem of the file, one line each (place: message). */
export type PriceListReport = { ok: true; list: PriceList } | { ok: false; problems: string[] };

/** The format a file name's extension names (`.json` or `.csv`), or null. */
export function priceListFormat(fileName: string): PriceListFormat | null {
  const match = /\.(json|csv)$/i.exec(fileName);
  return match ? (match[1]!.toLowerCase() as PriceListFormat) : null;
}

/** `items[3].price`, the way a person finds a field in a JSON file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "весь файл";
  return path
    .map((key, i) =>
      typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join("");
}

function report(
  problems: readonly PriceListProblem[],
  locate: (path: readonly PropertyKey[]) => string,
  locateFirst = locate,
): string[] {
  return problems.map(
    (p) => `${locate(p.path)}: ${p.message}${p.first ? ` (впервые: ${locateFirst(p.first)})` : ""}`,
  );
}

function readJson(text: string): PriceListReport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`весь файл: не JSON (${(error as Error).message})`] };
  }
  const checked = checkPriceList(raw);
  return checked.ok ? checked : { ok: false, problems: report(checked.problems, jsonPath) };
}

function readCsv(text: string): PriceListReport {
  const csv = parsePriceListCsv(text);
  const checked = checkPriceList(csv.data);
  const locate = (path: readonly PropertyKey[]) => {
    const [head, index, field] = path;
    if (head === "items" && typeof index === "number") {
      return `строка ${csv.itemLines[index] ?? "?"}${field === undefined ? "" : `, ${String(field)}`}`;
    }
    if (head === "items") return "строки позиций";
    const line = csv.fieldLines[String(head)];
    return line === undefined
      ? `строки «#» перед заголовком, # ${String(head)}`
      : `строка ${line}, # ${String(head)}`;
  };
  const problems = [
    ...csv.problems.map((p) => ({ line: p.line, text: `строка ${p.line}: ${p.message}` })),
    ...(checked.ok
      ? []
      : report(checked.problems, locate, (path) => locate(path.slice(0, 2))).map((text, i) => ({
          line: lineOf(checked.problems[i]!.path, csv.itemLines, csv.fieldLines),
          text,
        }))),
  ];
  if (problems.length === 0 && checked.ok) return checked;
  // In file order, so the report reads top to bottom like the file.
  problems.sort((a, b) => a.line - b.line);
  return { ok: false, problems: problems.map((p) => p.text) };
}

function lineOf(
  path: readonly PropertyKey[],
  itemLines: readonly number[],
  fieldLines: Readonly<Record<string, number>>,
): number {
  const [head, index] = path;
  if (head === "items") return typeof index === "number" ? (itemLines[index] ?? 0) : 0;
  return fieldLines[String(head)] ?? 0;
}

/**
 * Reads a price list file's text (JSON or CSV, UTF-8 with or without BOM) and validates it;
 * every problem is reported, one line each, so an operator fixes the file in one go.
 */
export function readPriceList(text: string, format: PriceListFormat): PriceListReport {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PRICE_LIST_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1).replace(".", ",");
    return {
      ok: false,
      problems: [
        `весь файл: ${mb} МБ, больше предела 1 МБ — в прайс-листе не больше ${PRICE_ITEM_IDS.size} позиций`,
      ],
    };
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, problems: ["весь файл: файл пуст"] };
  return format === "json" ? readJson(body) : readCsv(body);
}
