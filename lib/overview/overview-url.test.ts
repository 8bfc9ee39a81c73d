import { describe, expect, it } from "vitest";
import { overviewFor, quote } from "@/rules";
import { overviewHref, quoteHref, readOverviewForm } from "./overview-url";
import type { SearchParams } from "@/lib/page/search-params";
import { toQuoteRequest } from "@/lib/quote/form-request";
import { validateQuoteForm } from "@/lib/quote/form-validation";
import { quoteFormValuesFromParams } from "@/lib/quote/quote-url";
import { examplePriceList } from "@/rules/catalog/example-price-list";

const TODAY = "2026-11-26";

describe("readOverviewForm", () => {
  it("no query → defaults: a Kazakhstan legal entity for business, new to Битрикс24, today", () => {
    const form = readOverviewForm({}, TODAY);
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
    const form = readOverviewForm(
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
    const form = readOverviewForm(
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
    expect(readOverviewForm({ kind: ["sole_proprietor", "individual"] }, TODAY).values.kind).toBe(
      "sole_proprietor",
    );
  });

  it.each([
    // The page's own words: no request values («none, free…»), no ISO formats, no doubled label.
    ["orderedAt", { orderedAt: "2025-13-40" }, /^Неверная дата, пример: 15\.08\.2025$/],
    ["orderedAt", { orderedAt: "" }, /Обязательное поле/],
    ["paidAt", { paidAt: "вчера" }, /^Неверная дата, пример: 15\.08\.2025$/],
    [
      "sourcePurchasedAt",
      { sourcePurchasedAt: "2025-02-30" },
      /^Неверная дата, пример: 15\.08\.2025$/,
    ],
    ["kind", { kind: "government" }, /^Выберите один из вариантов в списке$/],
    ["purpose", { purpose: "fun" }, /^Выберите один из вариантов в списке$/],
    ["resident", { resident: "maybe" }, /^Выберите «Да» или «Нет»$/],
    ["currentPlan", { currentPlan: "gold" }, /^Выберите один из вариантов в списке$/],
    [
      "currentUsers",
      { paidBefore: "true", currentPlan: "enterprise", currentUsers: "300" },
      /^Выберите один из вариантов в списке$/,
    ],
    [
      "paidLicenseEndedAt",
      { paidBefore: "true", currentPlan: "free", paidLicenseEndedAt: "2025-06-31" },
      /^Неверная дата, пример: 15\.08\.2025$/,
    ],
    [
      "paidLicenseEndedAt",
      {
        paidBefore: "true",
        currentPlan: "free",
        paidLicenseEndedAt: "2025-08-20",
        orderedAt: "2025-08-15",
      },
      /^Платная лицензия не может закончиться позже даты заказа/,
    ],
    ["currentPlan", { currentPlan: "professional" }, /не покупал платных лицензий/],
    ["monthlyIn2025", { monthlyIn2025: "true" }, /не покупал платных лицензий/],
    ["annualIn2025", { annualIn2025: "true" }, /не покупал платных лицензий/],
  ] as const)("invalid %s → Russian message beside it", (field, params, message) => {
    const form = readOverviewForm(params, TODAY);
    expect(form.request).toBeNull();
    expect(form.errors[field]).toMatch(message);
  });
});

describe("overviewHref", () => {
  it("answers → /offers query without empty values or unticked boxes", () => {
    const { values } = readOverviewForm({ orderedAt: "2025-08-15", paidBefore: "true" }, TODAY);
    expect(overviewHref(values)).toBe(
      "/offers?kind=legal_entity&resident=true&adult=true&purpose=business&paidBefore=true&currentPlan=none&orderedAt=2025-08-15",
    );
  });

  it("changes → override the answers and round-trip through readOverviewForm", () => {
    const { values } = readOverviewForm({ paidAt: "2025-09-03" }, TODAY);
    const href = overviewHref(values, { orderedAt: "2025-07-28", paidAt: "" });
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    const again = readOverviewForm(query, TODAY);
    expect(again.values).toEqual({ ...values, orderedAt: "2025-07-28", paidAt: "" });
  });
});

/** Opens an href the way the quote page does: its query → form values → validated request. */
function openOnQuotePage(href: string) {
  const url = new URL(href, "http://x");
  const values = quoteFormValuesFromParams(
    url.searchParams,
    "2026-11-26T12:00:00+05:00",
    examplePriceList,
  );
  return { url, values, validation: validateQuoteForm(values, examplePriceList) };
}

describe("quoteHref", () => {
  const PROFILES: { label: string; params: SearchParams }[] = [
    { label: "newcomer company", params: { orderedAt: "2025-08-15" } },
    {
      label: "monthly payer on «Стандартный»",
      params: {
        orderedAt: "2025-08-15",
        paidBefore: "true",
        currentPlan: "standard",
        monthlyIn2025: "true",
      },
    },
    {
      label: "«Энтерпрайз» of unknown size, annual buyer, paid later (date-time with offset)",
      params: {
        orderedAt: "2025-08-15T10:30:45+06:00",
        paidAt: "2025-08-20T09:00:00.250",
        paidBefore: "true",
        currentPlan: "enterprise",
        annualIn2025: "true",
      },
    },
    {
      label: "«Энтерпрайз» 1000 on the portal, franchisee, upgrades bought 23.07 at 23:59:59",
      params: {
        orderedAt: "2025-07-28T00:00:00",
        paidBefore: "true",
        currentPlan: "enterprise",
        currentUsers: "1000",
        franchisee: "true",
        sourcePurchasedAt: "2025-07-23T23:59:59",
      },
    },
    {
      label: "back on «Бесплатный» after a license that ended 29.06, upgrades bought 24.07",
      params: {
        orderedAt: "2025-08-31T23:59",
        paidBefore: "true",
        currentPlan: "free",
        paidLicenseEndedAt: "2025-06-29",
        sourcePurchasedAt: "2025-07-24",
      },
    },
    {
      label: "individual under 18 for personal use with another promotion, not from Kazakhstan",
      params: {
        orderedAt: "2025-08-01",
        kind: "individual",
        adult: "false",
        resident: "false",
        purpose: "personal",
        otherPromotion: "true",
      },
    },
    {
      label: "sole proprietor, order after the promotion",
      params: { orderedAt: "2025-09-01T00:00", kind: "sole_proprietor" },
    },
  ];

  it.each(PROFILES)("$label → every row opens the same quote on the quote page", ({ params }) => {
    const form = readOverviewForm(params, TODAY);
    expect(form.errors).toEqual({});
    const rows = overviewFor(form.request!, { catalog: examplePriceList });
    expect(rows).toHaveLength(107);
    for (const row of rows) {
      const href = quoteHref(row.request);
      const { url, values, validation } = openOnQuotePage(href);
      expect(url.pathname, href).toBe("/");
      expect(url.searchParams.has("q"), href).toBe(false);
      expect(validation.errors, href).toEqual({});
      const again = quote(toQuoteRequest(values, examplePriceList), { catalog: examplePriceList });
      const expected = row.result;
      expect(
        {
          eligible: again.eligible,
          reward: again.reward,
          promoPrice: again.promoPrice,
          listPrice: again.listPrice,
          reasons: again.reasons.map((r) => r.code),
        },
        href,
      ).toEqual({
        eligible: expected.eligible,
        reward: expected.reward,
        promoPrice: expected.promoPrice,
        listPrice: expected.listPrice,
        reasons: expected.reasons.map((r) => r.code),
      });
      // Not only the figures: every text, warning, note, check and the price source agree too.
      expect(quote(validation.request!, { catalog: examplePriceList }), href).toEqual(expected);
    }
  });

  it("a row link is the quote page's own short query", () => {
    const form = readOverviewForm(
      {
        orderedAt: "2025-08-15",
        paidBefore: "true",
        currentPlan: "standard",
        monthlyIn2025: "true",
      },
      TODAY,
    );
    const row = overviewFor(form.request!, { catalog: examplePriceList }).find(
      (r) =>
        r.request.product.line === "cloud" &&
        r.request.product.plan === "professional" &&
        r.request.product.months === 12,
    )!;
    expect(quoteHref(row.request)).toBe(
      "/?line=cloud&plan=professional&months=12&paidBefore=1&current=standard&monthly=1&ordered=2025-08-15T00%3A00",
    );
    const upgrade = overviewFor(form.request!, { catalog: examplePriceList }).find(
      (r) =>
        r.request.product.line === "box" &&
        r.request.product.operation === "upgrade" &&
        r.request.product.edition === "enterprise" &&
        r.request.product.users === 5000 &&
        r.request.product.from?.users === 3000,
    )!;
    expect(quoteHref(upgrade.request)).toBe(
      "/?line=box&op=upgrade&ed=enterprise&users=5000&from=enterprise&fromUsers=3000&bought=2025-07-23&ordered=2025-08-15T00%3A00",
    );
  });
});
