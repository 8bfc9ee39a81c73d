import { referenceCatalog, type PriceListFacts } from "@/rules";

/**
 * The one place the offer learns about the price list in use. Today's catalog is the shipped
 * reference list: an example whose VAT treatment is not stated. When loadable price lists land
 * (kind, title, asOf, vatIncluded), only this function changes.
 */
export function priceListFacts(): PriceListFacts {
  return {
    title: referenceCatalog.title,
    asOf: referenceCatalog.asOf,
    kind: referenceCatalog.reference ? "example" : "official",
    vatIncluded: null,
  };
}
