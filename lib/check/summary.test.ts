import { describe, expect, it } from "vitest";
import type { CheckRow } from "./price-row";
import { emptyFacts, filterIndexes, packFacts, putFacts, summarize } from "./summary";

const row = (
  index: number,
  status: CheckRow["status"],
  codes: CheckRow["reasons"][number]["code"][] = [],
  prices: [number, number] | null = [100, 65],
): CheckRow => ({
  index,
  line: index + 2,
  status,
  product: "",
  listPrice: prices?.[0] ?? null,
  discountPercent: null,
  promoPrice: prices?.[1] ?? null,
  total: prices?.[1] ?? null,
  clauses: [],
  reasons: codes.map((code) => ({ code, clauses: [], text: "" })),
  errors: [],
  request: null,
  shown: [],
});

describe("row facts", () => {
  // Rows 0–1 arrived from one worker, 3–4 from another; row 2 is still being priced.
  const facts = emptyFacts(5);
  putFacts(
    facts,
    0,
    packFacts([
      row(0, "eligible"),
      row(1, "not_eligible", ["outside_period", "franchisee"], [200, 200]),
    ]),
  );
  putFacts(
    facts,
    3,
    packFacts([row(3, "invalid", [], null), row(4, "not_eligible", ["franchisee"], [50, 50])]),
  );

  it("summarize → counts and sums of the rows priced so far", () => {
    expect(summarize(facts)).toEqual({
      total: 4,
      eligible: 1,
      notEligible: 2,
      invalid: 1,
      listPrice: 350,
      promoTotal: 315,
      reasons: new Map([
        ["outside_period", 1],
        ["franchisee", 2],
      ]),
    });
  });

  it.each([
    [{ status: "all", reason: "all" }, [0, 1, 3, 4]],
    [{ status: "eligible", reason: "all" }, [0]],
    [{ status: "not_eligible", reason: "all" }, [1, 4]],
    [{ status: "invalid", reason: "all" }, [3]],
    [{ status: "all", reason: "franchisee" }, [1, 4]],
    [{ status: "all", reason: "outside_period" }, [1]],
    [{ status: "eligible", reason: "franchisee" }, []],
  ] as const)("filter %j → rows %j", (filter, indexes) => {
    expect(filterIndexes(facts, filter)).toEqual(indexes);
  });
});
