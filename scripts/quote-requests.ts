// Deterministic POST /api/quote bodies for the benchmark (scripts/bench-rules.ts,
// scripts/bench.mjs) and the load test (e2e/load.spec.ts). Plain data built from the contract's
// vocabulary, so the same seed gives the same bodies on every machine.
import {
  BOX_EDITIONS,
  BOX_SOURCE_EDITIONS,
  boxUsersTiers,
  CLOUD_CURRENT_PLANS,
  CLOUD_ENTERPRISE_USERS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  CMS_OPERATIONS,
  CUSTOMER_KINDS,
} from "../rules/vocabulary/vocabulary";

type Json = { [key: string]: unknown };

/** A few valid bodies, all three lines, eligible and not: what the load test rotates through. */
export const SAMPLE_QUOTE_BODIES: readonly Json[] = [
  {
    orderedAt: "2025-08-15T10:30:00+05:00",
    customer: { kind: "legal_entity", resident: true, purpose: "business" },
    product: { line: "cloud", plan: "enterprise", users: 500, months: 12, copilotBoost: true },
    history: { paidBefore: false, currentPlan: "free" },
  },
  {
    orderedAt: "2025-08-01",
    paidAt: "2025-08-02",
    customer: { kind: "sole_proprietor", resident: true, purpose: "business" },
    product: { line: "cloud", plan: "standard", months: 1 },
    history: { paidBefore: true, currentPlan: "basic", monthlyIn2025: true },
  },
  {
    orderedAt: "2025-07-30T09:00:00",
    customer: { kind: "legal_entity", resident: true, purpose: "business" },
    product: {
      line: "box",
      operation: "upgrade",
      edition: "corporate_portal",
      users: 100,
      from: { edition: "shop_crm" },
      sourcePurchasedAt: "2025-03-01",
    },
  },
  {
    orderedAt: "2025-08-20",
    customer: { kind: "individual", resident: true, adult: true, purpose: "business" },
    product: { line: "box", operation: "renewal", edition: "enterprise", users: 1000 },
  },
  {
    orderedAt: "2025-08-10T12:00:00Z",
    customer: { kind: "legal_entity", resident: true, purpose: "business" },
    product: { line: "cms", operation: "purchase", edition: "business", listPrice: 250000 },
  },
  {
    orderedAt: "2025-09-02",
    customer: { kind: "legal_entity", resident: false, purpose: "personal", otherPromotion: true },
    product: {
      line: "cms",
      operation: "to_bitrix24",
      from: "business",
      sourcePurchasedAt: "2025-07-25",
    },
  },
];

/** mulberry32: a tiny seeded PRNG, enough for reproducible test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Dates inside the promo window in the contract's forms, plus a few just outside it.
const ORDER_DATES = [
  "2025-07-28",
  "2025-07-28T00:00:00+05:00",
  "2025-08-05T14:20:00",
  "2025-08-15T10:30:00+05:00",
  "2025-08-20T03:00:00Z",
  "2025-08-31T23:59:59",
  "2025-08-31T18:59:59Z",
  "2025-07-27T23:59:59+05:00",
  "2025-09-01",
];
const SOURCE_DATES = [
  "2024-11-10",
  "2025-03-01",
  "2025-07-23T23:59:59",
  "2025-07-24",
  "2025-07-26",
];
const ENDED_DATES = ["2025-01-31", "2025-06-29T23:59:59", "2025-06-30", "2025-07-15"];

/**
 * `count` valid quote request bodies, mixed over the three product lines, operations, tiers,
 * client kinds and cloud histories, eligible and not; the same for the same seed.
 */
export function generateQuoteRequests(count: number, seed = 20250728): Json[] {
  const rnd = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const chance = (p: number) => rnd() < p;
  const out: Json[] = [];

  const cloud = (): [Json, Json] => {
    const plan = pick(CLOUD_PLANS);
    const product: Json = { line: "cloud", plan, months: chance(0.8) ? 12 : 1 };
    if (plan === "enterprise" && chance(0.7)) product.users = pick(CLOUD_ENTERPRISE_USERS);
    if (plan === "enterprise" && chance(0.5)) product.copilotBoost = true;
    const paidBefore = chance(0.6);
    const history: Json = {
      paidBefore,
      currentPlan: paidBefore ? pick(CLOUD_CURRENT_PLANS) : pick(["none", "free"]),
    };
    if (paidBefore) {
      if (history.currentPlan === "enterprise") history.currentUsers = pick(CLOUD_ENTERPRISE_USERS);
      if (history.currentPlan === "free" && chance(0.7))
        history.paidLicenseEndedAt = pick(ENDED_DATES);
      if (chance(0.5)) history.monthlyIn2025 = chance(0.7);
      if (chance(0.4)) history.annualIn2025 = chance(0.5);
    }
    return [product, history];
  };

  const box = (): Json => {
    const operation = pick(["purchase", "purchase", "upgrade", "upgrade", "renewal"] as const);
    const edition = pick(BOX_EDITIONS);
    const product: Json = { line: "box", operation, edition };
    const tiers = boxUsersTiers(edition);
    if (tiers.length > 0 && chance(0.7)) product.users = pick(tiers);
    if (operation === "upgrade") {
      const from = pick(BOX_SOURCE_EDITIONS);
      const fromTiers = boxUsersTiers(from);
      product.from =
        fromTiers.length > 0 && chance(0.6)
          ? { edition: from, users: pick(fromTiers) }
          : { edition: from };
      product.sourcePurchasedAt = pick(SOURCE_DATES);
    }
    return product;
  };

  const cms = (): Json => {
    const operation = pick(CMS_OPERATIONS);
    const product: Json = { line: "cms", operation };
    if (operation !== "to_bitrix24") product.edition = pick(CMS_EDITIONS);
    if (operation === "upgrade" || operation === "to_bitrix24") {
      product.from = operation === "to_bitrix24" && chance(0.6) ? "business" : pick(CMS_EDITIONS);
      product.sourcePurchasedAt = pick(SOURCE_DATES);
    }
    return product;
  };

  for (let i = 0; i < count; i++) {
    const kind = pick(CUSTOMER_KINDS);
    const customer: Json = {
      kind,
      resident: chance(0.92),
      purpose: chance(0.9) ? "business" : "personal",
    };
    if (kind === "individual" && chance(0.5)) customer.adult = chance(0.9);
    if (chance(0.1)) customer.otherPromotion = true;
    const body: Json = { orderedAt: pick(ORDER_DATES), customer };
    if (chance(0.3)) body.paidAt = pick(ORDER_DATES);
    const line = i % 3;
    if (line === 0) {
      const [product, history] = cloud();
      body.product = product;
      body.history = history;
    } else {
      body.product = line === 1 ? box() : cms();
    }
    const product = body.product as Json;
    if (chance(0.15)) product.listPrice = 10_000 + Math.floor(rnd() * 5_000_000);
    if (chance(0.03)) product.franchisee = true;
    out.push(body);
  }
  return out;
}
