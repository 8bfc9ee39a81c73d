import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offersFor, quoteRequestSchema, type QuoteRequest } from "@/rules";
import { decodeQuoteParam, offersHref, quoteHref, readOffersForm } from "./offers-url";

const TODAY = "2026-11-26";

describe("readOffersForm", () => {
  it("no query → defaults: a Kazakhstan legal entity for business, new to Битрикс24, today", () => {
    const form = readOffersForm({}, TODAY);
    expect(form.errors).toEqual({});
    expect(form.orderedAtDefaulted).toBe(true);
    expect(form.onlyEligible).toBe(false);
    expect(form.request).toEqual({
      orderedAt: TODAY,
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      history: { paidBefore: false, currentPlan: "none" },
    });
  });

  it("a monthly payer on «Энтерпрайз» 500 → every answer read", () => {
    const form = readOffersForm(
      {
        kind: "individual",
        resident: "true",
        adult: "true",
        purpose: "business",
        otherPromotion: "true",
        franchisee: "true",
        paidBefore: "true",
        currentPlan: "enterprise",
        currentUsers: "500",
        monthlyIn2025: "true",
        orderedAt: "2025-08-15T10:30",
        paidAt: "2025-08-16",
        sourcePurchasedAt: "2025-03-01",
        only: "true",
      },
      TODAY,
    );
    expect(form.errors).toEqual({});
    expect(form.onlyEligible).toBe(true);
    expect(form.orderedAtDefaulted).toBe(false);
    expect(form.request).toEqual({
      orderedAt: "2025-08-15T10:30",
      paidAt: "2025-08-16",
      customer: {
        kind: "individual",
        resident: true,
        adult: true,
        purpose: "business",
        otherPromotion: true,
      },
      history: {
        paidBefore: true,
        currentPlan: "enterprise",
        currentUsers: 500,
        monthlyIn2025: true,
      },
      franchisee: true,
      sourcePurchasedAt: "2025-03-01",
    });
  });

  it("answers that do not apply → dropped (adult for a company, users for a non-Энтерпрайз plan)", () => {
    const form = readOffersForm(
      {
        kind: "legal_entity",
        adult: "false",
        paidBefore: "true",
        currentPlan: "standard",
        currentUsers: "oops",
        paidLicenseEndedAt: "not a date",
      },
      TODAY,
    );
    expect(form.errors).toEqual({});
    expect(form.request?.customer).not.toHaveProperty("adult");
    expect(form.request?.history).toEqual({ paidBefore: true, currentPlan: "standard" });
  });

  it("repeated keys → the first value", () => {
    expect(readOffersForm({ kind: ["sole_proprietor", "individual"] }, TODAY).values.kind).toBe(
      "sole_proprietor",
    );
  });

  it.each([
    ["orderedAt", { orderedAt: "2025-13-40" }, /Дата заказа: неверная дата/],
    ["orderedAt", { orderedAt: "" }, /Обязательное поле/],
    ["paidAt", { paidAt: "вчера" }, /Дата оплаты/],
    ["sourcePurchasedAt", { sourcePurchasedAt: "2025-02-30" }, /Дата покупки текущей лицензии/],
    ["kind", { kind: "government" }, /Тип клиента/],
    ["purpose", { purpose: "fun" }, /Цель покупки/],
    ["resident", { resident: "maybe" }, /true или false/],
    ["currentPlan", { currentPlan: "gold" }, /Тариф на портале сейчас/],
    [
      "currentUsers",
      { paidBefore: "true", currentPlan: "enterprise", currentUsers: "300" },
      /Пользователей текущего/,
    ],
    [
      "paidLicenseEndedAt",
      { paidBefore: "true", currentPlan: "free", paidLicenseEndedAt: "2025-06-31" },
      /Дата окончания платной лицензии/,
    ],
    ["currentPlan", { currentPlan: "professional" }, /не покупал платных лицензий/],
    ["monthlyIn2025", { monthlyIn2025: "true" }, /не покупал платных лицензий/],
    ["annualIn2025", { annualIn2025: "true" }, /не покупал платных лицензий/],
  ] as const)("invalid %s → Russian message beside it", (field, params, message) => {
    const form = readOffersForm(params, TODAY);
    expect(form.request).toBeNull();
    expect(form.errors[field]).toMatch(message);
  });
});

describe("offersHref", () => {
  it("answers → /offers query without empty values or unticked boxes", () => {
    const { values } = readOffersForm({ orderedAt: "2025-08-15", paidBefore: "true" }, TODAY);
    expect(offersHref(values)).toBe(
      "/offers?kind=legal_entity&resident=true&adult=true&purpose=business&paidBefore=true&currentPlan=none&orderedAt=2025-08-15",
    );
  });

  it("changes → override the answers and round-trip through readOffersForm", () => {
    const { values } = readOffersForm({ paidAt: "2025-09-03" }, TODAY);
    const href = offersHref(values, { orderedAt: "2025-07-28", paidAt: "" });
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    const again = readOffersForm(query, TODAY);
    expect(again.values).toEqual({ ...values, orderedAt: "2025-07-28", paidAt: "" });
  });
});

describe("quoteHref", () => {
  const rows = offersFor(readOffersForm({ orderedAt: "2025-08-15" }, TODAY).request!);

  it("every offers row → /?q= with URL-safe base64 that decodes to the same valid request", () => {
    for (const { request } of rows) {
      const href = quoteHref(request);
      expect(href).toMatch(/^\/\?q=[A-Za-z0-9_-]+$/);
      const decoded = decodeQuoteParam(href.slice("/?q=".length));
      expect(decoded).toEqual(request);
      expect(quoteRequestSchema.safeParse(decoded).success).toBe(true);
    }
  });

  it("any text, Cyrillic included → round trip", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const request = { orderedAt: text } as unknown as QuoteRequest;
        expect(decodeQuoteParam(quoteHref(request).slice(4))).toEqual(request);
      }),
    );
  });

  it.each([
    ["not base64", "!!!"],
    ["not JSON", "bm90IGpzb24"],
    ["broken UTF-8", "_w"],
  ])("%s → null", (_label, q) => {
    expect(decodeQuoteParam(q)).toBeNull();
  });
});
