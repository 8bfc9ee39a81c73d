import { countOf } from "../text/plural";
import { formatAstanaDate, formatAstanaDateTime, parseAstanaInstant } from "../time/astana";
import type { ProposalResult } from "./build-proposal";
import type { PriceListFacts } from "./price-list-facts";

/*
 * The Russian header and footer lines of an offer, shared by the page, the browser print and the
 * server PDF so all three say the same thing.
 */

/** The title of an offer with at least one eligible line. */
const PROPOSAL_TITLE = "Коммерческое предложение";
/** The title when no line gets the promotion: not an offer under it, only a price calculation. */
export const NO_DISCOUNT_TITLE = "Расчёт стоимости без скидки по акции";

/** Whether any line of the offer gets the promotion's discount. */
export function hasEligibleLine(proposal: Pick<ProposalResult, "lines">): boolean {
  return proposal.lines.some((l) => l.quote.eligible);
}

/** The heading: «Коммерческое предложение № …», or the calculation title when nothing is eligible. */
export function proposalHeading(proposal: Pick<ProposalResult, "lines" | "number">): string {
  return hasEligibleLine(proposal)
    ? `${PROPOSAL_TITLE} № ${proposal.number}`
    : `${NO_DISCOUNT_TITLE} № ${proposal.number}`;
}

/** Why an all-ineligible offer is not titled «Коммерческое предложение». */
export const NO_DISCOUNT_EXPLANATION =
  "Ни одна позиция не подходит под условия акции, поэтому это не коммерческое предложение по акции, а расчёт по ценам прайс-листа. Причины указаны в каждой позиции.";

/** «от 15.08.2025». */
export function issuedText(issuedAt: string): string {
  const instant = parseAstanaInstant(issuedAt);
  return instant === null ? "" : `от ${formatAstanaDate(instant)}`;
}

/** The validity sentence (п. 2.1, 2.2, 5.2): the promotion's last second, Astana time. */
export function validityText(validUntil: string): string {
  const instant = parseAstanaInstant(validUntil);
  const until = instant === null ? validUntil : formatAstanaDateTime(instant);
  return `Предложение действительно при оформлении и оплате заказа до ${until} (время Астаны), п. 2.1, 2.2, 5.2`;
}

/** «Цены с НДС» / «Цены без НДС», or null when the price list does not say. */
export function vatText(vatIncluded: boolean | null): string | null {
  if (vatIncluded === null) return null;
  return vatIncluded ? "Цены с НДС" : "Цены без НДС";
}

/**
 * «Прайс-лист: <title> от 28.07.2025 (цены — пример)»; the date once if the title has it. Prices
 * all typed by hand name no list: «Цены указаны вручную».
 */
export function priceListText(source: Pick<PriceListFacts, "title" | "asOf" | "kind">): string {
  if (source.kind === "manual") return "Цены указаны вручную";
  const instant = parseAstanaInstant(source.asOf);
  const day = instant === null ? "" : formatAstanaDate(instant);
  const date = day === "" || source.title.includes(day) ? "" : ` от ${day}`;
  const example = source.kind === "example" ? " (цены — пример)" : "";
  return `Прайс-лист: ${source.title}${date}${example}`;
}

/** «1 позиция», «2 позиции», «5 позиций». */
export function positionsText(count: number): string {
  return countOf(count, ["позиция", "позиции", "позиций"]);
}
