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
import { amountDue, proposalVat, type ProposalVat } from "./proposal-vat";
import { proposalWarnings } from "./proposal-warnings";
import { amountInWords } from "../money/amount-in-words";
import { documentLanguages, textLanguage, type DocumentLanguage } from "../text/language";

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
  /** VAT: the mode, the rate and the amounts (tenge with two decimals), all null when unknown. */
  vat: ProposalVat;
  /** The document's language (API contract): the request's, `ru` by default. */
  language: DocumentLanguage;
  /**
   * The amount due in words (with VAT when it is added on top) in the document's language:
   * «… тенге 00 тиын», «… теңге 00 тиын»; a `kk+ru` document's first language, Kazakh.
   */
  totalInWords: string;
  /**
   * Added to the contract: readings of the offer that are the product's, not the Rules' (п. 8.1),
   * and `offer_expired`, `vat_unknown` (contract).
   */
  warnings: Remark[];
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
    ...(request.vat === undefined ? {} : { vat: request.vat }),
    lines: request.lines.map(({ product, quantity }) => ({
      quantity,
      input: normalizeRequest(lineQuoteRequest(request, product)),
    })),
  };
  return proposalNumber(content, issuedAt);
}

/**
 * Prices a validated offer: every line quoted with the shared facts, × quantity, then summed.
 * Reasons, notes and warnings are in the document's first language when the request names one,
 * else in `options.language` (the API's `Accept-Language`).
 */
export function buildProposal(request: ProposalRequest, options: QuoteOptions): ProposalResult {
  const promotion = options.promotion ?? kzSummer2025Terms;
  const language = request.language ?? "ru";
  const texts = textLanguage(request.language, options.language ?? "ru");
  const lines = request.lines.map(({ product, quantity }): ProposalLineResult => {
    const unit = quote(lineQuoteRequest(request, product), { ...options, language: texts });
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
  const totals = proposalTotals(
    lines.map((l) => ({ list: l.lineList, discount: l.lineDiscount, total: l.lineTotal })),
  );
  const validUntil = toAstanaIso(promotion.endExclusive - 1000);
  const vat = proposalVat(request.vat, facts.vatIncluded, issuedAt, totals.total);
  return {
    number: request.number ?? autoProposalNumber(request),
    issuedAt,
    validUntil,
    seller: request.seller,
    client: request.client,
    lines,
    totals,
    vatIncluded: facts.vatIncluded,
    priceSource: { kind: facts.kind, title: facts.title, asOf: facts.asOf },
    vat,
    language,
    totalInWords: amountInWords(amountDue(vat, totals.total), documentLanguages(language)[0]),
    warnings: proposalWarnings({ lines, issuedAt, validUntil, vatKnown: vat.mode !== null }, texts),
  };
}
