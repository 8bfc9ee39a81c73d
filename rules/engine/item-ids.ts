import { allProducts } from "./offers";
import { normalizeProduct } from "./normalize";
import { catalogItemId, COPILOT_ITEM_ID } from "./price";

/**
 * The stable vocabulary of price list item ids (price-list.md): one per product, tier and
 * operation the calculator can quote, plus the CoPilot boost. Derived from the same product
 * enumeration as /offers, so a list can never hold an id no quote would ask for.
 */
export const PRICE_ITEM_IDS: ReadonlySet<string> = new Set([
  ...allProducts().flatMap((product) => catalogItemId(normalizeProduct(product)) ?? []),
  COPILOT_ITEM_ID,
]);
