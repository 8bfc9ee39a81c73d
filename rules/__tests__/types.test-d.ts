// Type-level tests, checked by `tsc --noEmit` (the file is in tsconfig's include, not run by
// vitest): misuse of the public API must fail to compile.
import { describe, expectTypeOf, test } from "vitest";
import { examplePriceList } from "../catalog/example-price-list";
import {
  formatTenge,
  overviewFor,
  parseAstanaInstant,
  quote,
  type OverviewRequest,
  type QuoteRequest,
  type QuoteResult,
} from "@/rules";

const customer = { kind: "legal_entity", resident: true, purpose: "business" } as const;
const valid: QuoteRequest = {
  orderedAt: "2025-08-15T10:30:00+05:00",
  customer,
  product: { line: "cms", operation: "purchase", edition: "start" },
};

const list = { catalog: examplePriceList };

describe("quote's request type", () => {
  test("a valid request compiles and returns a QuoteResult", () => {
    expectTypeOf(quote(valid, list)).toEqualTypeOf<QuoteResult>();
    expectTypeOf(quote).parameter(0).toEqualTypeOf<QuoteRequest>();
  });

  test("misuse fails to compile", () => {
    // @ts-expect-error orderedAt is a date string, not a number
    quote({ ...valid, orderedAt: 20250815 }, list);
    // @ts-expect-error orderedAt is required
    quote({ customer, product: valid.product }, list);
    // @ts-expect-error an unknown cloud plan
    quote({ ...valid, product: { line: "cloud", plan: "gold", months: 12 } }, list);
    // @ts-expect-error «Бесплатный» is a current plan, not a plan to buy
    quote({ ...valid, product: { line: "cloud", plan: "free", months: 12 } }, list);
    // @ts-expect-error cloud terms are 1 or 12 months
    quote({ ...valid, product: { line: "cloud", plan: "standard", months: 6 } }, list);
    const enterprise300 = { line: "cloud", plan: "enterprise", users: 300, months: 12 } as const;
    // @ts-expect-error Энтерпрайз users come in fixed tiers
    quote({ ...valid, product: enterprise300 }, list);
    // @ts-expect-error an unknown product line
    quote({ ...valid, product: { line: "desktop" } }, list);
    // @ts-expect-error an unknown box edition
    quote({ ...valid, product: { line: "box", operation: "purchase", edition: "premium" } }, list);
    // @ts-expect-error an unknown CMS operation
    quote({ ...valid, product: { line: "cms", operation: "downgrade", edition: "start" } }, list);
    // @ts-expect-error an unknown customer kind
    quote({ ...valid, customer: { ...customer, kind: "company" } }, list);
    // @ts-expect-error resident is a boolean
    quote({ ...valid, customer: { ...customer, resident: "yes" } }, list);
    // @ts-expect-error listPrice is a number of tenge, not a string
    quote({ ...valid, product: { ...valid.product, listPrice: "1000" } }, list);
    // @ts-expect-error an unknown current plan in the history
    quote({ ...valid, history: { paidBefore: true, currentPlan: "gold" } }, list);
    // @ts-expect-error the request is an object
    quote("2025-08-15", list);
    // @ts-expect-error the price list is an argument, never a default
    quote(valid);
  });
});

describe("the result type", () => {
  test("fields of the contract have their types", () => {
    const r = quote(valid, list);
    expectTypeOf(r.eligible).toEqualTypeOf<boolean>();
    expectTypeOf(r.listPrice).toEqualTypeOf<number>();
    expectTypeOf(r.currency).toEqualTypeOf<"KZT">();
    expectTypeOf(r.reasons[0]!.code).not.toEqualTypeOf<string>();
    // @ts-expect-error reward ids are a closed set
    const reward: QuoteResult["reward"] = "cloud-everything";
    void reward;
    // @ts-expect-error reason codes are a closed set
    const code: QuoteResult["reasons"][number]["code"] = "too_expensive";
    void code;
  });
});

describe("helpers", () => {
  test("formatTenge, parseAstanaInstant and overviewFor reject wrong arguments", () => {
    expectTypeOf(formatTenge(1)).toEqualTypeOf<string>();
    expectTypeOf(parseAstanaInstant("2025-08-15")).toEqualTypeOf<number | null>();
    // @ts-expect-error formatTenge takes whole tenge as a number
    formatTenge("1234567");
    // @ts-expect-error parseAstanaInstant takes a string
    parseAstanaInstant(1_756_000_000_000);
    const offers: OverviewRequest = {
      orderedAt: "2025-08-15",
      customer,
      history: { paidBefore: false, currentPlan: "none" },
    };
    overviewFor(offers, list);
    // @ts-expect-error offers need the client's history
    overviewFor({ orderedAt: "2025-08-15", customer }, list);
  });
});
