// Cloud history of the interpretation page: п. 5.6, then 5.8, then 5.7, first that holds decides.
import { describe, expect, it } from "vitest";
import { quoteRequestSchema } from "@/rules";
import { body, clauseOf, codes, run, type Body } from "./spec-helpers";

const LIST = 200_000;

interface Row {
  label: string;
  expected: string;
  history: Body;
  plan: string;
  users?: number;
  months?: 1 | 12;
  /** Reward when eligible, else null. */
  reward: string | null;
  percent?: number;
  /** Reason codes with the clause each must cite (empty when eligible). */
  reasons?: Record<string, string>;
  /** The result must carry a п. 8.1 warning (a reading that is the product's). */
  warning81?: boolean;
}

const ok = (reward: string, percent = 35) => ({
  reward,
  percent,
  expected: `${reward} ${percent}%`,
});
const no = (reasons: Record<string, string>) => ({
  reward: null,
  reasons,
  expected: Object.entries(reasons)
    .map(([c, cl]) => `${c} (${cl})`)
    .join(" + "),
});

const paid = (currentPlan: string, extra: Body = {}): Body => ({
  paidBefore: true,
  currentPlan,
  ...extra,
});
const monthly = { monthlyIn2025: true, annualIn2025: false };
const annual = { monthlyIn2025: false, annualIn2025: true };
const both = { monthlyIn2025: true, annualIn2025: true };
const none = { monthlyIn2025: false, annualIn2025: false };

const rows: Row[] = [
  // 1. п. 5.6: never paid.
  {
    label: "never paid, no portal",
    history: { paidBefore: false, currentPlan: "none" },
    plan: "standard",
    ...ok("cloud-new"),
  },
  {
    label: "never paid, portal on Бесплатный",
    history: { paidBefore: false, currentPlan: "free" },
    plan: "basic",
    ...ok("cloud-new"),
  },
  {
    label: "never paid, flags explicitly false",
    history: { paidBefore: false, currentPlan: "free", ...none },
    plan: "professional",
    ...ok("cloud-new"),
  },
  {
    label: "never paid, Энтерпрайз 4000",
    history: { paidBefore: false, currentPlan: "none" },
    plan: "enterprise",
    users: 4000,
    ...ok("cloud-new", 40),
  },
  {
    label: "never paid, 1 month",
    history: { paidBefore: false, currentPlan: "none" },
    plan: "standard",
    months: 1,
    ...no({ term_not_12_months: "4.1.3" }),
  },
  // 1. п. 5.6: on Бесплатный since before 30.06.2025 — new even with 2025 purchases.
  {
    label: "free since 29.06.2025 with 2025 monthly purchases, Базовый",
    history: paid("free", { paidLicenseEndedAt: "2025-06-29", ...monthly }),
    plan: "basic",
    ...ok("cloud-new"),
  },
  {
    label: "free since 29.06.2025 with 2025 monthly purchases, Стандартный",
    history: paid("free", { paidLicenseEndedAt: "2025-06-29", ...monthly }),
    plan: "standard",
    ...ok("cloud-new"),
  },
  {
    label: "free since 15.01.2025 with a 2025 annual purchase, Базовый",
    history: paid("free", { paidLicenseEndedAt: "2025-01-15", ...annual }),
    plan: "basic",
    ...ok("cloud-new"),
  },
  {
    label: "free since 2024 with both kinds of purchases, Энтерпрайз 250",
    history: paid("free", { paidLicenseEndedAt: "2024-12-01", ...both }),
    plan: "enterprise",
    users: 250,
    ...ok("cloud-new", 40),
  },
  {
    label: "free since 2023, no flags, Профессиональный",
    history: paid("free", { paidLicenseEndedAt: "2023-03-10" }),
    plan: "professional",
    ...ok("cloud-new"),
  },
  {
    label: "free since 29.06.2025, 1 month",
    history: paid("free", { paidLicenseEndedAt: "2025-06-29", ...monthly }),
    plan: "standard",
    months: 1,
    ...no({ term_not_12_months: "4.1.3" }),
  },
  // On Бесплатный since 30.06.2025 or later: upgrade rules (5.8 or 5.7) with a п. 8.1 warning.
  {
    label: "free since 30.06.2025, no 2025 purchases, Стандартный",
    history: paid("free", { paidLicenseEndedAt: "2025-06-30", ...none }),
    plan: "standard",
    warning81: true,
    ...ok("cloud-upgrade"),
  },
  {
    label: "free since 30.06.2025, annual in 2025, Энтерпрайз 250",
    history: paid("free", { paidLicenseEndedAt: "2025-06-30", ...annual }),
    plan: "enterprise",
    users: 250,
    warning81: true,
    ...ok("cloud-upgrade", 40),
  },
  {
    label: "free since 20.07.2025, monthly only, Стандартный",
    history: paid("free", { paidLicenseEndedAt: "2025-07-20", ...monthly }),
    plan: "standard",
    warning81: true,
    ...ok("cloud-monthly"),
  },
  {
    label: "free since 20.07.2025, monthly only, Базовый",
    history: paid("free", { paidLicenseEndedAt: "2025-07-20", ...monthly }),
    plan: "basic",
    ...no({ plan_not_covered: "4.1.5" }),
  },
  {
    label: "free since 01.07.2025, no purchases, Базовый",
    history: paid("free", { paidLicenseEndedAt: "2025-07-01", ...none }),
    plan: "basic",
    ...no({ plan_not_covered: "4.1.4" }),
  },
  {
    label: "free, box-only client (no end date), Профессиональный",
    history: paid("free", none),
    plan: "professional",
    warning81: true,
    ...ok("cloud-upgrade"),
  },
  // п. 5.6 needs the portal on Бесплатный now: an old end date on a paid plan does not count.
  {
    label: "on Стандартный with an old end date, renewal",
    history: paid("standard", { paidLicenseEndedAt: "2025-01-10", ...none }),
    plan: "standard",
    ...no({ renewal_excluded: "5.7" }),
  },
  {
    label: "on Стандартный with an old end date, upgrade",
    history: paid("standard", { paidLicenseEndedAt: "2025-01-10", ...none }),
    plan: "professional",
    ...ok("cloud-upgrade"),
  },
  // 2. п. 5.8: only 1-month purchases in the window.
  {
    label: "monthly only, renewal of Стандартный",
    history: paid("standard", monthly),
    plan: "standard",
    ...ok("cloud-monthly"),
  },
  {
    label: "monthly only, renewal of Энтерпрайз 3000",
    history: paid("enterprise", { currentUsers: 3000, ...monthly }),
    plan: "enterprise",
    users: 3000,
    ...ok("cloud-monthly", 40),
  },
  {
    label: "monthly only, Энтерпрайз 3000 → 5000",
    history: paid("enterprise", { currentUsers: 3000, ...monthly }),
    plan: "enterprise",
    users: 5000,
    ...ok("cloud-monthly", 40),
  },
  {
    label: "monthly only, Базовый → Профессиональный",
    history: paid("basic", monthly),
    plan: "professional",
    ...ok("cloud-monthly"),
  },
  {
    label: "monthly only, renewal of Базовый",
    history: paid("basic", monthly),
    plan: "basic",
    ...no({ plan_not_covered: "4.1.5" }),
  },
  {
    label: "monthly only, Профессиональный → Стандартный",
    history: paid("professional", monthly),
    plan: "standard",
    ...no({ not_an_upgrade: "4.1.5" }),
  },
  {
    label: "monthly only, Энтерпрайз 3000 → 2000",
    history: paid("enterprise", { currentUsers: 3000, ...monthly }),
    plan: "enterprise",
    users: 2000,
    ...no({ not_an_upgrade: "4.1.5" }),
  },
  {
    label: "monthly only, Энтерпрайз → Профессиональный",
    history: paid("enterprise", { currentUsers: 250, ...monthly }),
    plan: "professional",
    ...no({ not_an_upgrade: "4.1.5" }),
  },
  {
    label: "monthly only, Стандартный → Базовый",
    history: paid("standard", monthly),
    plan: "basic",
    ...no({ plan_not_covered: "4.1.5", not_an_upgrade: "4.1.5" }),
  },
  {
    label: "monthly only, 1 month renewal",
    history: paid("standard", monthly),
    plan: "standard",
    months: 1,
    ...no({ term_not_12_months: "4.1.5" }),
  },
  // 3. п. 5.7: both monthly and annual → 5.7, not 5.8.
  {
    label: "monthly and annual, Стандартный → Профессиональный",
    history: paid("standard", both),
    plan: "professional",
    ...ok("cloud-upgrade"),
  },
  {
    label: "monthly and annual, renewal of Стандартный",
    history: paid("standard", both),
    plan: "standard",
    ...no({ renewal_excluded: "5.7" }),
  },
  {
    label: "annual only, renewal of Профессиональный",
    history: paid("professional", annual),
    plan: "professional",
    ...no({ renewal_excluded: "5.7" }),
  },
  // 3. п. 5.7: no purchases in the window.
  {
    label: "no purchases, renewal of Стандартный",
    history: paid("standard", none),
    plan: "standard",
    ...no({ renewal_excluded: "5.7" }),
  },
  {
    label: "no purchases (flags omitted), renewal of Стандартный",
    history: paid("standard"),
    plan: "standard",
    ...no({ renewal_excluded: "5.7" }),
  },
  {
    label: "no purchases, Стандартный → Профессиональный",
    history: paid("standard", none),
    plan: "professional",
    ...ok("cloud-upgrade"),
  },
  {
    label: "no purchases, Стандартный → Энтерпрайз 250",
    history: paid("standard", none),
    plan: "enterprise",
    users: 250,
    ...ok("cloud-upgrade", 40),
  },
  {
    label: "no purchases, Энтерпрайз 250 → 500 (users tier up)",
    history: paid("enterprise", { currentUsers: 250, ...none }),
    plan: "enterprise",
    users: 500,
    ...ok("cloud-upgrade", 40),
  },
  {
    label: "no purchases, Энтерпрайз 500 → 250 (users tier down)",
    history: paid("enterprise", { currentUsers: 500, ...none }),
    plan: "enterprise",
    users: 250,
    ...no({ not_an_upgrade: "4.1.4" }),
  },
  {
    label: "no purchases, renewal of Энтерпрайз 1000",
    history: paid("enterprise", { currentUsers: 1000, ...none }),
    plan: "enterprise",
    users: 1000,
    ...no({ renewal_excluded: "5.7" }),
  },
  {
    label: "no purchases, Профессиональный → Базовый",
    history: paid("professional", none),
    plan: "basic",
    ...no({ plan_not_covered: "4.1.4", not_an_upgrade: "4.1.4" }),
  },
  {
    label: "no purchases, Базовый → Стандартный for 1 month",
    history: paid("basic", none),
    plan: "standard",
    months: 1,
    ...no({ term_not_12_months: "4.1.4" }),
  },
];

describe("cloud history decides the reward (п. 5.6 → 5.8 → 5.7)", () => {
  it.each(rows)("$label → $expected", (row) => {
    const product = {
      line: "cloud",
      plan: row.plan,
      months: row.months ?? 12,
      listPrice: LIST,
      ...(row.users === undefined ? {} : { users: row.users }),
    };
    const result = run(body(product, { history: row.history }));
    expect(result.reward).toBe(row.reward);
    expect(result.eligible).toBe(row.reward !== null);
    if (row.reward !== null) {
      expect(result.reasons).toEqual([]);
      expect(result.discountPercent).toBe(row.percent);
    } else {
      const expected = row.reasons ?? {};
      expect(codes(result)).toEqual(Object.keys(expected).sort());
      for (const [code, clause] of Object.entries(expected)) {
        expect(clauseOf(result, code)).toBe(clause);
      }
    }
    if (row.warning81) {
      expect(result.warnings.map((w) => w.clause)).toContain("8.1");
    }
  });
});

describe("inconsistent history is invalid input, not a result", () => {
  const product = { line: "cloud", plan: "standard", months: 12 };
  it.each([
    ...["basic", "standard", "professional", "enterprise"].map((currentPlan) => ({
      label: `never paid, yet on ${currentPlan}`,
      expected: "422 history.currentPlan",
      history: { paidBefore: false, currentPlan },
      path: "history.currentPlan",
    })),
    {
      label: "never paid, yet a paid license ended",
      expected: "422 history.paidLicenseEndedAt",
      history: { paidBefore: false, currentPlan: "free", paidLicenseEndedAt: "2025-05-01" },
      path: "history.paidLicenseEndedAt",
    },
    {
      label: "never paid, yet bought 1-month licenses in 2025",
      expected: "422 history.monthlyIn2025",
      history: { paidBefore: false, currentPlan: "none", monthlyIn2025: true },
      path: "history.monthlyIn2025",
    },
    {
      label: "never paid, yet bought a 12-month license in 2025",
      expected: "422 history.annualIn2025",
      history: { paidBefore: false, currentPlan: "none", annualIn2025: true },
      path: "history.annualIn2025",
    },
    {
      label: "cloud product without history",
      expected: "422 history",
      history: undefined,
      path: "history",
    },
    {
      label: "history without paidBefore",
      expected: "422 history.paidBefore",
      history: { currentPlan: "free" },
      path: "history.paidBefore",
    },
    {
      label: "unknown current plan",
      expected: "422 history.currentPlan",
      history: { paidBefore: true, currentPlan: "gold" },
      path: "history.currentPlan",
    },
  ])("$label → $expected", ({ history, path }) => {
    const raw = body(product);
    if (history === undefined) delete raw.history;
    else raw.history = history;
    const parsed = quoteRequestSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("history is ignored for box and CMS → eligible even with a contradictory one", () => {
    const result = run(
      body(
        { line: "box", operation: "purchase", edition: "shop_crm", listPrice: LIST },
        { history: { paidBefore: false, currentPlan: "enterprise", monthlyIn2025: true } },
      ),
    );
    expect(result.reward).toBe("box-new");
  });
});
