import {
  catalogItemId,
  moveGoesNowhere,
  normalizeProduct,
  type Catalog,
  type CatalogItem,
  type QuoteRequest,
} from "@/rules";
import { requestProduct } from "./form-product";
import type { QuoteFormValues } from "./quote-form";

/**
 * The form's product as the engine reads it, through the engine's own normalizer. Its dates are
 * left out: the item id does not depend on them, and a half-typed date must not stop the lookup.
 */
function engineProduct(v: QuoteFormValues) {
  const product = { ...requestProduct(v, undefined, undefined), sourcePurchasedAt: undefined };
  return normalizeProduct(product as QuoteRequest["product"]);
}

/** The price list item a product is priced by: its id ("" if none) and the item if listed. */
export interface PricedItem {
  id: string;
  item: CatalogItem | undefined;
}

/** The price list item the chosen product is priced by: its id ("" if none) and the item if listed. */
export function catalogItemFor(v: QuoteFormValues, catalog: Catalog): PricedItem {
  const id = catalogItemId(engineProduct(v)) ?? "";
  return { id, item: catalog.byId.get(id) };
}

/** The list price text the price input shows: the typed one for this product, else the list's. */
export function listPriceText(v: QuoteFormValues, priced: PricedItem): string {
  if (v.listPriceFor === priced.id) return v.listPrice;
  return priced.item ? String(priced.item.price) : "";
}

/**
 * Whether the form asks for a list price: not for a move that gets nothing whatever its price
 * (sideways, down, to the SIP connector) and that the price list does not price either.
 */
export function needsListPrice(v: QuoteFormValues, priced: PricedItem): boolean {
  return priced.item !== undefined || !moveGoesNowhere(requestProduct(v, undefined, undefined));
}

/** A typed price under a tenth or over ten times the listed one: likely a typo («Проверьте цену»). */
export function priceFarOff(text: string, priced: PricedItem): boolean {
  const value = parseTenge(text);
  const listed = priced.item?.price;
  return (
    value !== null &&
    value > 0 &&
    listed !== undefined &&
    (value * 10 < listed || value > listed * 10)
  );
}

/** Whole tenge from what a person types («335 880», «335880»); null when it is not whole tenge. */
export function parseTenge(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^\d{1,15}$/.test(digits)) return null;
  // At most 15 digits: exact in a double, and the schema caps the amount anyway.
  return Number.parseInt(digits, 10);
}
