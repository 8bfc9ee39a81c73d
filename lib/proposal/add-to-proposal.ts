import type { QuoteRequest } from "@/rules";
import { savedDraftQuery } from "./proposal-storage";
import { defaultFacts, factsFromQuoteRequest, queryWithLine } from "./proposal-url";

/** The /offer query of the offer being built in this browser with the quote's product added. */
export function proposalQueryWithQuote(request: QuoteRequest, now: string): string {
  const defaults = defaultFacts(now.slice(0, 10));
  const facts = factsFromQuoteRequest(request, defaults);
  return queryWithLine(savedDraftQuery(), request.product, facts, defaults);
}
