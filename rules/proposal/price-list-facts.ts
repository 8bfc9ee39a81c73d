import type { PriceList } from "../catalog/catalog";
import type { PriceSourceKind } from "../engine/price";

/** What an offer says about the price list it was priced by (title, date, kind, VAT). */
export interface PriceListFacts {
  title: string;
  /** ГГГГ-ММ-ДД */
  asOf: string;
  /** official: the operator's list; example: made-up prices; manual: every price typed by hand. */
  kind: PriceSourceKind;
  /** Prices include VAT (true), exclude it (false), or the list does not say (null). */
  vatIncluded: boolean | null;
}

/**
 * The facts of the list an offer was priced by. When the partner typed every line's price, the
 * list's kind says nothing about them: the offer's prices are `manual`.
 */
export function priceListFacts(
  list: Pick<PriceList, "title" | "asOf" | "kind" | "vatIncluded">,
  lineKinds: readonly PriceSourceKind[] = [],
): PriceListFacts {
  const manual = lineKinds.length > 0 && lineKinds.every((k) => k === "manual");
  return {
    title: list.title,
    asOf: list.asOf,
    kind: manual ? "manual" : list.kind,
    vatIncluded: list.vatIncluded,
  };
}
