// The request schema of the API contract: what is accepted, what is refused, and that the
// issues name every offending field (contract, «Errors»: 422 invalid_input).
import { describe, expect, it } from "vitest";
import { quoteRequestSchema } from "@/rules";
import { body, type Body } from "./spec-helpers";

const cms: Body = { line: "cms", operation: "purchase", edition: "start" };
const cloud: Body = { line: "cloud", plan: "enterprise", users: 500, months: 12 };
const box: Body = { line: "box", operation: "purchase", edition: "corporate_portal", users: 100 };
const boxUpgrade: Body = {
  line: "box",
  operation: "upgrade",
  edition: "corporate_portal",
  users: 250,
  from: { edition: "shop_crm" },
  sourcePurchasedAt: "2025-03-01",
};
const customer = body(cms).customer as Body;

const paths = (raw: unknown): string[] => {
  const parsed = quoteRequestSchema.safeParse(raw);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
};

describe("valid requests of the contract are accepted", () => {
  it.each([
    { label: "contract example date-time with offset", expected: "valid", raw: body(cms) },
    { label: "paidAt date only", expected: "valid", raw: body(cms, { paidAt: "2025-08-16" }) },
    {
      label: "orderedAt without offset",
      expected: "valid",
      raw: body(cms, { orderedAt: "2025-08-15T10:30:00" }),
    },
    {
      label: "orderedAt in UTC",
      expected: "valid",
      raw: body(cms, { orderedAt: "2025-08-15T05:30:00Z" }),
    },
    {
      label: "every optional customer field",
      expected: "valid",
      raw: body(cms, { customer: { ...customer, adult: true, otherPromotion: false } }),
    },
    {
      label: "sole proprietor",
      expected: "valid",
      raw: body(cms, { customer: { ...customer, kind: "sole_proprietor" } }),
    },
    {
      label: "individual without adult",
      expected: "valid",
      raw: body(cms, { customer: { ...customer, kind: "individual" } }),
    },
    {
      label: "cloud Энтерпрайз with Copilot and both prices",
      expected: "valid",
      raw: body({ ...cloud, copilotBoost: true, copilotBoostListPrice: 0, listPrice: 1 }),
    },
    {
      label: "cloud Энтерпрайз without users (default 250)",
      expected: "valid",
      raw: body({ line: "cloud", plan: "enterprise", months: 1 }),
    },
    ...[250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000].map((users) => ({
      label: `cloud Энтерпрайз ${users}`,
      expected: "valid",
      raw: body({ ...cloud, users }),
    })),
    ...[50, 100, 250, 500].map((users) => ({
      label: `box Корпоративный портал ${users}`,
      expected: "valid",
      raw: body({ ...box, users }),
    })),
    ...[1000, 2000, 3000, 5000].map((users) => ({
      label: `box Энтерпрайз ${users}`,
      expected: "valid",
      raw: body({ ...box, edition: "enterprise", users }),
    })),
    {
      label: "box SIP connector",
      expected: "valid",
      raw: body({ line: "box", operation: "purchase", edition: "sip_connector" }),
    },
    { label: "box upgrade", expected: "valid", raw: body(boxUpgrade) },
    {
      label: "CMS Бизнес → box without edition",
      expected: "valid",
      raw: body({
        line: "cms",
        operation: "to_bitrix24",
        from: "business",
        sourcePurchasedAt: "2025-03-01",
      }),
    },
    { label: "franchisee flag", expected: "valid", raw: body({ ...cms, franchisee: false }) },
    {
      label: "largest list price",
      expected: "valid",
      raw: body({ ...cms, listPrice: 1_000_000_000_000 }),
    },
    {
      label: "history with every field",
      expected: "valid",
      raw: body(cloud, {
        history: {
          paidBefore: true,
          currentPlan: "enterprise",
          currentUsers: 1000,
          paidLicenseEndedAt: "2025-05-31",
          monthlyIn2025: false,
          annualIn2025: true,
        },
      }),
    },
  ])("$label → $expected", ({ raw }) => {
    expect(paths(raw)).toEqual([]);
  });
});

describe("invalid requests are refused, naming the field", () => {
  it.each([
    { label: "listPrice 0", expected: "product.listPrice", raw: body({ ...cms, listPrice: 0 }) },
    {
      label: "listPrice negative",
      expected: "product.listPrice",
      raw: body({ ...cms, listPrice: -5 }),
    },
    {
      label: "listPrice with tiyn",
      expected: "product.listPrice",
      raw: body({ ...cms, listPrice: 1000.5 }),
    },
    {
      label: "listPrice as a string",
      expected: "product.listPrice",
      raw: body({ ...cms, listPrice: "1000" }),
    },
    {
      label: "copilotBoostListPrice negative",
      expected: "product.copilotBoostListPrice",
      raw: body({ ...cloud, copilotBoostListPrice: -1 }),
    },
    { label: "cloud months 6", expected: "product.months", raw: body({ ...cloud, months: 6 }) },
    {
      label: "cloud months as a string",
      expected: "product.months",
      raw: body({ ...cloud, months: "12" }),
    },
    {
      label: "cloud Энтерпрайз 300 users",
      expected: "product.users",
      raw: body({ ...cloud, users: 300 }),
    },
    {
      label: "unknown cloud plan",
      expected: "product.plan",
      raw: body({ ...cloud, plan: "gold" }),
    },
    {
      label: "free is not a plan to buy",
      expected: "product.plan",
      raw: body({ ...cloud, plan: "free" }),
    },
    {
      label: "box Корпоративный портал 1000 users",
      expected: "product.users",
      raw: body({ ...box, users: 1000 }),
    },
    {
      label: "box Энтерпрайз 50 users",
      expected: "product.users",
      raw: body({ ...box, edition: "enterprise", users: 50 }),
    },
    {
      label: "box Энтерпрайз 4000 users",
      expected: "product.users",
      raw: body({ ...box, edition: "enterprise", users: 4000 }),
    },
    {
      label: "box upgrade without from",
      expected: "product.from",
      raw: body({ ...boxUpgrade, from: undefined }),
    },
    {
      label: "box upgrade without sourcePurchasedAt",
      expected: "product.sourcePurchasedAt",
      raw: body({ ...boxUpgrade, sourcePurchasedAt: undefined }),
    },
    {
      label: "box upgrade from SIP connector",
      expected: "product.from.edition",
      raw: body({ ...boxUpgrade, from: { edition: "sip_connector" } }),
    },
    {
      label: "box unknown operation",
      expected: "product.operation",
      raw: body({ ...box, operation: "downgrade" }),
    },
    {
      label: "CMS purchase without edition",
      expected: "product.edition",
      raw: body({ line: "cms", operation: "purchase" }),
    },
    {
      label: "CMS upgrade without from",
      expected: "product.from",
      raw: body({
        line: "cms",
        operation: "upgrade",
        edition: "business",
        sourcePurchasedAt: "2025-03-01",
      }),
    },
    {
      label: "CMS upgrade without sourcePurchasedAt",
      expected: "product.sourcePurchasedAt",
      raw: body({ line: "cms", operation: "upgrade", edition: "business", from: "start" }),
    },
    {
      label: "CMS → box without from",
      expected: "product.from",
      raw: body({ line: "cms", operation: "to_bitrix24", sourcePurchasedAt: "2025-03-01" }),
    },
    {
      label: "CMS unknown edition",
      expected: "product.edition",
      raw: body({ ...cms, edition: "premium" }),
    },
    { label: "unknown product line", expected: "product.line", raw: body({ line: "desktop" }) },
    { label: "product missing", expected: "product", raw: { orderedAt: "2025-08-15", customer } },
    {
      label: "customer missing",
      expected: "customer",
      raw: { orderedAt: "2025-08-15", product: cms },
    },
    {
      label: "customer kind company",
      expected: "customer.kind",
      raw: body(cms, { customer: { ...customer, kind: "company" } }),
    },
    {
      label: "customer resident as a string",
      expected: "customer.resident",
      raw: body(cms, { customer: { ...customer, resident: "yes" } }),
    },
    {
      label: "customer purpose leisure",
      expected: "customer.purpose",
      raw: body(cms, { customer: { ...customer, purpose: "leisure" } }),
    },
    {
      label: "customer adult as a number",
      expected: "customer.adult",
      raw: body(cms, { customer: { ...customer, adult: 1 } }),
    },
    {
      label: "history currentUsers 300",
      expected: "history.currentUsers",
      raw: body(cloud, {
        history: { paidBefore: true, currentPlan: "enterprise", currentUsers: 300 },
      }),
    },
  ])("$label → 422 $expected", ({ raw, expected }) => {
    expect(paths(raw)).toContain(expected);
  });

  it.each([null, [], "text", 42, true])("body %j → refused", (raw) => {
    expect(quoteRequestSchema.safeParse(raw).success).toBe(false);
  });

  it("several bad fields → every one is named", () => {
    const raw = body(
      { ...cloud, months: 6, plan: "gold" },
      { orderedAt: "2025-02-30", customer: { ...customer, kind: "company", resident: "yes" } },
    );
    expect(paths(raw)).toEqual(
      expect.arrayContaining([
        "orderedAt",
        "customer.kind",
        "customer.resident",
        "product.months",
        "product.plan",
      ]),
    );
  });

  it("issue messages are Russian → Cyrillic text", () => {
    const parsed = quoteRequestSchema.safeParse(body({ ...cloud, months: 6 }, { orderedAt: "x" }));
    expect(parsed.success).toBe(false);
    for (const issue of parsed.error!.issues) expect(issue.message).toMatch(/[А-Яа-яЁё]/);
  });
});
