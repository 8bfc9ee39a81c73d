import * as z from "zod/mini";
import { COLUMNS } from "./columns";
import { textKey } from "./keys";
import type { ChosenValues } from "./meanings";

/** How a file is read: the column of each header cell, and the meanings chosen for values. */
export interface Mapping {
  /** Column path per header cell, by position; "" for a column left unread. */
  columns: string[];
  values: ChosenValues;
}

const meaning = z.union([z.string(), z.number(), z.boolean()]);

/** The shared form of a mapping (the JSON file a team passes round): by header name, not position. */
const savedSchema = z.object({
  version: z.literal(1),
  columns: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.record(z.string(), meaning)),
});
export type SavedMapping = z.infer<typeof savedSchema>;

const PATHS = new Set(COLUMNS.map((c) => c.path));

/** The browser storage key of a set of headers: the same headers in any order share it. */
export function headersKey(header: readonly string[]): string {
  const keys = header.map(textKey).filter((k) => k !== "");
  return `check-mapping:${[...new Set(keys)].sort().join("|")}`;
}

/** A mapping in its shared form. */
export function saveMapping(header: readonly string[], mapping: Mapping): SavedMapping {
  const columns: Record<string, string> = {};
  header.forEach((name, i) => {
    if (name !== "") columns[name] = mapping.columns[i] ?? "";
  });
  return { version: 1, columns, values: mapping.values };
}

/**
 * A saved mapping applied to a file's header: its choices for the headers it names, the
 * suggestions for the others. null when the text is not a saved mapping.
 */
export function loadMapping(
  text: string,
  header: readonly string[],
  suggested: Mapping,
): Mapping | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const saved = savedSchema.safeParse(parsed);
  if (!saved.success) return null;
  const byKey = new Map(Object.entries(saved.data.columns).map(([h, p]) => [textKey(h), p]));
  const columns = header.map((name, i) => {
    const path = byKey.get(textKey(name));
    return path !== undefined && (path === "" || PATHS.has(path))
      ? path
      : (suggested.columns[i] ?? "");
  });
  return { columns, values: { ...suggested.values, ...saved.data.values } };
}
