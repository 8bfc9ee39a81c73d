import type { CatalogItem } from "@/rules";

/** The product lines /prices filters by, as the quote form names them. */
export const PRICE_LINES = ["cloud", "box", "cms"] as const;
export type PriceLine = (typeof PRICE_LINES)[number];

/** The line an item id belongs to: the Copilot boost (`addon/…`) is sold with the cloud. */
export function priceLineOf(itemId: string): PriceLine {
  if (itemId.startsWith("box")) return "box";
  if (itemId.startsWith("cms")) return "cms";
  return "cloud";
}

/** `?line=` of /prices: a known line, or null for every line (anything else shows all). */
export function readPriceLine(value: string | string[] | undefined): PriceLine | null {
  const first = Array.isArray(value) ? value[0] : value;
  return (PRICE_LINES as readonly string[]).includes(first ?? "") ? (first as PriceLine) : null;
}

/** The items of a list grouped by line, in list order; only `line` when one is chosen. */
export function itemsByLine(
  items: readonly CatalogItem[],
  line: PriceLine | null,
): { line: PriceLine; items: CatalogItem[] }[] {
  return PRICE_LINES.filter((l) => line === null || l === line)
    .map((l) => ({ line: l, items: items.filter((item) => priceLineOf(item.id) === l) }))
    .filter((group) => group.items.length > 0);
}
