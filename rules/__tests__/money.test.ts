// Money («Money» of the interpretation page): half-up to whole tenge, discount = list − promo,
// the Copilot bonus of п. 4.1.6, `total`, and formatTenge.
import { describe, expect, it } from "vitest";
import { formatTenge } from "@/rules";
import { body, halfUp, run, type Body } from "./spec-helpers";

const products: Record<number, (list: number) => Body> = {
  15: (listPrice) => ({ line: "box", operation: "purchase", edition: "shop_crm", listPrice }),
  20: (listPrice) => ({ line: "cms", operation: "purchase", edition: "start", listPrice }),
  25: (listPrice) => ({
    line: "cms",
    operation: "upgrade",
    from: "start",
    edition: "standard",
    sourcePurchasedAt: "2025-01-10",
    listPrice,
  }),
  35: (listPrice) => ({ line: "cloud", plan: "standard", months: 12, listPrice }),
  40: (listPrice) => ({ line: "cloud", plan: "enterprise", users: 250, months: 12, listPrice }),
};

// [percent, list, promo worked out by hand]
const ROUNDING: [number, number, number][] = [
  [15, 30, 26], // 25.5 → 26
  [15, 10, 9], // 8.5 → 9
  [15, 70, 60], // 59.5 → 60
  [15, 1, 1], // 0.85 → 1
  [15, 3, 3], // 2.55 → 3
  [15, 7, 6], // 5.95 → 6
  [15, 1_234_567, 1_049_382], // 1 049 381.95
  [20, 1, 1], // 0.8 → 1
  [20, 2, 2], // 1.6 → 2
  [20, 7, 6], // 5.6 → 6
  [20, 999_999_999_999, 799_999_999_999], // …,2 → down
  [25, 2, 2], // 1.5 → 2
  [25, 6, 5], // 4.5 → 5
  [25, 3, 2], // 2.25 → 2
  [25, 10, 8], // 7.5 → 8
  [25, 14, 11], // 10.5 → 11
  [35, 10, 7], // 6.5 → 7
  [35, 30, 20], // 19.5 → 20
  [35, 1, 1], // 0.65 → 1
  [35, 1_000_001, 650_001], // 650 000.65 → 650 001
  [35, 1_000_000, 650_000],
  [35, 999_999_999_999, 649_999_999_999], // …,35 → down
  [35, 1_000_000_000_000, 650_000_000_000], // the largest list price the API accepts
  [40, 1, 1], // 0.6 → 1
  [40, 3, 2], // 1.8 → 2
  [40, 333_333, 200_000], // 199 999.8 → 200 000
  [40, 1_343_880, 806_328],
];

describe("promo price = list × (100 − %) / 100, half up to whole tenge", () => {
  it.each(
    ROUNDING.map(([percent, list, promo]) => ({
      label: `list ${list} at ${percent}%`,
      expected: `promo ${promo}, discount ${list - promo}`,
      percent,
      list,
      promo,
    })),
  )("$label → $expected", ({ percent, list, promo }) => {
    expect(halfUp(list, percent)).toBe(promo); // the hand-worked value agrees with the oracle
    const result = run(body(products[percent]!(list)));
    expect(result.eligible).toBe(true);
    expect(result.discountPercent).toBe(percent);
    expect(result.listPrice).toBe(list);
    expect(result.promoPrice).toBe(promo);
    expect(result.discount).toBe(list - promo);
    expect(result.total).toBe(promo);
    expect(Number.isInteger(result.promoPrice)).toBe(true);
  });
});

const ENTERPRISE_LIST = 1_000_000; // 40% → 600 000
const enterprise = (boost: Body = {}): Body => ({
  line: "cloud",
  plan: "enterprise",
  users: 250,
  months: 12,
  listPrice: ENTERPRISE_LIST,
  ...boost,
});

describe("Copilot bonus (п. 4.1.6): min(576 000, boost list), never below zero", () => {
  it.each([
    { boost: 0, discount: 0, promo: 0 },
    { boost: 1, discount: 1, promo: 0 },
    { boost: 300_000, discount: 300_000, promo: 0 },
    { boost: 575_999, discount: 575_999, promo: 0 },
    { boost: 576_000, discount: 576_000, promo: 0 },
    { boost: 576_001, discount: 576_000, promo: 1 },
    { boost: 900_000, discount: 576_000, promo: 324_000 },
    { boost: 10_000_000, discount: 576_000, promo: 9_424_000 },
  ])("boost list $boost → discount $discount, boost promo $promo", ({ boost, discount, promo }) => {
    const result = run(body(enterprise({ copilotBoost: true, copilotBoostListPrice: boost })));
    expect(result.eligible).toBe(true);
    expect(result.promoPrice).toBe(600_000);
    expect(result.bonus).toEqual({
      reward: "copilot",
      clause: "4.1.6",
      listPrice: boost,
      discount,
      promoPrice: promo,
    });
    expect(result.total).toBe(600_000 + promo);
  });

  const paid = (currentPlan: string, monthlyIn2025: boolean, currentUsers?: number): Body => ({
    paidBefore: true,
    currentPlan,
    monthlyIn2025,
    annualIn2025: false,
    ...(currentUsers ? { currentUsers } : {}),
  });
  it.each([
    {
      label: "Энтерпрайз 12 months under 4.1.4 (upgrade)",
      history: paid("professional", false),
      reward: "cloud-upgrade",
    },
    {
      label: "Энтерпрайз 12 months under 4.1.5 (renewal)",
      history: paid("enterprise", true, 250),
      reward: "cloud-monthly",
    },
    {
      label: "Энтерпрайз 12 months under 4.1.5 (upgrade)",
      history: paid("standard", true),
      reward: "cloud-monthly",
    },
    {
      label: "Энтерпрайз 12 months under 4.1.3, free since May",
      history: { paidBefore: true, currentPlan: "free", paidLicenseEndedAt: "2025-05-31" },
      reward: "cloud-new",
    },
  ])("$label → bonus 576 000, total 924 000", ({ history, reward }) => {
    const result = run(
      body(enterprise({ copilotBoost: true, copilotBoostListPrice: 900_000 }), { history }),
    );
    expect(result.reward).toBe(reward);
    expect(result.bonus).toMatchObject({ reward: "copilot", clause: "4.1.6", discount: 576_000 });
    expect(result.total).toBe(924_000);
  });

  it("boost list price from the catalog → discount = min(576 000, list)", () => {
    const result = run(body(enterprise({ copilotBoost: true })));
    const bonus = result.bonus!;
    expect(bonus.listPrice).toBeGreaterThan(0);
    expect(bonus.discount).toBe(Math.min(576_000, bonus.listPrice));
    expect(bonus.promoPrice).toBe(bonus.listPrice - bonus.discount);
    expect(result.total).toBe(result.promoPrice + bonus.promoPrice);
  });

  const boost = { copilotBoost: true, copilotBoostListPrice: 900_000 };
  it.each([
    {
      label: "Стандартный 12 months (eligible, not Энтерпрайз)",
      request: body({ line: "cloud", plan: "standard", months: 12, listPrice: 500_000, ...boost }),
      total: 325_000,
    },
    {
      label: "Профессиональный 12 months (eligible, not Энтерпрайз)",
      request: body({
        line: "cloud",
        plan: "professional",
        months: 12,
        listPrice: 500_000,
        ...boost,
      }),
      total: 325_000,
    },
    {
      label: "Энтерпрайз for 1 month",
      request: body(enterprise({ months: 1, ...boost })),
      total: ENTERPRISE_LIST,
    },
    {
      label: "Энтерпрайз ordered outside the period",
      request: body(enterprise(boost), { orderedAt: "2025-09-01" }),
      total: ENTERPRISE_LIST,
    },
    {
      label: "Энтерпрайз with another promotion",
      request: body(enterprise(boost), {
        customer: {
          kind: "legal_entity",
          resident: true,
          purpose: "business",
          otherPromotion: true,
        },
      }),
      total: ENTERPRISE_LIST,
    },
    {
      label: "Энтерпрайз renewal by a 5.7 client",
      request: body(enterprise(boost), { history: paid("enterprise", false, 250) }),
      total: ENTERPRISE_LIST,
    },
    {
      label: "Энтерпрайз, copilotBoost false",
      request: body(enterprise({ copilotBoost: false, copilotBoostListPrice: 900_000 })),
      total: 600_000,
    },
    {
      label: "Энтерпрайз, copilotBoost omitted",
      request: body(enterprise({ copilotBoostListPrice: 900_000 })),
      total: 600_000,
    },
  ])("$label → no bonus, total = promo price", ({ request, total }) => {
    const result = run(request);
    expect(result.bonus).toBeNull();
    expect(result.total).toBe(result.promoPrice);
    expect(result.total).toBe(total);
  });
});

describe("formatTenge", () => {
  const nb = "\u00a0";
  it.each([
    { amount: 1_234_567, expected: `1${nb}234${nb}567${nb}₸` },
    { amount: 576_000, expected: `576${nb}000${nb}₸` },
    { amount: 0, expected: `0${nb}₸` },
    { amount: 999, expected: `999${nb}₸` },
    { amount: 1_000_000_000_000, expected: `1${nb}000${nb}000${nb}000${nb}000${nb}₸` },
  ])("$amount → $expected", ({ amount, expected }) => {
    expect(formatTenge(amount)).toBe(expected);
  });

  it("1 234 567 → no plain spaces, non-breaking ones instead", () => {
    expect(formatTenge(1_234_567)).not.toContain(" ");
  });
});
