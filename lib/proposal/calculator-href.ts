import { quoteRequestSchema, type QuoteRequest } from "@/rules";
import { overviewRawRequest, quoteHref, type OverviewValues } from "@/lib/overview/overview-url";

/** The product the calculator opens with when the offer has no line yet. */
const FIRST_PRODUCT: QuoteRequest["product"] = { line: "cloud", plan: "standard", months: 12 };

/**
 * «Открыть калькулятор» from an offer: the quote page with the offer's client answers and dates
 * (and its first line's product), so a line added back from there has the same answers. Answers
 * the quote cannot take open the calculator as it starts.
 */
export function calculatorHref(
  facts: OverviewValues,
  product: QuoteRequest["product"] = FIRST_PRODUCT,
): string {
  const { orderedAt, paidAt, customer, history } = overviewRawRequest(facts);
  const parsed = quoteRequestSchema.safeParse({ orderedAt, paidAt, customer, history, product });
  return parsed.success ? quoteHref(parsed.data) : "/";
}
