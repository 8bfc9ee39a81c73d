/** What an offer says about the price list it was priced by (title, date, kind, VAT). */
export interface PriceListFacts {
  title: string;
  /** ГГГГ-ММ-ДД */
  asOf: string;
  /** example: reference prices to check; official: the Organizer's list; manual: typed by the partner. */
  kind: "example" | "official" | "manual";
  /** Prices include VAT (true), exclude it (false), or the list does not say (null). */
  vatIncluded: boolean | null;
}
