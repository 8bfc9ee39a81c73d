import type { Catalog } from "../catalog/catalog";
import type { BoxLicense, QuoteInput } from "./input";

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

const boxKey = (l: BoxLicense) => (l.users > 0 ? `${l.edition}-${l.users}` : l.edition);

/** The catalog item id a product is priced by, or null when the catalog cannot have one. */
export function catalogItemId(product: QuoteInput["product"]): string | null {
  switch (product.line) {
    case "cloud": {
      const plan = product.plan === "enterprise" ? `enterprise-${product.users}` : product.plan;
      return `cloud/${plan}/${product.months}`;
    }
    case "box":
      if (product.operation === "purchase") return `box/${boxKey(product)}`;
      if (product.operation === "renewal") return `box-renewal/${boxKey(product)}`;
      return product.from ? `box-upgrade/${boxKey(product.from)}>${boxKey(product)}` : null;
    case "cms":
      if (product.operation === "to_bitrix24") return `cms-to-b24/${product.from}>shop_crm`;
      if (product.operation === "purchase") return `cms/${product.edition}`;
      if (product.operation === "renewal") return `cms-renewal/${product.edition}`;
      return `cms-upgrade/${product.from}>${product.edition}`;
  }
}

/** The CoPilot boost's catalog item (п. 4.1.6). */
export const COPILOT_ITEM_ID = "addon/copilot-boost/12";

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
