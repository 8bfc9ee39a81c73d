import type { QuoteRequest } from "@/rules";
import { savedDraftQuery } from "./proposal-storage";
import { defaultFacts, factsFromQuoteRequest } from "./proposal-url";
import { joinLines } from "./join-lines";

/** The /offer query of the offer being built in this browser with the quote's product added. */
export function proposalQueryWithQuote(request: QuoteRequest, now: string): string {
  const defaults = defaultFacts(now.slice(0, 10));
  const facts = factsFromQuoteRequest(request, defaults);
  return joinLines(savedDraftQuery(), [request.product], facts, defaults);
}
