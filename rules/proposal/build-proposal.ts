import { normalizeRequest } from "../products/normalize";
import { quote, type QuoteOptions, type QuoteResult } from "../engine/quote";
import { kzSummer2025Terms } from "../promotion/kz-summer-2025-terms";
import type { Remark } from "../promotion/types";
import type { ProposalRequest } from "../request/proposal-request";
import type { QuoteRequest } from "../request/quote-request";
import { parseAstanaInstant, toAstanaDay, toAstanaIso } from "../time/astana";
import { lineAmounts, proposalTotals, type Amounts } from "./line-amounts";
import { proposalNumber } from "./proposal-number";
import { priceListFacts, type PriceListFacts } from "./price-list-facts";

/** One priced line of an offer: the unit quote is exactly POST /api/quote's answer. */
export interface ProposalLineResult {
  product: QuoteRequest["product"];
  quantity: number;
  quote: QuoteResult;
  lineTotal: number;
  /** Added to the contract: the line's list price and discount (unit × quantity). */
  lineList: number;
  lineDiscount: number;
}

/** The answer of POST /api/offer (API contract). */
export interface ProposalResult {
  number: string;
  /** ГГГГ-ММ-ДД, Astana. */
  issuedAt: string;
  validUntil: string;
  seller: ProposalRequest["seller"];
  client: ProposalRequest["client"];
  lines: ProposalLineResult[];
  totals: Amounts;
  vatIncluded: boolean | null;
  priceSource: Omit<PriceListFacts, "vatIncluded">;
  /** Added to the contract: readings of the offer that are the product's, not the Rules' (п. 8.1). */
  warnings: Remark[];
}

/**
 * п. 8.1: the Rules grant the Copilot bonus (п. 4.1.6) to «the Participant» without saying
 * whether it is once per participant or once per license; a line of several «Энтерпрайз»
 * licenses is priced unit × quantity (API contract), so it carries one bonus per license.
 */
function proposalWarnings(lines: readonly ProposalLineResult[]): Remark[] {
  const several = lines.filter((l) => l.quote.bonus !== null && l.quantity > 1);
  if (several.length === 0) return [];
  const positions = several.map((l) => lines.indexOf(l) + 1).join(", ");
  return [
    {
      code: "copilot_bonus_per_license",
      clause: "8.1",
      text: `Бонус на Буст Copilot (п. 4.1.6) посчитан на каждую лицензию «Энтерпрайз» в позиции ${positions}: Правила не говорят, положен ли он один раз на участника или на каждую лицензию — окончательное толкование за Организатором (п. 8.1).`,
    },
  ];
}

/** The Astana calendar day (ГГГГ-ММ-ДД) of a date the schema already accepted. */
export function astanaDay(text: string): string {
  return toAstanaDay(parseAstanaInstant(text) ?? 0);
}

/** The quote request of one line: the offer's shared client facts plus the line's product. */
export function lineQuoteRequest(
  request: ProposalRequest,
  product: QuoteRequest["product"],
): QuoteRequest {
  return {
    orderedAt: request.orderedAt,
    ...(request.paidAt === undefined ? {} : { paidAt: request.paidAt }),
    customer: request.customer,
    ...(request.history === undefined ? {} : { history: request.history }),
    product,
  };
}

/** The offer's date: the one given, else the order date's day (Astana). */
const proposalIssuedAt = (request: ProposalRequest) =>
  astanaDay(request.issuedAt ?? request.orderedAt);

/**
 * The number an offer gets when none is given: a hash of what the offer means, defaults applied
 * and dates as instants, so two spellings of the same offer («adult» given or not, a date with
 * or without +05:00) agree. Prices nothing.
 */
export function autoProposalNumber(request: ProposalRequest): string {
  const issuedAt = proposalIssuedAt(request);
  const content = {
    issuedAt,
    seller: request.seller,
    client: request.client,
    lines: request.lines.map(({ product, quantity }) => ({
      quantity,
      input: normalizeRequest(lineQuoteRequest(request, product)),
    })),
  };
  return proposalNumber(content, issuedAt);
}

/** Prices a validated offer: every line quoted with the shared facts, × quantity, then summed. */
export function buildProposal(request: ProposalRequest, options: QuoteOptions): ProposalResult {
  const promotion = options.promotion ?? kzSummer2025Terms;
  const lines = request.lines.map(({ product, quantity }): ProposalLineResult => {
    const unit = quote(lineQuoteRequest(request, product), options);
    const amounts = lineAmounts(unit, quantity);
    return {
      product,
      quantity,
      quote: unit,
      lineTotal: amounts.total,
      lineList: amounts.list,
      lineDiscount: amounts.discount,
    };
  });
  const issuedAt = proposalIssuedAt(request);
  const facts = priceListFacts(
    options.catalog,
    lines.map((l) => l.quote.priceSource.kind),
  );
  return {
    number: request.number ?? autoProposalNumber(request),
    issuedAt,
    validUntil: toAstanaIso(promotion.endExclusive - 1000),
    seller: request.seller,
    client: request.client,
    lines,
    totals: proposalTotals(
      lines.map((l) => ({ list: l.lineList, discount: l.lineDiscount, total: l.lineTotal })),
    ),
    vatIncluded: facts.vatIncluded,
    priceSource: { kind: facts.kind, title: facts.title, asOf: facts.asOf },
    warnings: proposalWarnings(lines),
  };
}
