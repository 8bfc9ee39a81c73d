import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuoteRequest } from "../request/quote-request";
import { CLOUD_CURRENT_PLANS, CLOUD_PLANS } from "../vocabulary/vocabulary";
import { quote } from "./quote";
import { suggestAlternatives, type SuggestionChange } from "./suggest";
import { examplePriceList } from "../catalog/example-price-list";

const IN_PERIOD = "2025-08-15T12:00:00+05:00";
const company = { kind: "legal_entity", resident: true, purpose: "business" } as const;
const newClient = { paidBefore: false, currentPlan: "none" } as const;
const cloud = (
  product: Partial<Extract<QuoteRequest["product"], { line: "cloud" }>>,
  history: NonNullable<QuoteRequest["history"]> = newClient,
  customer: QuoteRequest["customer"] = company,
): QuoteRequest => ({
  orderedAt: IN_PERIOD,
  customer,
  product: { line: "cloud", plan: "standard", months: 12, ...product },
  history,
});

/** formatTenge separates with non-breaking spaces; the table is easier to read with plain ones. */
const plain = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, " ");

describe("suggestAlternatives", () => {
  it.each<{
    label: string;
    request: QuoteRequest;
    changes: SuggestionChange[];
    text: string;
  }>([
    {
      label: "new client, «Стандартный» for 1 month → 12 months",
      request: cloud({ months: 1 }),
      changes: [{ kind: "months", months: 12 }],
      text: "При оплате на 12 месяцев скидка составит 35% — 117 558 ₸: 218 322 ₸ вместо 335 880 ₸.",
    },
    {
      label: "a 1-month list price override is dropped for the 12-month catalog price",
      request: cloud({ months: 1, listPrice: 40000 }),
      changes: [{ kind: "months", months: 12 }],
      text: "При оплате на 12 месяцев скидка составит 35% — 117 558 ₸: 218 322 ₸ вместо 335 880 ₸.",
    },
    {
      label: "п. 5.7 client renewing «Стандартный» → «Профессиональный»",
      request: cloud(
        { plan: "standard" },
        { paidBefore: true, currentPlan: "standard", annualIn2025: true },
      ),
      changes: [{ kind: "cloud_plan", plan: "professional" }],
      text: "При повышении до тарифа «Профессиональный» скидка составит 35% — 235 158 ₸: 436 722 ₸ вместо 671 880 ₸.",
    },
    {
      label: "п. 5.8 client on «Базовый» choosing «Базовый» → «Стандартный»",
      request: cloud(
        { plan: "basic" },
        { paidBefore: true, currentPlan: "basic", monthlyIn2025: true },
      ),
      changes: [{ kind: "cloud_plan", plan: "standard" }],
      text: "При повышении до тарифа «Стандартный» скидка составит 35% — 117 558 ₸: 218 322 ₸ вместо 335 880 ₸.",
    },
    {
      label: "п. 5.8 client below the current plan → renewal of the current plan",
      request: cloud(
        { plan: "standard" },
        { paidBefore: true, currentPlan: "professional", monthlyIn2025: true },
      ),
      changes: [{ kind: "cloud_plan", plan: "professional" }],
      text: "При продлении текущего тарифа «Профессиональный» скидка составит 35% — 235 158 ₸: 436 722 ₸ вместо 671 880 ₸.",
    },
    {
      label: "п. 5.7 client on «Энтерпрайз» 250 renewing → 500 users",
      request: cloud(
        { plan: "enterprise", users: 250 },
        { paidBefore: true, currentPlan: "enterprise", currentUsers: 250 },
      ),
      changes: [{ kind: "cloud_plan", plan: "enterprise", users: 500 }],
      text: "При повышении до тарифа «Энтерпрайз» 500 пользователей скидка составит 40% — 959 952 ₸: 1 439 928 ₸ вместо 2 399 880 ₸.",
    },
    {
      label: "п. 5.7 client, «Базовый» for 1 month → 12 months and «Стандартный»",
      request: cloud(
        { plan: "basic", months: 1 },
        { paidBefore: true, currentPlan: "free", paidLicenseEndedAt: "2025-07-10" },
      ),
      changes: [
        { kind: "months", months: 12 },
        { kind: "cloud_plan", plan: "standard" },
      ],
      text: "При оплате на 12 месяцев и при повышении до тарифа «Стандартный» скидка составит 35% — 117 558 ₸: 218 322 ₸ вместо 335 880 ₸.",
    },
    {
      label: "another promotion applied → decline it",
      request: cloud({}, newClient, { ...company, otherPromotion: true }),
      changes: [{ kind: "decline_other_promotion" }],
      text: "При отказе от другой акции скидка составит 35% — 117 558 ₸: 218 322 ₸ вместо 335 880 ₸.",
    },
    {
      label: "another promotion and 1 month → both",
      request: cloud({ months: 1 }, newClient, { ...company, otherPromotion: true }),
      changes: [{ kind: "decline_other_promotion" }, { kind: "months", months: 12 }],
      text: "При отказе от другой акции и при оплате на 12 месяцев скидка составит 35% — 117 558 ₸: 218 322 ₸ вместо 335 880 ₸.",
    },
    {
      label: "«Энтерпрайз» with the Copilot boost for 1 month → 12 months, bonus in the total",
      request: cloud({ plan: "enterprise", users: 250, months: 1, copilotBoost: true }),
      changes: [{ kind: "months", months: 12 }],
      text: "При оплате на 12 месяцев скидка составит 40% — 537 552 ₸: 806 328 ₸ вместо 1 343 880 ₸, с бонусом на Буст Copilot итого 806 328 ₸.",
    },
    {
      label: "box transition down from «Корпоративный портал» 100 → the next license up",
      request: {
        orderedAt: IN_PERIOD,
        customer: company,
        product: {
          line: "box",
          operation: "upgrade",
          edition: "shop_crm",
          from: { edition: "corporate_portal", users: 100 },
          sourcePurchasedAt: "2025-03-01",
        },
      },
      changes: [{ kind: "box_license", edition: "corporate_portal", users: 250 }],
      text: "При переходе на редакцию «Корпоративный портал» 250 пользователей скидка составит 20% — 160 000 ₸: 640 000 ₸ вместо 800 000 ₸.",
    },
    {
      label: "CMS transition down from «Малый бизнес» → «Бизнес»",
      request: {
        orderedAt: IN_PERIOD,
        customer: company,
        product: {
          line: "cms",
          operation: "upgrade",
          edition: "start",
          from: "small_business",
          sourcePurchasedAt: "2025-03-01",
        },
      },
      changes: [{ kind: "cms_edition", edition: "business" }],
      text: "При переходе на редакцию «Бизнес» скидка составит 25% — 50 000 ₸: 150 000 ₸ вместо 200 000 ₸.",
    },
  ])("$label → $text", ({ request, changes, text }) => {
    const [first, ...rest] = suggestAlternatives(request, { catalog: examplePriceList });
    expect(rest).toEqual([]);
    expect(first?.changes).toEqual(changes);
    expect(plain(first?.text)).toBe(text);
    expect(first?.result.eligible).toBe(true);
  });

  it.each<{ label: string; request: QuoteRequest }>([
    { label: "eligible request", request: cloud({}) },
    {
      label: "personal use and 1 month (no nearby variant lifts personal use)",
      request: cloud({ months: 1 }, newClient, { ...company, purpose: "personal" }),
    },
    {
      label: "outside the period",
      request: { ...cloud({ months: 1 }), orderedAt: "2026-01-10T10:00:00+05:00" },
    },
    {
      label: "CMS transition down from «Бизнес» (only «Энтерпрайз» above, excluded by п. 5.4)",
      request: {
        orderedAt: IN_PERIOD,
        customer: company,
        product: {
          line: "cms",
          operation: "upgrade",
          edition: "standard",
          from: "business",
          sourcePurchasedAt: "2025-03-01",
        },
      },
    },
    {
      label: "box renewal (п. 5.5)",
      request: {
        orderedAt: IN_PERIOD,
        customer: company,
        product: { line: "box", operation: "renewal", edition: "shop_crm" },
      },
    },
    {
      label: "п. 5.7 client already on «Энтерпрайз» 10000 renewing",
      request: cloud(
        { plan: "enterprise", users: 10000 },
        { paidBefore: true, currentPlan: "enterprise", currentUsers: 10000 },
      ),
    },
  ])("$label → no suggestion", ({ request }) => {
    expect(suggestAlternatives(request, { catalog: examplePriceList })).toEqual([]);
  });

  it("every suggestion is what the engine quotes for its request, and eligible", () => {
    const history = fc.record({
      paidBefore: fc.constant(true),
      currentPlan: fc.constantFrom(...CLOUD_CURRENT_PLANS),
      monthlyIn2025: fc.boolean(),
      annualIn2025: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...CLOUD_PLANS),
        fc.constantFrom(1 as const, 12 as const),
        fc.boolean(),
        history,
        (plan, months, otherPromotion, h) => {
          const request = cloud({ plan, months }, h, { ...company, otherPromotion });
          for (const s of suggestAlternatives(request, { catalog: examplePriceList })) {
            expect(s.result.eligible).toBe(true);
            expect(quote(s.request, { catalog: examplePriceList })).toEqual(s.result);
          }
        },
      ),
    );
  });
});
