import type { QuoteRequest } from "@/rules";
import { FACT_FIELDS, defaultFacts, factsFromQuoteRequest, productToken } from "./proposal-url";

/**
 * GET /offer/add for one quote: its product and the client's answers it was priced with; null
 * for a quote with errors. The quote page's «Добавить в КП» without JavaScript.
 */
export function addLinesHref(request: QuoteRequest | null, now: string): string | null {
  if (!request) return null;
  const facts = factsFromQuoteRequest(request, defaultFacts(now.slice(0, 10)));
  const q = new URLSearchParams();
  for (const key of FACT_FIELDS) if (facts[key] !== "") q.set(key, facts[key]);
  q.append("l", productToken(request.product));
  return `/offer/add?${q.toString()}`;
}
