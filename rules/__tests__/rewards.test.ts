// Every reward of the interpretation table («Rewards»), with exact money for one list price.
import { describe, expect, it } from "vitest";
import { body, halfUp, OLD_SOURCE, run, type Body } from "./spec-helpers";

const LIST = 1_234_567;
/** LIST × (100 − p) / 100, half up, worked out by hand: [promoPrice, discount]. */
const MONEY: Record<number, [number, number]> = {
  15: [1_049_382, 185_185],
  20: [987_654, 246_913],
  25: [925_925, 308_642],
  35: [802_469, 432_098],
  40: [740_740, 493_827],
};

interface Row {
  label: string;
  expected: string;
  product: Body;
  history?: Body;
  reward: string;
  percent: 15 | 20 | 25 | 35 | 40;
  clauses: string[];
}

const NEW_CLOUD = ["4.1.3", "5.6"];
const UPGRADE_CLOUD = ["4.1.4", "5.7"];
const MONTHLY_CLOUD = ["4.1.5", "5.8"];

const cloud = (plan: string, users?: number): Body => ({
  line: "cloud",
  plan,
  months: 12,
  ...(users === undefined ? {} : { users }),
  listPrice: LIST,
});

/** A client under п. 5.7: paid before, no 1-month purchases in the 2025 window. */
const h57 = (currentPlan: string, currentUsers?: number, annualIn2025 = false): Body => ({
  paidBefore: true,
  currentPlan,
  ...(currentUsers === undefined ? {} : { currentUsers }),
  monthlyIn2025: false,
  annualIn2025,
});
/** A client under п. 5.8: paid before, only 1-month purchases in the 2025 window. */
const h58 = (currentPlan: string, currentUsers?: number): Body => ({
  paidBefore: true,
  currentPlan,
  ...(currentUsers === undefined ? {} : { currentUsers }),
  monthlyIn2025: true,
  annualIn2025: false,
});

const ENTERPRISE_TIERS = [250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000];

const rows: Row[] = [
  // cms-new, п. 4.1.1: 20% on Старт, Стандарт, Малый бизнес, Бизнес.
  ...["start", "standard", "small_business", "business"].map(
    (edition): Row => ({
      label: `CMS purchase ${edition}`,
      expected: "cms-new 20%",
      product: { line: "cms", operation: "purchase", edition, listPrice: LIST },
      reward: "cms-new",
      percent: 20,
      clauses: ["4.1.1"],
    }),
  ),
  // cms-upgrade, п. 4.1.1: 25% on transitions to Стандарт, Малый бизнес, Бизнес.
  ...(
    [
      ["start", "standard"],
      ["start", "small_business"],
      ["start", "business"],
      ["standard", "small_business"],
      ["standard", "business"],
      ["small_business", "business"],
    ] as const
  ).map(
    ([from, edition]): Row => ({
      label: `CMS upgrade ${from} → ${edition}`,
      expected: "cms-upgrade 25%",
      product: {
        line: "cms",
        operation: "upgrade",
        from,
        edition,
        sourcePurchasedAt: OLD_SOURCE,
        listPrice: LIST,
      },
      reward: "cms-upgrade",
      percent: 25,
      clauses: ["4.1.1"],
    }),
  ),
  // cms-to-b24, п. 4.1.1 and 4.1.2: one reward, both clauses cited.
  {
    label: "CMS Бизнес → Интернет-магазин + CRM",
    expected: "cms-to-b24 20%",
    product: {
      line: "cms",
      operation: "to_bitrix24",
      from: "business",
      sourcePurchasedAt: OLD_SOURCE,
      listPrice: LIST,
    },
    reward: "cms-to-b24",
    percent: 20,
    clauses: ["4.1.1", "4.1.2"],
  },
  // box-new, п. 4.1.2: 15% on Интернет-магазин + CRM and every Корпоративный портал tier.
  {
    label: "box purchase Интернет-магазин + CRM",
    expected: "box-new 15%",
    product: { line: "box", operation: "purchase", edition: "shop_crm", listPrice: LIST },
    reward: "box-new",
    percent: 15,
    clauses: ["4.1.2"],
  },
  {
    label: "box purchase Корпоративный портал, default tier",
    expected: "box-new 15%",
    product: { line: "box", operation: "purchase", edition: "corporate_portal", listPrice: LIST },
    reward: "box-new",
    percent: 15,
    clauses: ["4.1.2"],
  },
  ...[50, 100, 250, 500].map(
    (users): Row => ({
      label: `box purchase Корпоративный портал ${users}`,
      expected: "box-new 15%",
      product: {
        line: "box",
        operation: "purchase",
        edition: "corporate_portal",
        users,
        listPrice: LIST,
      },
      reward: "box-new",
      percent: 15,
      clauses: ["4.1.2"],
    }),
  ),
  // box-upgrade, п. 4.1.2: 20% on transitions to a higher edition or tier.
  ...(
    [
      [{ edition: "shop_crm" }, 50],
      [{ edition: "shop_crm" }, 100],
      [{ edition: "shop_crm" }, 250],
      [{ edition: "shop_crm" }, 500],
      [{ edition: "corporate_portal", users: 50 }, 100],
      [{ edition: "corporate_portal", users: 50 }, 500],
      [{ edition: "corporate_portal", users: 100 }, 250],
      [{ edition: "corporate_portal", users: 250 }, 500],
    ] as const
  ).map(
    ([from, users]): Row => ({
      label: `box upgrade ${from.edition}${"users" in from ? ` ${from.users}` : ""} → corporate_portal ${users}`,
      expected: "box-upgrade 20%",
      product: {
        line: "box",
        operation: "upgrade",
        edition: "corporate_portal",
        users,
        from,
        sourcePurchasedAt: OLD_SOURCE,
        listPrice: LIST,
      },
      reward: "box-upgrade",
      percent: 20,
      clauses: ["4.1.2"],
    }),
  ),
  // cloud-new, п. 4.1.3 + 5.6: 35% Базовый/Стандартный/Профессиональный, 40% Энтерпрайз.
  ...["basic", "standard", "professional"].map(
    (plan): Row => ({
      label: `cloud ${plan} 12 months, never paid`,
      expected: "cloud-new 35%",
      product: cloud(plan),
      reward: "cloud-new",
      percent: 35,
      clauses: NEW_CLOUD,
    }),
  ),
  {
    label: "cloud standard 12 months, never paid, portal on Бесплатный",
    expected: "cloud-new 35%",
    product: cloud("standard"),
    history: { paidBefore: false, currentPlan: "free" },
    reward: "cloud-new",
    percent: 35,
    clauses: NEW_CLOUD,
  },
  {
    label: "cloud Энтерпрайз default tier, never paid",
    expected: "cloud-new 40%",
    product: cloud("enterprise"),
    reward: "cloud-new",
    percent: 40,
    clauses: NEW_CLOUD,
  },
  ...ENTERPRISE_TIERS.map(
    (users): Row => ({
      label: `cloud Энтерпрайз ${users} 12 months, never paid`,
      expected: "cloud-new 40%",
      product: cloud("enterprise", users),
      reward: "cloud-new",
      percent: 40,
      clauses: NEW_CLOUD,
    }),
  ),
  // cloud-upgrade, п. 4.1.4 + 5.7: strict upgrade of the current plan.
  {
    label: "5.7 client Базовый → Стандартный",
    expected: "cloud-upgrade 35%",
    product: cloud("standard"),
    history: h57("basic"),
    reward: "cloud-upgrade",
    percent: 35,
    clauses: UPGRADE_CLOUD,
  },
  {
    label: "5.7 client Стандартный → Профессиональный",
    expected: "cloud-upgrade 35%",
    product: cloud("professional"),
    history: h57("standard"),
    reward: "cloud-upgrade",
    percent: 35,
    clauses: UPGRADE_CLOUD,
  },
  {
    label: "5.7 client (12-month in 2025) Стандартный → Профессиональный",
    expected: "cloud-upgrade 35%",
    product: cloud("professional"),
    history: h57("standard", undefined, true),
    reward: "cloud-upgrade",
    percent: 35,
    clauses: UPGRADE_CLOUD,
  },
  {
    label: "5.7 client Профессиональный → Энтерпрайз 250",
    expected: "cloud-upgrade 40%",
    product: cloud("enterprise", 250),
    history: h57("professional"),
    reward: "cloud-upgrade",
    percent: 40,
    clauses: UPGRADE_CLOUD,
  },
  {
    label: "5.7 client Энтерпрайз 250 → Энтерпрайз 500",
    expected: "cloud-upgrade 40%",
    product: cloud("enterprise", 500),
    history: h57("enterprise", 250),
    reward: "cloud-upgrade",
    percent: 40,
    clauses: UPGRADE_CLOUD,
  },
  {
    label: "5.7 client Энтерпрайз 9000 → Энтерпрайз 10000",
    expected: "cloud-upgrade 40%",
    product: cloud("enterprise", 10000),
    history: h57("enterprise", 9000),
    reward: "cloud-upgrade",
    percent: 40,
    clauses: UPGRADE_CLOUD,
  },
  // cloud-monthly, п. 4.1.5 + 5.8: renewal of the same plan or an upgrade.
  ...(
    [
      ["standard", undefined, "standard", undefined, 35, "renewal"],
      ["professional", undefined, "professional", undefined, 35, "renewal"],
      ["enterprise", 500, "enterprise", 500, 40, "renewal"],
      ["basic", undefined, "standard", undefined, 35, "upgrade"],
      ["standard", undefined, "professional", undefined, 35, "upgrade"],
      ["professional", undefined, "enterprise", 1000, 40, "upgrade"],
      ["enterprise", 250, "enterprise", 2000, 40, "upgrade"],
    ] as const
  ).map(
    ([current, currentUsers, plan, users, percent, kind]): Row => ({
      label: `5.8 client ${kind} ${current}${currentUsers ? ` ${currentUsers}` : ""} → ${plan}${users ? ` ${users}` : ""}`,
      expected: `cloud-monthly ${percent}%`,
      product: cloud(plan, users),
      history: h58(current, currentUsers),
      reward: "cloud-monthly",
      percent,
      clauses: MONTHLY_CLOUD,
    }),
  ),
];

describe("every reward of the interpretation table", () => {
  it.each(rows)("$label → $expected", (row) => {
    const result = run(body(row.product, row.history ? { history: row.history } : {}));
    const [promoPrice, discount] = MONEY[row.percent]!;
    expect(result.reasons).toEqual([]);
    expect(result).toMatchObject({
      eligible: true,
      reward: row.reward,
      currency: "KZT",
      listPrice: LIST,
      discountPercent: row.percent,
      discount,
      promoPrice,
      bonus: null,
      total: promoPrice,
    });
    expect([...result.clauses].sort()).toEqual([...row.clauses].sort());
    expect(result.priceSource.overridden).toBe(true);
    expect(result.summary).toMatch(new RegExp(`${row.percent}\\s?%`));
  });

  it("the table's money was worked out right (integer half-up oracle) → consistent", () => {
    for (const [percent, [promo, discount]] of Object.entries(MONEY)) {
      expect(halfUp(LIST, Number(percent))).toBe(promo);
      expect(LIST - promo).toBe(discount);
    }
  });

  it.each([
    { label: "cloud result (eligible)", product: cloud("standard"), expected: "auto_renewal 5.12" },
    {
      label: "cloud Энтерпрайз result (eligible)",
      product: cloud("enterprise", 500),
      expected: "auto_renewal 5.12",
    },
  ])("$label → $expected", ({ product }) => {
    const result = run(body(product));
    expect(result.notes).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "auto_renewal", clause: "5.12" })]),
    );
  });

  it("promotion block → id, Russian title, Astana start and end", () => {
    const result = run(body(cloud("standard")));
    expect(result.promotion).toEqual({
      id: "kz-summer-2025",
      title: "Лето с выгодой",
      start: "2025-07-28T00:00:00+05:00",
      end: "2025-08-31T23:59:59+05:00",
    });
  });
});
