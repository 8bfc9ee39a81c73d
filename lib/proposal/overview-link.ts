import type { QuoteRequest } from "@/rules";
import { overviewHref } from "@/lib/overview/overview-url";
import { defaultFacts, factsFromQuoteRequest } from "./proposal-url";

/** /offers with a quote's client answers and dates: what else this client can get. */
export function overviewHrefForQuote(request: QuoteRequest): string {
  return overviewHref(factsFromQuoteRequest(request, defaultFacts(request.orderedAt.slice(0, 10))));
}
