// overviewFor: one quote per catalog product for one client; each row must be exactly the
// quote of its own request and agree with the documents' model.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overviewFor, overviewRequestSchema, quote, quoteRequestSchema } from "@/rules";
import { expectMatchesModel } from "./spec-assert";
import { formArb, specArb, toBody } from "./spec-arbitraries";
import { IN_PERIOD, OK_CUSTOMER, type Body } from "./spec-helpers";
import { examplePriceList } from "../catalog/example-price-list";

function offers(raw: Body) {
  const parsed = overviewRequestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return overviewFor(parsed.data, { catalog: examplePriceList });
}

const client = (extra: Body = {}): Body => ({
  orderedAt: IN_PERIOD,
  customer: OK_CUSTOMER,
  history: { paidBefore: false, currentPlan: "none" },
  ...extra,
});

const ALL_BUT_CLOUD_UPGRADES = [
  "box-new",
  "box-upgrade",
  "cloud-new",
  "cms-new",
  "cms-to-b24",
  "cms-upgrade",
];

describe("overviewFor, client by client", () => {
  it.each([
    {
      label: "new client in the period",
      expected: "every non-cloud-upgrade reward",
      raw: client(),
      rewards: ALL_BUT_CLOUD_UPGRADES,
      everyRow: null,
    },
    {
      label: "5.7 client on Стандартный",
      expected: "cloud-upgrade and box/CMS rewards",
      raw: client({
        history: {
          paidBefore: true,
          currentPlan: "standard",
          monthlyIn2025: false,
          annualIn2025: false,
        },
      }),
      rewards: ["box-new", "box-upgrade", "cloud-upgrade", "cms-new", "cms-to-b24", "cms-upgrade"],
      everyRow: null,
    },
    {
      label: "5.8 client on Энтерпрайз 500",
      expected: "cloud-monthly and box/CMS rewards",
      raw: client({
        history: {
          paidBefore: true,
          currentPlan: "enterprise",
          currentUsers: 500,
          monthlyIn2025: true,
        },
      }),
      rewards: ["box-new", "box-upgrade", "cloud-monthly", "cms-new", "cms-to-b24", "cms-upgrade"],
      everyRow: null,
    },
    {
      label: "free since May 2025",
      expected: "every non-cloud-upgrade reward",
      raw: client({
        history: {
          paidBefore: true,
          currentPlan: "free",
          paidLicenseEndedAt: "2025-05-31",
          monthlyIn2025: true,
        },
      }),
      rewards: ALL_BUT_CLOUD_UPGRADES,
      everyRow: null,
    },
    {
      label: "non-resident",
      expected: "nothing, not_resident on every row",
      raw: client({ customer: { ...OK_CUSTOMER, resident: false } }),
      rewards: [],
      everyRow: "not_resident",
    },
    {
      label: "ordered in September",
      expected: "nothing, outside_period on every row",
      raw: client({ orderedAt: "2025-09-01" }),
      rewards: [],
      everyRow: "outside_period",
    },
    {
      label: "paid in September",
      expected: "nothing, outside_period on every row",
      raw: client({ paidAt: "2025-09-01T00:00:00+05:00" }),
      rewards: [],
      everyRow: "outside_period",
    },
    {
      label: "Франчайзи",
      expected: "nothing, franchisee on every row",
      raw: client({ franchisee: true }),
      rewards: [],
      everyRow: "franchisee",
    },
    {
      label: "another promotion",
      expected: "nothing, other_promotion on every row",
      raw: client({ customer: { ...OK_CUSTOMER, otherPromotion: true } }),
      rewards: [],
      everyRow: "other_promotion",
    },
    {
      label: "licenses to upgrade bought 24.07.2025",
      expected: "no upgrade rewards",
      raw: client({ sourcePurchasedAt: "2025-07-24" }),
      rewards: ["box-new", "cloud-new", "cms-new"],
      everyRow: null,
    },
  ])("$label → $expected", ({ raw, rewards, everyRow }) => {
    const rows = offers(raw);
    expect(new Set(rows.map((r) => r.request.product.line))).toEqual(
      new Set(["cloud", "box", "cms"]),
    );
    const products = rows.map((r) => JSON.stringify(r.request.product));
    expect(new Set(products).size).toBe(products.length);
    for (const { request, result } of rows) {
      expect(quoteRequestSchema.safeParse(request).success).toBe(true);
      expect(result).toEqual(quote(request, { catalog: examplePriceList }));
      expectMatchesModel(request as unknown as Body, result);
      if (everyRow) expect(result.reasons.map((x) => x.code)).toContain(everyRow);
    }
    const granted = new Set(rows.filter((r) => r.result.eligible).map((r) => r.result.reward));
    expect([...granted].sort()).toEqual([...rewards].sort());
  });

  it("random clients → every row agrees with the model", () => {
    fc.assert(
      fc.property(specArb, formArb, fc.boolean(), (spec, form, franchisee) => {
        const raw = toBody(spec, form);
        // The history (with its end date rendered) of cloud specs; a new client otherwise.
        const history = raw.history ?? { paidBefore: false, currentPlan: "none" };
        const rows = offers({
          orderedAt: raw.orderedAt,
          ...(raw.paidAt === undefined ? {} : { paidAt: raw.paidAt }),
          customer: raw.customer,
          history,
          ...(franchisee ? { franchisee } : {}),
        });
        for (const { request, result } of rows) {
          expectMatchesModel(request as unknown as Body, result);
        }
      }),
      { numRuns: 60 },
    );
  });
});
