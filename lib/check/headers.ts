import { foldText } from "@/rules/products/read-product-name-text";
import { COLUMNS, type Column } from "./columns";
import { textKey } from "./keys";

/** A header's suggested column and how sure the page is (1 for a known name). */
export interface HeaderSuggestion {
  path: string;
  score: number;
}

const NAMES: [string, Column][] = COLUMNS.flatMap((column) =>
  [column.title, column.path, ...column.headers].map(
    (name) => [textKey(name), column] as [string, Column],
  ),
);
/** Known names: a template title or an API path is surer (1) than a CRM's name for it (0.95). */
const EXACT = new Map<string, { column: Column; score: number }>();
for (const column of COLUMNS) {
  for (const name of [column.title, column.path]) EXACT.set(textKey(name), { column, score: 1 });
}
for (const column of COLUMNS) {
  for (const name of column.headers) {
    if (!EXACT.has(textKey(name))) EXACT.set(textKey(name), { column, score: 0.95 });
  }
}

/** Pairs of neighbouring letters, for a similarity that forgives a typo or a word form. */
function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const pair = text.slice(i, i + 2);
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** Dice similarity of two keys: 1 for the same letters in the same order, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Below this a header is left for the person to match. */
const THRESHOLD = 0.72;
// A unit or a mark after a name: «Цена по прайс-листу, ₸», «Дата заказа*».
const TRAILING_UNIT = /(?:тг|тенге|kzt)$/;

/** The most likely column of one header, or null. */
function bestColumn(header: string): { column: Column; score: number } | null {
  const key = textKey(header).replace(TRAILING_UNIT, "");
  if (key === "") return null;
  const exact = EXACT.get(key) ?? EXACT.get(textKey(header));
  if (exact) return exact;
  let best: { column: Column; score: number } | null = null;
  for (const [name, column] of NAMES) {
    const score = similarity(key, name);
    if (score >= THRESHOLD && (!best || score > best.score)) best = { column, score };
  }
  return best;
}

/**
 * The column each header most likely is, by its name: the template's titles, the API's paths and
 * the names CRM exports use («Тип клиента», «Вид лица», «Сумма», «Цена, тг»), whatever the case,
 * punctuation or Latin look-alikes; then by letters in common. Each column goes to one header
 * (the surest); "" for a header the page does not know.
 */
export function suggestColumns(header: readonly string[]): HeaderSuggestion[] {
  const found = header.map(bestColumn);
  const order = found
    .map((f, i) => ({ i, score: f?.score ?? 0 }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const taken = new Set<string>();
  const out: HeaderSuggestion[] = header.map(() => ({ path: "", score: 0 }));
  for (const { i } of order) {
    const f = found[i];
    if (!f || taken.has(f.column.path)) continue;
    taken.add(f.column.path);
    out[i] = { path: f.column.path, score: f.score };
  }
  return out;
}

/** Headers a person looks a row up by: the order's number and the client, when the file has them. */
export function displayColumns(header: readonly string[], mapped: readonly string[]): number[] {
  const folded = header.map(foldText);
  const order = folded.findIndex((h, i) => mapped[i] === "" && /№|номер|^id$|^#|^n$/.test(h));
  const client = folded.findIndex(
    (h, i) =>
      mapped[i] === "" &&
      i !== order &&
      /клиент|контрагент|компани|организаци|покупател|заказчик|наименование клиента/.test(h),
  );
  return [order, client].filter((i) => i >= 0);
}
