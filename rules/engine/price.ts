import type { Catalog } from "../catalog/catalog";

/** Whose price a quote uses: the operator's list, the shipped example list, or typed by hand. */
export type PriceSourceKind = "official" | "example" | "manual";

/** Where a list price came from: the contract's priceSource plus the catalog item. */
export interface PriceSource {
  /** The price page the catalog price was taken from (the Rules' addresses). */
  catalog: string;
  asOf: string;
  overridden: boolean;
  catalogId: string;
  itemId: string | null;
  title: string | null;
  /** True when the price is the example list's: made up, not the Organizer's (kind `example`). */
  reference: boolean;
  kind: PriceSourceKind;
}

export interface ListPrice {
  amount: number;
  source: PriceSource;
  /** No catalog price and no override (e.g. a downgrade has no transition price). */
  missing: boolean;
}

/** A list price: the request's override if any, else the catalog's, else 0 marked missing. */
export function resolveListPrice(
  itemId: string | null,
  override: number | undefined,
  catalog: Catalog,
): ListPrice {
  const item = itemId === null ? undefined : catalog.byId.get(itemId);
  const source: PriceSource = {
    catalog: item?.source ?? catalog.title,
    asOf: item?.asOf ?? catalog.asOf,
    overridden: override !== undefined,
    catalogId: catalog.id,
    itemId: item?.id ?? null,
    title: item?.title ?? null,
    reference: catalog.kind === "example" && override === undefined,
    kind: override === undefined ? catalog.kind : "manual",
  };
  const amount = override ?? item?.price;
  return { amount: amount ?? 0, source, missing: amount === undefined };
}

/**
 * Whether a quote has a price at all: typed by hand or found in the list. A move that cannot be
 * priced (a downgrade, the same edition) answers `listPrice: 0`, which a page must show as «—»,
 * never as a price of 0 ₸.
 */
export const hasListPrice = (result: { priceSource: PriceSource }): boolean =>
  result.priceSource.overridden || result.priceSource.itemId !== null;
