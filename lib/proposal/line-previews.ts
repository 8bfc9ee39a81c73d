import { buildProposal, type Catalog, type ProposalRequest, type ProposalResult } from "@/rules";
import { overviewRawRequest, type OverviewValues } from "@/lib/overview/overview-url";
import { pricingRequest, type ProposalForm } from "./proposal-form";
import { defaultFacts } from "./proposal-url";
import { proposalViewLine, type ProposalViewLine } from "./proposal-view";

/** What the editor shows of one line, whatever is wrong elsewhere in the offer. */
export interface LinePreview {
  /** The name the offer's table gives the line (the price list item's title when there is one). */
  title: string;
  /** Its decision and prices under the offer's answers and dates; null while those have errors. */
  view: ProposalViewLine | null;
}

/** The offer of line `index` alone under `facts` (the /offers answers), or null when invalid. */
function aloneRequest(
  form: ProposalForm,
  index: number,
  facts: OverviewValues,
): ProposalRequest | null {
  const line = form.draft.lines[index]!;
  // A bad quantity still leaves the unit prices: priced for one, its sum is not shown.
  const quantity = form.errors[`lines.${index}.quantity`] ? 1 : line.quantity;
  return pricingRequest({
    ...overviewRawRequest(facts),
    lines: [{ product: line.product, quantity }],
  });
}

/**
 * What the editor shows of each line, so one error (a bad quantity, an unknown line, a wrong
 * date) hides no other line's name. When the offer could be priced (`priced`, only the seller or
 * the client wrong), its lines serve as they are: a line's quote depends on no other line. Else
 * each line is priced on its own with the offer's answers when they are valid, or only named
 * (the name depends on the product and the price list alone, so the defaults of `today` serve).
 * Null for a line whose product cannot be read.
 */
export function linePreviews(
  form: ProposalForm,
  catalog: Catalog,
  today: string,
  priced: ProposalResult | null = null,
): (LinePreview | null)[] {
  if (priced) {
    return priced.lines.map((line, index) => {
      const view = proposalViewLine(line, index);
      return { title: view.title, view };
    });
  }
  const viewOf = (request: ProposalRequest, index: number) =>
    proposalViewLine(buildProposal(request, { catalog }).lines[0]!, index);
  const defaults = defaultFacts(today);
  return form.draft.lines.map((_, index) => {
    const alone = aloneRequest(form, index, form.draft.facts);
    if (alone) {
      const view = viewOf(alone, index);
      return { title: view.title, view };
    }
    const named = aloneRequest(form, index, defaults);
    return named ? { title: viewOf(named, index).title, view: null } : null;
  });
}
