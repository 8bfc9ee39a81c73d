import { describe, expect, it } from "vitest";
import { overviewRequestSchema } from "./overview-request";
import { quoteRequestSchema } from "./quote-request";

const base = {
  orderedAt: "2025-08-15",
  customer: { kind: "legal_entity", resident: true, purpose: "business" },
};
const paths = (schema: typeof quoteRequestSchema | typeof overviewRequestSchema, body: unknown) => {
  const parsed = schema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
};

describe("one answer names every offending field", () => {
  it.each([
    {
      label: "bad term and contradictory history",
      body: {
        ...base,
        product: { line: "cloud", plan: "standard", months: 3 },
        history: { paidBefore: false, currentPlan: "basic" },
      },
      expected: ["product.months", "history.currentPlan"],
    },
    {
      label: "bad term and missing history",
      body: { ...base, product: { line: "cloud", plan: "standard", months: 3 } },
      expected: ["product.months", "history"],
    },
    {
      label: "never paid, yet every trace of a paid license",
      body: {
        ...base,
        product: { line: "cloud", plan: "standard", months: 12 },
        history: {
          paidBefore: false,
          currentPlan: "professional",
          paidLicenseEndedAt: "2025-05-01",
          monthlyIn2025: true,
          annualIn2025: true,
        },
      },
      expected: [
        "history.currentPlan",
        "history.paidLicenseEndedAt",
        "history.monthlyIn2025",
        "history.annualIn2025",
      ],
    },
    {
      label: "contradictory history is ignored for box",
      body: {
        ...base,
        product: { line: "box", operation: "purchase", edition: "shop_crm" },
        history: { paidBefore: false, currentPlan: "basic" },
      },
      expected: [],
    },
  ])("$label → $expected", ({ body, expected }) => {
    expect(paths(quoteRequestSchema, body)).toEqual(expected);
  });

  it("offers refuse a contradictory history with the same paths as quotes", () => {
    const body = {
      ...base,
      history: { paidBefore: false, currentPlan: "basic", monthlyIn2025: true },
    };
    expect(paths(overviewRequestSchema, body)).toEqual([
      "history.currentPlan",
      "history.monthlyIn2025",
    ]);
  });
});
