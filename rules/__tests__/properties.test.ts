// fast-check properties over VALID requests of all three lines, every operation, edition,
// tier and history combination, with dates around every boundary of the interpretation page.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCOUNT_PERCENTS, quote, quoteRequestSchema, type QuoteResult } from "@/rules";
import { halfUp } from "./spec-helpers";
import { formArb, money, specArb, strip, toBody } from "./spec-arbitraries";
import { expectMatchesModel } from "./spec-assert";
import { examplePriceList } from "../catalog/example-price-list";

type Json = Record<string, unknown>;

function quoteBody(raw: Json): QuoteResult {
  const parsed = quoteRequestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid: ${JSON.stringify(parsed.error.issues)}`);
  return quote(parsed.data, { catalog: examplePriceList });
}

const runs = { numRuns: 1000 };
const reasonKeys = (r: QuoteResult) => r.reasons.map((x) => `${x.code}@${x.clause}`).sort();

// ---------- properties ----------

describe("properties of quote over valid requests", () => {
  it("every generated request is schema-valid → quote never throws", () => {
    fc.assert(
      fc.property(specArb, formArb, (spec, form) => {
        const parsed = quoteRequestSchema.safeParse(toBody(spec, form));
        expect(parsed.success).toBe(true);
        if (parsed.success)
          expect(() => quote(parsed.data, { catalog: examplePriceList })).not.toThrow();
      }),
      runs,
    );
  });

  it("money invariants → 0 ≤ promo ≤ list, discount = list − promo, whole tenge, % allowed", () => {
    fc.assert(
      fc.property(specArb, formArb, (spec, form) => {
        const r = quoteBody(toBody(spec, form));
        expect(r.promoPrice).toBeLessThanOrEqual(r.listPrice);
        expect(r.promoPrice).toBeGreaterThanOrEqual(0);
        expect(r.discount).toBe(r.listPrice - r.promoPrice);
        for (const v of [r.listPrice, r.promoPrice, r.discount, r.total]) {
          expect(Number.isInteger(v)).toBe(true);
        }
        expect(DISCOUNT_PERCENTS as readonly number[]).toContain(r.discountPercent);
        expect([0, 15, 20, 25, 35, 40]).toContain(r.discountPercent);
        expect(r.promoPrice).toBe(halfUp(r.listPrice, r.discountPercent));
        expect(r.total).toBe(r.promoPrice + (r.bonus?.promoPrice ?? 0));
        if (r.bonus) {
          expect(r.bonus.discount).toBe(Math.min(576_000, r.bonus.listPrice));
          expect(r.bonus.promoPrice).toBe(r.bonus.listPrice - r.bonus.discount);
          expect(r.bonus.promoPrice).toBeGreaterThanOrEqual(0);
        }
      }),
      runs,
    );
  });

  it("not eligible ⇒ promo = list, 0%, reward null, no bonus, ≥ 1 reason; eligible ⇒ no reasons, reward set", () => {
    fc.assert(
      fc.property(specArb, formArb, (spec, form) => {
        const r = quoteBody(toBody(spec, form));
        if (!r.eligible) {
          expect(r.promoPrice).toBe(r.listPrice);
          expect(r.discountPercent).toBe(0);
          expect(r.discount).toBe(0);
          expect(r.reward).toBeNull();
          expect(r.bonus).toBeNull();
          expect(r.total).toBe(r.listPrice);
          expect(r.reasons.length).toBeGreaterThanOrEqual(1);
          for (const reason of r.reasons) expect(r.clauses).toContain(reason.clause);
        } else {
          expect(r.reasons).toEqual([]);
          expect(r.reward).not.toBeNull();
          expect(r.discountPercent).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it("checks list every condition: the failed ones are exactly the reasons", () => {
    fc.assert(
      fc.property(specArb, formArb, (spec, form) => {
        const r = quoteBody(toBody(spec, form));
        const failed = r.checks.filter((c) => !c.passed);
        expect(failed.map((c) => `${c.code}@${c.clause}`).sort()).toEqual(reasonKeys(r));
        for (const c of r.checks) {
          if (c.passed) expect(c.code).toBeNull();
          expect(c.clauses).toContain(c.clause);
        }
      }),
      runs,
    );
  });

  it("eligibility and reasons do not depend on listPrice", () => {
    fc.assert(
      fc.property(specArb, money, money, (spec, a, b) => {
        const withPrice = (listPrice: number | undefined) =>
          quoteBody(toBody({ ...spec, product: strip({ ...spec.product, listPrice }) }, "+05:00"));
        const [ra, rb, rc] = [withPrice(a), withPrice(b), withPrice(undefined)];
        for (const other of [rb, rc]) {
          expect(other.eligible).toBe(ra.eligible);
          expect(other.reward).toBe(ra.reward);
          expect(other.discountPercent).toBe(ra.discountPercent);
          expect(reasonKeys(other)).toEqual(reasonKeys(ra));
        }
      }),
      runs,
    );
  });

  it("the same instants written with Z, +05:00, no offset, other offsets → the same result", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const base = quoteBody(toBody(spec, "+05:00", false));
        expect(quoteBody(toBody(spec, "Z"))).toEqual(base);
        expect(quoteBody(toBody(spec, "local", false))).toEqual(base);
        expect(quoteBody(toBody(spec, "local", true))).toEqual(base);
        expect(quoteBody(toBody(spec, "other"))).toEqual(base);
      }),
      { numRuns: 800 },
    );
  });

  it("the engine agrees with the independent model of the documents", () => {
    fc.assert(
      fc.property(specArb, formArb, (spec, form) => {
        const raw = toBody(spec, form);
        expectMatchesModel(raw, quoteBody(raw));
      }),
      { numRuns: 2000 },
    );
  });
});
