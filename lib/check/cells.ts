import { parseAstanaInstant } from "@/rules";
import { parseTenge } from "@/lib/quote/priced-item";

/** A cell as the file readers give it: text from CSV; text, number, boolean or date from XLSX. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A cell read into the request's terms: a value, nothing (an empty cell), or a Russian error. */
export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/** Value → the labels a person may write for it (the API value itself is always accepted). */
export type Choices<T extends string | number> = ReadonlyMap<T, readonly string[]>;

const EMPTY: CellResult<never> = { ok: true, value: undefined };
const pad = (n: number | string) => String(n).padStart(2, "0");

/** Text for comparing names: case, guillemets, quotes, «ё» and extra spaces do not matter. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"“”„'*]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of a cell as a person would read it; "" for an empty cell. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell).trim();
}

const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

/**
 * A date cell as the API's Astana-time text: «15.08.2025» → 2025-08-15, «15.08.2025 10:30» →
 * 2025-08-15T10:30:00, ISO as it is. A spreadsheet date (XLSX) carries the wall-clock time the
 * cell shows, which is Astana time here.
 */
export function parseDateCell(cell: Cell): CellResult<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: "Неверная дата" };
    // read-excel-file gives the shown wall-clock time as UTC fields.
    const iso = cell.toISOString();
    return {
      ok: true,
      value: iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19),
    };
  }
  const text = cellText(cell);
  if (text === "") return EMPTY;
  const ru = RU_DATE.exec(text);
  const value = ru
    ? `${ru[3]}-${pad(ru[2]!)}-${pad(ru[1]!)}` +
      (ru[4] === undefined ? "" : `T${pad(ru[4])}:${ru[5]}:${ru[6] ?? "00"}`)
    : text;
  if (value.length > 40 || parseAstanaInstant(value) === null) {
    return {
      ok: false,
      message: `Неверная дата «${text.slice(0, 40)}»: пишите 15.08.2025, 15.08.2025 10:30 или 2025-08-15`,
    };
  }
  return { ok: true, value };
}

const YES = new Set(["да", "yes", "true", "1", "+", "истина", "д"]);
const NO = new Set(["нет", "no", "false", "0", "-", "ложь", "н"]);

/** A yes/no cell: «да»/«нет», true/false, 1/0. */
export function parseBoolCell(cell: Cell): CellResult<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  const text = normalizeName(cellText(cell));
  if (text === "") return EMPTY;
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, message: `Ожидается «да» или «нет», а не «${cellText(cell).slice(0, 40)}»` };
}

/** A whole number cell (tenge, users): «335 880», 335880. */
export function parseIntCell(cell: Cell): CellResult<number> {
  if (typeof cell === "number") {
    return Number.isSafeInteger(cell)
      ? { ok: true, value: cell }
      : { ok: false, message: `Ожидается целое число, а не ${cell}` };
  }
  const text = cellText(cell);
  if (text === "") return EMPTY;
  const value = parseTenge(text);
  return value === null
    ? {
        ok: false,
        message: `Ожидается целое число без копеек, например 335880, а не «${text.slice(0, 40)}»`,
      }
    : { ok: true, value };
}

/** Builds the lookup of a choice cell from value → labels. */
export function choiceLookup<T extends string | number>(choices: Choices<T>): Map<string, T> {
  const lookup = new Map<string, T>();
  for (const [value, labels] of choices) {
    lookup.set(normalizeName(String(value)), value);
    for (const label of labels) lookup.set(normalizeName(label), value);
  }
  return lookup;
}

/** A label in guillemets, unless it has its own («Облачный «Битрикс24»»). */
const quoted = (label: string) => (label.includes("«") ? label : `«${label}»`);

/** A cell naming one of `choices`, by its API value or by a label the form shows for it. */
export function parseChoiceCell<T extends string | number>(
  cell: Cell,
  lookup: ReadonlyMap<string, T>,
  choices: Choices<T>,
): CellResult<T> {
  const text = cellText(cell);
  if (text === "") return EMPTY;
  const value = lookup.get(normalizeName(text));
  if (value !== undefined) return { ok: true, value };
  const allowed = [...choices].map(([v, labels]) => labels[0] ?? String(v));
  return {
    ok: false,
    message: `Неизвестное значение «${text.slice(0, 60)}»: допустимо ${allowed.map(quoted).join(", ")}`,
  };
}
