import { describe, expect, it } from "vitest";

import { overviewRequestSchema, type OverviewRequest } from "../request/overview-request";
import { quoteRequestSchema } from "../request/quote-request";
import { normalizeRequest } from "../products/normalize";
import { DEFAULT_SOURCE_PURCHASED_AT } from "../products/all-products";
import { catalogItemId, COPILOT_ITEM_ID } from "../products/item-ids";
import { overviewFor, type OverviewRow } from "./overview";
import { quote } from "./quote";
import { examplePriceList } from "../catalog/example-price-list";

const business = { kind: "legal_entity", resident: true, purpose: "business" } as const;

const PROFILES = {
  newcomer: {
    orderedAt: "2025-08-15",
    customer: business,
    history: { paidBefore: false, currentPlan: "none" },
  },
  "monthly payer": {
    orderedAt: "2025-08-15T10:30:00+05:00",
    customer: business,
    history: { paidBefore: true, currentPlan: "standard", monthlyIn2025: true },
  },
  "annual payer on Профессиональный": {
    orderedAt: "2025-08-31T23:59:59",
    customer: { ...business, kind: "sole_proprietor" },
    history: { paidBefore: true, currentPlan: "professional", annualIn2025: true },
  },
  "non-resident": {
    orderedAt: "2025-08-15",
    customer: { ...business, resident: false },
    history: { paidBefore: false, currentPlan: "none" },
  },
  "personal use, other promotion, late upgrade source": {
    orderedAt: "2025-08-15",
    customer: { kind: "individual", resident: true, purpose: "personal", otherPromotion: true },
    history: { paidBefore: false, currentPlan: "none" },
    sourcePurchasedAt: "2025-07-24",
  },
  "after the promotion": {
    orderedAt: "2025-09-01T00:00:00+05:00",
    customer: business,
    history: { paidBefore: false, currentPlan: "none" },
  },
  franchisee: {
    orderedAt: "2025-08-15",
    customer: business,
    history: { paidBefore: false, currentPlan: "none" },
    franchisee: true,
  },
} satisfies Record<string, OverviewRequest>;

const rowsOf = (profile: keyof typeof PROFILES) =>
  overviewFor(overviewRequestSchema.parse(PROFILES[profile]), { catalog: examplePriceList });
const itemIds = (rows: OverviewRow[]) => rows.map((r) => r.result.priceSource.itemId);
const eligibleIds = (rows: OverviewRow[]) => itemIds(rows.filter((r) => r.result.eligible)).sort();

describe("overviewFor: every catalog product once", () => {
  const profiles = Object.keys(PROFILES) as (keyof typeof PROFILES)[];

  it.each(profiles)("%s → 107 rows, one per catalog item except the Copilot boost", (profile) => {
    const rows = rowsOf(profile);
    const expected = [...examplePriceList.byId.keys()].filter((id) => id !== COPILOT_ITEM_ID);
    expect(rows).toHaveLength(107);
    expect(itemIds(rows).sort()).toEqual(expected.sort());
    for (const row of rows) {
      expect(catalogItemId(normalizeRequest(row.request).product)).toBe(
        row.result.priceSource.itemId,
      );
    }
  });

  it.each(profiles)("%s → each row is a valid quote request priced like POST /api/quote", (p) => {
    for (const row of rowsOf(p)) {
      const parsed = quoteRequestSchema.safeParse(row.request);
      expect(parsed.success, JSON.stringify(row.request)).toBe(true);
      if (parsed.success)
        expect(row.result).toEqual(quote(parsed.data, { catalog: examplePriceList }));
    }
  });
});

describe("overviewFor: client profiles", () => {
  it("newcomer → every 12-month cloud plan under 4.1.3, no 1-month plan", () => {
    const rows = rowsOf("newcomer");
    const cloud = rows.filter((r) => r.request.product.line === "cloud");
    for (const row of cloud) {
      const { months } = row.request.product as { months: number };
      expect(row.result.eligible).toBe(months === 12);
      if (months === 12) {
        expect(row.result.reward).toBe("cloud-new");
        expect(row.result.clauses).toEqual(["4.1.3", "5.6"]);
      } else {
        expect(row.result.reasons.map((r) => r.code)).toEqual(["term_not_12_months"]);
      }
    }
    const standard = rows.find((r) => r.result.priceSource.itemId === "cloud/standard/12");
    expect(standard?.result).toMatchObject({
      discountPercent: 35,
      listPrice: 335_880,
      promoPrice: 218_322,
    });
    const enterprise = rows.find((r) => r.result.priceSource.itemId === "cloud/enterprise-250/12");
    expect(enterprise?.result).toMatchObject({ discountPercent: 40, promoPrice: 806_328 });
  });

  it("newcomer → box and CMS purchases and upgrades, never renewals, Энтерпрайз or SIP", () => {
    const rows = rowsOf("newcomer");
    expect(rows.filter((r) => r.result.eligible)).toHaveLength(41);
    for (const row of rows.filter((r) => r.request.product.line !== "cloud")) {
      const id = row.result.priceSource.itemId ?? "";
      const excluded = /renewal|enterprise|sip_connector/.test(id);
      expect(row.result.eligible, id).toBe(!excluded);
    }
    const toB24 = rows.find((r) => r.result.priceSource.itemId === "cms-to-b24/business>shop_crm");
    expect(toB24?.result).toMatchObject({
      reward: "cms-to-b24",
      discountPercent: 20,
      clauses: ["4.1.1", "4.1.2"],
    });
    // Upgrades without a given source date use the day before 24.07.2025.
    const upgrade = rows.find(
      (r) => r.request.product.line === "box" && "from" in r.request.product,
    );
    expect(upgrade?.request.product).toMatchObject({
      sourcePurchasedAt: DEFAULT_SOURCE_PURCHASED_AT,
    });
  });

  it("monthly payer → 4.1.5 on Стандартный and above for 12 months, not on Базовый", () => {
    const rows = rowsOf("monthly payer");
    const cloudEligible = eligibleIds(rows).filter((id) => id?.startsWith("cloud/"));
    expect(cloudEligible).toHaveLength(14);
    expect(cloudEligible.every((id) => id?.endsWith("/12") && !id.includes("basic"))).toBe(true);
    const renewal = rows.find((r) => r.result.priceSource.itemId === "cloud/standard/12");
    expect(renewal?.result).toMatchObject({
      reward: "cloud-monthly",
      clauses: ["4.1.5", "5.8"],
      discountPercent: 35,
    });
    const basic = rows.find((r) => r.result.priceSource.itemId === "cloud/basic/12");
    expect(basic?.result.reasons.map((r) => r.code)).toContain("plan_not_covered");
  });

  it("annual payer on Профессиональный → 4.1.4 only for Энтерпрайз (a strict upgrade)", () => {
    const rows = rowsOf("annual payer on Профессиональный");
    const cloudEligible = eligibleIds(rows).filter((id) => id?.startsWith("cloud/"));
    expect(cloudEligible).toHaveLength(12);
    expect(cloudEligible.every((id) => id?.startsWith("cloud/enterprise-"))).toBe(true);
    const same = rows.find((r) => r.result.priceSource.itemId === "cloud/professional/12");
    expect(same?.result.reasons.map((r) => r.code)).toEqual(["renewal_excluded"]);
  });

  it.each([
    ["non-resident", "not_resident"],
    ["personal use, other promotion, late upgrade source", "personal_use"],
    ["after the promotion", "outside_period"],
    ["franchisee", "franchisee"],
  ] as const)("%s → nothing eligible, every row says %s", (profile, code) => {
    const rows = rowsOf(profile);
    expect(rows.filter((r) => r.result.eligible)).toEqual([]);
    for (const row of rows) {
      expect(row.result.discountPercent).toBe(0);
      expect(row.result.promoPrice).toBe(row.result.listPrice);
      expect(row.result.reasons.map((r) => r.code)).toContain(code);
    }
  });

  it("late upgrade source → upgrades also blocked by source_too_recent", () => {
    const rows = rowsOf("personal use, other promotion, late upgrade source");
    const upgrade = rows.find((r) => r.result.priceSource.itemId === "cms-upgrade/start>standard");
    expect(upgrade?.result.reasons.map((r) => r.code)).toEqual([
      "personal_use",
      "source_too_recent",
      "other_promotion",
    ]);
  });
});
