// Shared builders of the spec suite. Every expected value in this folder is derived from
// the Rules, the interpretation page and the API contract, never from the engine's code.
import { quote, quoteRequestSchema, type QuoteResult } from "@/rules";
import { examplePriceList } from "../catalog/example-price-list";

/** A request body as a client would send it: plain JSON, checked by the schema first. */
export type Body = Record<string, unknown>;

/** Inside the promo window, nowhere near a boundary. */
export const IN_PERIOD = "2025-08-15T10:30:00+05:00";
/** Bought long before 24.07.2025. */
export const OLD_SOURCE = "2025-03-01";

/** A customer who meets every participant condition (п. 1.2.3, 2.3, 5.1.2). */
export const OK_CUSTOMER = {
  kind: "legal_entity",
  resident: true,
  purpose: "business",
} as const;

/** Cloud history of a client who never bought a paid license (п. 5.6, first half). */
export const NEVER_PAID = { paidBefore: false, currentPlan: "none" } as const;

/** A request body for `product` with an otherwise perfect client inside the period. */
export function body(product: Body, extra: Body = {}): Body {
  const history = product.line === "cloud" ? { history: NEVER_PAID } : {};
  return { orderedAt: IN_PERIOD, customer: OK_CUSTOMER, product, ...history, ...extra };
}

/** Parses `raw` with the public schema and quotes it; fails the test if the schema refuses. */
export function run(raw: Body): QuoteResult {
  const parsed = quoteRequestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`schema refused a valid request: ${JSON.stringify(parsed.error.issues)}`);
  }
  return quote(parsed.data, { catalog: examplePriceList });
}

/** Reason codes of a result, sorted, for order-free comparison. */
export function codes(result: QuoteResult): string[] {
  return result.reasons.map((r) => r.code).sort();
}

/** The clause a result cites for `code`, or undefined when the code is absent. */
export function clauseOf(result: QuoteResult, code: string): string | undefined {
  return result.reasons.find((r) => r.code === code)?.clause;
}

/** Exact half-up rounding of list × (100 − percent) / 100 with integers only: the oracle. */
export function halfUp(list: number, percent: number): number {
  const scaled = BigInt(list) * BigInt(100 - percent);
  const whole = scaled / 100n;
  return Number(scaled % 100n >= 50n ? whole + 1n : whole);
}
