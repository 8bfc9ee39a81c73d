import { allProducts } from "./all-products";
import type { BoxLicense, QuoteInput } from "./input";
import { normalizeProduct } from "./normalize";

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

/** The Copilot boost's catalog item (п. 4.1.6). */
export const COPILOT_ITEM_ID = "addon/copilot-boost/12";

/**
 * The stable vocabulary of price list item ids (price-list.md): one per product, tier and
 * operation the calculator can quote, plus the Copilot boost. Derived from the same product
 * enumeration as /offers, so a list can never hold an id no quote would ask for.
 */
export const PRICE_ITEM_IDS: ReadonlySet<string> = new Set([
  ...allProducts().flatMap((product) => catalogItemId(normalizeProduct(product)) ?? []),
  COPILOT_ITEM_ID,
]);
