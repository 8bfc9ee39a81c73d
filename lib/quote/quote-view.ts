import {
  quote,
  suggestAlternatives,
  type Catalog,
  type QuoteResult,
  type Suggestion,
} from "@/rules";
import { validateQuoteForm } from "./form-validation";
import {
  catalogItemFor,
  listPriceText,
  needsListPrice,
  priceFarOff,
  type PricedItem,
} from "./priced-item";
import { type QuoteFormValues, type QuoteValidation } from "./quote-form";
import { quoteQueryString } from "./quote-url";

/**
 * Everything the quote page shows for one state of its form, as plain data: the server renders
 * the first one and hands it to the page as a prop, and the browser computes the next ones with
 * this same module, loaded after the first paint (it carries the engine, the request schema and
 * decimal.js, none of which the first paint needs).
 */
export interface QuoteView {
  validation: QuoteValidation;
  result: QuoteResult | null;
  suggestions: Suggestion[];
  /** The price list item the product is priced by: its id ("" if none) and the item if listed. */
  catalog: PricedItem;
  /** What the list price input shows: the typed price for this product, else the catalog's. */
  priceText: string;
  /** Whether the form asks for a list price (not for a move that gets nothing whatever its price). */
  needsPrice: boolean;
  /** A typed price under a tenth or over ten times the listed one: «Проверьте цену». */
  priceFarOff: boolean;
  /** The form's state as the page's query string (`?…`), for the address bar and share link. */
  query: string;
}

/** Validates the form, prices it with the rules engine and looks for alternatives, in one pass. */
export function quoteView(values: QuoteFormValues, list: Catalog): QuoteView {
  const validation = validateQuoteForm(values, list);
  const request = validation.request;
  const result = request ? quote(request, { catalog: list }) : null;
  const catalog = catalogItemFor(values, list);
  return {
    validation,
    result,
    suggestions: request && result ? suggestAlternatives(request, { catalog: list }, result) : [],
    catalog,
    priceText: listPriceText(values, catalog),
    needsPrice: needsListPrice(values, catalog),
    priceFarOff: priceFarOff(listPriceText(values, catalog), catalog),
    query: quoteQueryString(values, list),
  };
}
