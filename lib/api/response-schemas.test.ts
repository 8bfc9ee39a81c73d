import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { quote, quoteRequestSchema, type QuoteResult } from "@/rules";
import { validQuoteBody } from "@/test-support/fuzz/valid-bodies";
import { quoteResponseSchema } from "./response-schemas";
import { CONTRACT_EXAMPLE } from "@/test-support/api-test-helpers";
import { examplePriceList } from "@/rules/catalog/example-price-list";

// Type-level proof that the response schema mirrors `QuoteResult`: same keys, and what the
// schema accepts is a `QuoteResult`. A drift in either breaks `tsc --noEmit`.
type SchemaOutput = z.output<typeof quoteResponseSchema>;
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false;
const sameKeys: SameKeys<SchemaOutput, QuoteResult> = true;
const assignable = (value: SchemaOutput): QuoteResult => value;

describe("quoteResponseSchema", () => {
  it("mirrors QuoteResult → same keys", () => {
    expect(sameKeys).toBe(true);
    expect(assignable).toBeTypeOf("function");
  });

  it("the contract example's result → valid", () => {
    const result = quote(quoteRequestSchema.parse(CONTRACT_EXAMPLE), { catalog: examplePriceList });
    expect(quoteResponseSchema.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  });

  it("any valid request → a result the schema accepts, promoPrice ≤ listPrice", () => {
    fc.assert(
      fc.property(validQuoteBody, (body) => {
        const request = quoteRequestSchema.parse(body);
        const result = quoteResponseSchema.safeParse(
          JSON.parse(JSON.stringify(quote(request, { catalog: examplePriceList }))),
        );
        expect(result.error?.issues ?? []).toEqual([]);
        return result.success && result.data.promoPrice <= result.data.listPrice;
      }),
      { seed: 20250728, numRuns: 3_000 },
    );
  }, 60_000);

  it.each([
    ["promoPrice above listPrice", { promoPrice: 1_000_001, discount: -1, total: 1_000_001 }],
    ["discount not list − promo", { discount: 1 }],
    ["eligible without a reward", { reward: null }],
    ["a negative price", { listPrice: -1 }],
    ["a fractional price", { listPrice: 0.5 }],
    [
      "an unknown reason code",
      { eligible: false, reasons: [{ code: "x", clause: "1", clauses: [], text: "т" }] },
    ],
  ])("%s → rejected", (_label, patch) => {
    const result = JSON.parse(
      JSON.stringify(
        quote(quoteRequestSchema.parse(CONTRACT_EXAMPLE), { catalog: examplePriceList }),
      ),
    );
    expect(quoteResponseSchema.safeParse({ ...result, ...patch }).success).toBe(false);
  });
});
