import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { codedIssue } from "./issue-codes";
import { overviewRequestSchema } from "./overview-request";
import { proposalRequestSchema } from "./proposal-request";
import { quoteRequestSchema } from "./quote-request";

const customer = { kind: "legal_entity", resident: true, purpose: "business" };
const cloud = { line: "cloud", plan: "standard", months: 12 };
const history = { paidBefore: false, currentPlan: "none" };
const quote = { orderedAt: "2025-08-15", customer, product: cloud, history };
const cms = { line: "cms", operation: "purchase", edition: "start" };
const proposal = {
  seller: { company: "ТОО «П»" },
  client: { name: "ТОО «К»" },
  orderedAt: "2025-08-15",
  customer,
  lines: [{ product: cms, quantity: 1 }],
};

/** The coded issues of a value: [code, dotted path, rule] each. */
function codes(schema: z.ZodMiniType, value: unknown) {
  const parsed = z.safeParse(schema, value, { reportInput: true });
  if (parsed.success) return [];
  return parsed.error.issues.map(codedIssue).map((i) => [i.code, i.path.join("."), i.params.rule]);
}

describe("issue codes (api-contract.md, «Issue codes»)", () => {
  it.each([
    ["a missing field", { ...quote, orderedAt: undefined }, ["required", "orderedAt"]],
    ["an empty date", { ...quote, orderedAt: "" }, ["required", "orderedAt"]],
    ["a non-date string", { ...quote, orderedAt: "вчера" }, ["invalid_date", "orderedAt"]],
    [
      "a date over 40 characters",
      { ...quote, orderedAt: "2".repeat(41) },
      ["too_long", "orderedAt"],
    ],
    ["a number for a date", { ...quote, orderedAt: 20250815 }, ["invalid_type", "orderedAt"]],
    [
      "a string for a boolean",
      { ...quote, customer: { ...customer, resident: "да" } },
      ["invalid_type", "customer.resident"],
    ],
    [
      "an unknown kind",
      { ...quote, customer: { ...customer, kind: "state" } },
      ["invalid_value", "customer.kind"],
    ],
    [
      "an empty kind",
      { ...quote, customer: { ...customer, kind: "" } },
      ["required", "customer.kind"],
    ],
    [
      "a tier not offered",
      { ...quote, product: { ...cloud, months: 3 } },
      ["invalid_value", "product.months"],
    ],
    ["no product line", { ...quote, product: { plan: "standard" } }, ["required", "product.line"]],
    ["an unknown line", { ...quote, product: { line: "erp" } }, ["invalid_value", "product.line"]],
    [
      "a price of 0",
      { ...quote, product: { ...cloud, listPrice: 0 } },
      ["too_small", "product.listPrice"],
    ],
    [
      "a price of 1.5",
      { ...quote, product: { ...cloud, listPrice: 1.5 } },
      ["invalid_type", "product.listPrice"],
    ],
    [
      "a price over the cap",
      { ...quote, product: { ...cloud, listPrice: 1e15 } },
      ["too_big", "product.listPrice"],
    ],
    ["cloud without history", { ...quote, history: undefined }, ["required", "history"]],
    [
      "never paid, yet on a paid plan",
      { ...quote, history: { paidBefore: false, currentPlan: "standard" } },
      ["inconsistent", "history.currentPlan", "never_paid_plan"],
    ],
    [
      "an upgrade without a source date",
      {
        ...quote,
        product: { line: "cms", operation: "upgrade", edition: "business", from: "start" },
      },
      ["required", "product.sourcePurchasedAt"],
    ],
    [
      "a box tier the edition lacks",
      {
        ...quote,
        product: { line: "box", operation: "purchase", edition: "corporate_portal", users: 1000 },
      },
      ["inconsistent", "product.users", "users_for_edition"],
    ],
  ] as const)("quote: %s → %j", (_label, value, expected) => {
    expect(codes(quoteRequestSchema, value)).toContainEqual(
      expected.length === 2 ? [...expected, undefined] : expected,
    );
  });

  it.each([
    [
      "an empty company",
      { ...proposal, seller: { company: "  " } },
      ["required", "seller.company"],
    ],
    [
      "a BIN of letters",
      { ...proposal, client: { name: "К", bin: "abc" } },
      ["invalid_bin", "client.bin"],
    ],
    [
      "a wrong check digit",
      { ...proposal, client: { name: "К", bin: "123456789012" } },
      ["invalid_bin", "client.bin"],
    ],
    [
      "a text over 200",
      { ...proposal, client: { name: "К".repeat(201) } },
      ["too_long", "client.name"],
    ],
    ["a line break", { ...proposal, client: { name: "К\nК" } }, ["invalid_value", "client.name"]],
    ["no lines", { ...proposal, lines: [] }, ["too_small", "lines"]],
    [
      "31 lines",
      { ...proposal, lines: Array.from({ length: 31 }, () => proposal.lines[0]) },
      ["too_big", "lines"],
    ],
    [
      "quantity 0",
      { ...proposal, lines: [{ product: cms, quantity: 0 }] },
      ["too_small", "lines.0.quantity"],
    ],
    [
      "quantity 101",
      { ...proposal, lines: [{ product: cms, quantity: 101 }] },
      ["too_big", "lines.0.quantity"],
    ],
  ] as const)("proposal: %s → %j", (_label, value, expected) => {
    expect(codes(proposalRequestSchema, value)).toContainEqual([...expected, undefined]);
  });

  it("overview: a licence that ended after the order → inconsistent, ended_after_order", () => {
    const value = {
      orderedAt: "2025-08-15",
      customer,
      history: { paidBefore: true, currentPlan: "free", paidLicenseEndedAt: "2025-08-20" },
    };
    expect(codes(overviewRequestSchema, value)).toEqual([
      ["inconsistent", "history.paidLicenseEndedAt", "ended_after_order"],
    ]);
  });

  it("valid requests → no issues", () => {
    expect(codes(quoteRequestSchema, quote)).toEqual([]);
    expect(codes(proposalRequestSchema, proposal)).toEqual([]);
  });
});
