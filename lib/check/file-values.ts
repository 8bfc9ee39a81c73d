import { readProductName, type Catalog, type ProductReading } from "@/rules";
import {
  BOX_EDITION_LABELS,
  CLOUD_PLAN_LABELS,
  CMS_EDITION_LABELS,
  CMS_OPERATION_LABELS,
  LINE_LABELS,
} from "@/lib/quote/quote-labels";
import { countOf } from "@/rules/text/plural";

const USERS = ["пользователь", "пользователя", "пользователей"] as const;
const MONTHS = ["месяц", "месяца", "месяцев"] as const;
import {
  columnByPath,
  isEnumerated,
  REQUIRED_PATHS,
  PRODUCT_NAME_PATH,
  type Column,
} from "./columns";
import { textKey } from "./keys";
import type { Mapping } from "./mapping";
import { choiceLookup, type Meaning } from "./meanings";

/** A distinct value of a column as the page lists it. */
export interface ValueRow {
  key: string;
  /** The value as the file writes it (its most frequent spelling). */
  text: string;
  count: number;
  /** What it means now: chosen on the page, else suggested; undefined when unknown. */
  meaning: Meaning | undefined;
  chosen: boolean;
  /** For the product cell: what the name reads as, in words. */
  reading: string;
}

/** A matched column whose values are matched one by one. */
export interface ColumnValues {
  index: number;
  header: string;
  column: Column;
  values: ValueRow[];
  /** Rows whose value is not known yet. */
  unknownRows: number;
  /** Whether the file has more distinct values than listed. */
  more: boolean;
}

/** A product reading in words: «Облачный «Битрикс24», «Профессиональный», 12 месяцев». */
export function describeReading(r: ProductReading): string {
  const parts: string[] = [LINE_LABELS[r.line]];
  if (r.line === "cloud") {
    parts.push(`«${CLOUD_PLAN_LABELS[r.plan]}»`);
    if (r.users !== undefined) parts.push(countOf(r.users, USERS));
    if (r.months !== undefined) parts.push(countOf(r.months, MONTHS));
  } else {
    if (r.operation) parts.push(CMS_OPERATION_LABELS[r.operation].toLowerCase());
    if (r.edition) {
      const labels: Record<string, string> =
        r.line === "box" ? BOX_EDITION_LABELS : CMS_EDITION_LABELS;
      parts.push(`«${labels[r.edition]}»`);
    }
    if (r.line === "box" && r.users !== undefined) parts.push(countOf(r.users, USERS));
  }
  return parts.join(", ");
}

/** Distinct values grouped by key, most frequent spelling first. */
function grouped(
  values: readonly [string, number][],
): { key: string; text: string; count: number }[] {
  const groups = new Map<string, { key: string; text: string; count: number; best: number }>();
  for (const [text, count] of values) {
    if (text === "") continue;
    const key = textKey(text);
    const group = groups.get(key);
    if (!group) groups.set(key, { key, text, count, best: count });
    else {
      group.count += count;
      if (count > group.best) [group.text, group.best] = [text, count];
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/**
 * The values of every matched column that is read value by value (choices, yes/no, the product
 * cell), each with the meaning it gets: chosen on the page, else suggested from the form's labels,
 * API values and common names; unknown values first.
 */
export function columnValues(
  header: readonly string[],
  distinct: readonly (readonly [string, number][])[],
  more: readonly boolean[],
  mapping: Mapping,
  catalog: Catalog,
): ColumnValues[] {
  const out: ColumnValues[] = [];
  const seen = new Set<string>();
  mapping.columns.forEach((path, index) => {
    const column = columnByPath(path);
    if (!column || !isEnumerated(column) || seen.has(path)) return;
    seen.add(path);
    const chosen = mapping.values[path] ?? {};
    const lookup = choiceLookup(column.choices);
    const values = grouped(distinct[index] ?? []).map(({ key, text, count }): ValueRow => {
      const pick = chosen[key];
      if (column.path === PRODUCT_NAME_PATH) {
        const item = typeof pick === "string" ? catalog.byId.get(pick) : undefined;
        const read = item ? readProductName(item.title) : readProductName(text);
        return {
          key,
          text,
          count,
          meaning: item ? pick : read ? "" : undefined,
          chosen: !!item,
          reading: item ? item.title : read ? describeReading(read) : "",
        };
      }
      const meaning = pick ?? lookup.get(key);
      return { key, text, count, meaning, chosen: pick !== undefined, reading: "" };
    });
    values.sort((a, b) => Number(a.meaning !== undefined) - Number(b.meaning !== undefined));
    const unknownRows = values.reduce((n, v) => n + (v.meaning === undefined ? v.count : 0), 0);
    out.push({
      index,
      header: header[index]!,
      column,
      values,
      unknownRows,
      more: more[index] ?? false,
    });
  });
  return out;
}

/** Titles of the required columns the mapping lacks (a product cell gives the line). */
export function missingColumns(mapping: Mapping): string[] {
  const mapped = new Set(mapping.columns);
  return REQUIRED_PATHS.filter(
    (path) => !mapped.has(path) && !(path === "product.line" && mapped.has(PRODUCT_NAME_PATH)),
  ).map((path) => columnByPath(path)!.title);
}

/** Whether a file can be checked as matched: every required column, every value known. */
export function readyToRun(mapping: Mapping, values: readonly ColumnValues[]): boolean {
  return missingColumns(mapping).length === 0 && values.every((c) => c.unknownRows === 0);
}
