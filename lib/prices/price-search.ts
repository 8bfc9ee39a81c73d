import type { CatalogItem } from "@/rules";
import { itemsByLine, type PriceLine } from "./price-list-lines";

/** The longest search /prices reads; the rest of a longer text is dropped. */
export const MAX_PRICE_QUERY = 100;

/** `?q=` of /prices: the first value, trimmed and cut to its limit ("" when none). */
export function readPriceQuery(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").trim().slice(0, MAX_PRICE_QUERY);
}

/** Lower case, «ё» as «е», quotes and punctuation as spaces: «Энтерпрайз» finds «энтерпрайз». */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[«»"'„“”(),.:;!?/\\-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** An item's title as the page shows it (the list's own, or the Kazakh page's). */
type ItemTitle = (item: CatalogItem) => string;
const listTitle: ItemTitle = (item) => item.title;

/** Every word of the query is in the item's title (as shown) or id (any order, any case). */
export function matchesQuery(item: CatalogItem, query: string, title = listTitle): boolean {
  const words = normalize(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${normalize(title(item))} ${normalize(item.id)}`;
  return words.every((word) => haystack.includes(word));
}

/** The items /prices shows for a line and a search, grouped by line in list order. */
export function searchPriceItems(
  items: readonly CatalogItem[],
  line: PriceLine | null,
  query: string,
  title = listTitle,
): { line: PriceLine; items: CatalogItem[] }[] {
  const found = items.filter((item) => matchesQuery(item, query, title));
  return itemsByLine(found, line);
}
