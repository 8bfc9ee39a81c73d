import { buildOffer, type Catalog, type OfferRequest } from "@/rules";
import { offersRawRequest, type OffersValues } from "@/lib/offers-url";
import { pricingRequest, type OfferForm } from "./offer-form";
import { defaultFacts } from "./offer-url";
import { offerViewLine, type OfferViewLine } from "./offer-view";

/** What the editor shows of one line, whatever is wrong elsewhere in the offer. */
export interface LinePreview {
  /** The name the offer's table gives the line (the price list item's title when there is one). */
  title: string;
  /** Its decision and prices under the offer's answers and dates; null while those have errors. */
  view: OfferViewLine | null;
}

/** The offer of line `index` alone under `facts` (the /offers answers), or null when invalid. */
function aloneRequest(form: OfferForm, index: number, facts: OffersValues): OfferRequest | null {
  const line = form.draft.lines[index]!;
  // A bad quantity still leaves the unit prices: priced for one, its sum is not shown.
  const quantity = form.errors[`lines.${index}.quantity`] ? 1 : line.quantity;
  return pricingRequest({
    ...offersRawRequest(facts),
    lines: [{ product: line.product, quantity }],
  });
}

/**
 * Each line on its own, so one error (a bad quantity, an unknown line, a wrong date) hides no
 * other line's name: priced with the offer's answers when they are valid, else named only (the
 * name depends on the product and the price list alone, so the defaults of `today` serve).
 * Null for a line whose product cannot be read.
 */
export function linePreviews(
  form: OfferForm,
  catalog: Catalog,
  today: string,
): (LinePreview | null)[] {
  const viewOf = (request: OfferRequest, index: number) =>
    offerViewLine(buildOffer(request, { catalog }).lines[0]!, index);
  return form.draft.lines.map((_, index) => {
    const priced = aloneRequest(form, index, form.draft.facts);
    if (priced) {
      const view = viewOf(priced, index);
      return { title: view.title, view };
    }
    const named = aloneRequest(form, index, defaultFacts(today));
    return named ? { title: viewOf(named, index).title, view: null } : null;
  });
}
