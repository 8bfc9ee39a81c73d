import type { QuoteRequest } from "@/rules";
import { savedDraftQuery } from "./offer-storage";
import { defaultFacts, factsFromQuoteRequest, queryWithLine } from "./offer-url";

/** The /offer query of the offer being built in this browser with the quote's product added. */
export function offerQueryWithQuote(request: QuoteRequest, now: string): string {
  const defaults = defaultFacts(now.slice(0, 10));
  const facts = factsFromQuoteRequest(request, defaults);
  return queryWithLine(savedDraftQuery(), request.product, facts, defaults);
}
