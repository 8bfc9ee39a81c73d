import type { Catalog, PriceList } from "./catalog";

// A file of its own with type-only imports: the quote page's first load indexes the list it
// gets as page data without bringing in the schema or the engine.

/** Indexes a validated price list by item id for the engine. */
export function indexPriceList(list: PriceList): Catalog {
  return { ...list, byId: new Map(list.items.map((item) => [item.id, item])) };
}
