import { describe, expect, it } from "vitest";
import { buildProposal, hasListPrice, proposalRequestSchema, quote } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { PROPOSAL_EXAMPLE } from "@/test-support/api-test-helpers";
import { proposalViewLine } from "./proposal-view";

const OPTIONS = { catalog: examplePriceList };
const DOWNGRADE = {
  line: "cms",
  operation: "upgrade",
  edition: "start",
  from: "business",
  sourcePurchasedAt: "2025-02-10",
} as const;

describe("a move that cannot be priced (not an upgrade)", () => {
  const request = {
    orderedAt: "2025-08-15",
    customer: { kind: "legal_entity", resident: true, purpose: "business" },
  } as const;

  it("hasListPrice: false without a list item or a typed price; true with either", () => {
    expect(hasListPrice(quote({ ...request, product: DOWNGRADE }, OPTIONS))).toBe(false);
    const typed = { ...DOWNGRADE, listPrice: 10_000 };
    expect(hasListPrice(quote({ ...request, product: typed }, OPTIONS))).toBe(true);
    const start = { line: "cms", operation: "purchase", edition: "start" } as const;
    expect(hasListPrice(quote({ ...request, product: start }, OPTIONS))).toBe(true);
  });

  it("an proposal line → «—» for every price, never «0 ₸»", () => {
    const proposal = buildProposal(
      proposalRequestSchema.parse({
        ...PROPOSAL_EXAMPLE,
        lines: [{ product: DOWNGRADE, quantity: 2 }],
      }),
      OPTIONS,
    );
    const line = proposalViewLine(proposal.lines[0]!, 0);
    expect([line.unitList, line.unitPrice, line.lineTotal]).toEqual(["—", "—", "—"]);
    expect(line.decision).toMatch(/^Скидка по акции не применяется/);
  });
});
