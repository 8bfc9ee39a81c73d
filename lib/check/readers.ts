import { readProductName, type Catalog, type ProductReading } from "@/rules";
import {
  cellText,
  parseDateCell,
  parseMoneyCell,
  parseUsersCell,
  type Cell,
  type CellResult,
} from "./cells";
import { COLUMNS, type Column } from "./columns";
import { textKey } from "./keys";
import type { Mapping } from "./mapping";
import { choiceLookup, itemProduct, type Meaning } from "./meanings";

/** How one column's cells are read. */
export type Reader = (cell: Cell) => CellResult<Meaning | ProductReading>;

/** A file's columns as the check reads them: the column and reader of each header cell. */
export interface ReadPlan {
  columns: (Column | null)[];
  readers: (Reader | null)[];
}

/** Distinct texts a column is read for at most, remembered (a column holds few distinct values). */
const CACHE_LIMIT = 20_000;

/** A reader that reads each distinct text once. */
function cached<T>(read: (text: string) => CellResult<T>): (text: string) => CellResult<T> {
  const seen = new Map<string, CellResult<T>>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined) {
      result = read(text);
      if (seen.size < CACHE_LIMIT) seen.set(text, result);
    }
    return result;
  };
}

function choiceReader(column: Column, chosen: Record<string, Meaning>): Reader {
  const lookup = choiceLookup(column.choices);
  const read = cached<Meaning>((text) => {
    const key = textKey(text);
    const value = chosen[key] ?? lookup.get(key);
    return value === undefined
      ? { ok: false, problem: { kind: "unknown", text } }
      : { ok: true, value };
  });
  return (cell) => {
    if (typeof cell === "boolean" && column.kind === "bool") return { ok: true, value: cell };
    const text = cellText(cell);
    return text === "" ? { ok: true, value: undefined } : read(text);
  };
}

function productReader(chosen: Record<string, Meaning>, catalog: Catalog): Reader {
  const read = cached<ProductReading>((text) => {
    const item = chosen[textKey(text)];
    const value = typeof item === "string" ? itemProduct(catalog, item) : readProductName(text);
    return value ? { ok: true, value } : { ok: false, problem: { kind: "product", text } };
  });
  return (cell) => {
    const text = cellText(cell);
    return text === "" ? { ok: true, value: undefined } : read(text);
  };
}

/** The reader of a column, with the meanings chosen for its values. */
function readerFor(column: Column, mapping: Mapping, catalog: Catalog): Reader {
  const chosen = mapping.values[column.path] ?? {};
  switch (column.kind) {
    case "date":
      return parseDateCell;
    case "users":
      return parseUsersCell;
    case "money":
      return parseMoneyCell;
    case "product":
      return productReader(chosen, catalog);
    default:
      return choiceReader(column, chosen);
  }
}

/** The plan of a mapping: each header's column (a column named twice is read once, first). */
export function readPlan(mapping: Mapping, catalog: Catalog): ReadPlan {
  const seen = new Set<string>();
  const columns = mapping.columns.map((path) => {
    const column = COLUMNS.find((c) => c.path === path) ?? null;
    if (column === null || seen.has(column.path)) return null;
    seen.add(column.path);
    return column;
  });
  return { columns, readers: columns.map((c) => (c ? readerFor(c, mapping, catalog) : null)) };
}
