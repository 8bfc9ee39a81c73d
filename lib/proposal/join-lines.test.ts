import { describe, expect, it } from "vitest";
import type { QuoteRequest } from "@/rules";
import { defaultFacts, factsFromQuoteRequest } from "./proposal-url";
import {
  ALT_KEY,
  altFacts,
  answerChoices,
  differentFacts,
  factDifferences,
  factValueText,
  joinLines,
} from "./join-lines";

const DEFAULTS = defaultFacts("2025-08-15");
const REQUEST: QuoteRequest = {
  orderedAt: "2025-08-10",
  customer: { kind: "sole_proprietor", resident: true, purpose: "business" },
  product: { line: "cms", operation: "purchase", edition: "start" },
};
const FACTS = factsFromQuoteRequest(REQUEST, DEFAULTS);

describe("joinLines", () => {
  const first = new URLSearchParams(joinLines("", [REQUEST.product], FACTS, DEFAULTS));

  it("an empty offer takes the line's answers, no choice to make", () => {
    expect(first.get("kind")).toBe("sole_proprietor");
    expect(first.get("orderedAt")).toBe("2025-08-10");
    expect(first.getAll("l")).toHaveLength(1);
    expect(first.has(ALT_KEY)).toBe(false);
  });

  it("the same answers → the line joins, no choice to make", () => {
    const second = new URLSearchParams(
      joinLines(first.toString(), [REQUEST.product, REQUEST.product], FACTS, DEFAULTS),
    );
    expect(second.getAll("l")).toHaveLength(3);
    expect(second.has(ALT_KEY)).toBe(false);
  });

  it("other answers → the offer keeps its own and carries the line's in `alt`", () => {
    const other = factsFromQuoteRequest(
      {
        ...REQUEST,
        orderedAt: "2025-08-20",
        customer: { ...REQUEST.customer, kind: "legal_entity" },
      },
      DEFAULTS,
    );
    const second = new URLSearchParams(
      joinLines(first.toString(), [REQUEST.product], other, DEFAULTS),
    );
    expect(second.get("orderedAt")).toBe("2025-08-10");
    expect(second.get("kind")).toBe("sole_proprietor");
    expect(second.getAll("l")).toHaveLength(2);
    const alt = altFacts(second.get(ALT_KEY) ?? "", DEFAULTS);
    expect(alt.orderedAt).toBe("2025-08-20");
    expect(alt.kind).toBe("legal_entity");
    expect(factDifferences(FACTS, alt)).toEqual([
      { label: "Кто покупает", offer: "ИП", line: "Юридическое лицо" },
      { label: "Дата заказа", offer: "10.08.2025", line: "20.08.2025" },
    ]);

    const { keep, take } = answerChoices(second, alt);
    expect(new URLSearchParams(keep).has(ALT_KEY)).toBe(false);
    expect(new URLSearchParams(keep).get("kind")).toBe("sole_proprietor");
    const taken = new URLSearchParams(take);
    expect(taken.has(ALT_KEY)).toBe(false);
    expect(taken.get("kind")).toBe("legal_entity");
    expect(taken.get("orderedAt")).toBe("2025-08-20");
    expect(taken.getAll("l")).toHaveLength(2);
  });
});

describe("differentFacts", () => {
  it.each([
    ["same", {}, []],
    ["unticked and «false» are the same answer", { paidBefore: "false" }, []],
    ["the same moment written two ways", { orderedAt: "2025-08-10T00:00:00+05:00" }, []],
    ["another day", { orderedAt: "2025-08-11" }, ["orderedAt"]],
    ["paid before", { paidBefore: "true" }, ["paidBefore"]],
  ])("%s", (_label, change, expected) => {
    expect(differentFacts(FACTS, { ...FACTS, ...change })).toEqual(expected);
  });
});

describe("factValueText", () => {
  it.each([
    ["paidBefore", "true", "Да"],
    ["paidBefore", "", "Нет"],
    ["kind", "individual", "Физическое лицо"],
    ["currentPlan", "none", "Без портала"],
    ["orderedAt", "2025-08-15T12:00", "15.08.2025 12:00"],
    ["paidAt", "", "—"],
  ] as const)("%s=%j → %s", (key, value, text) => {
    expect(factValueText(key, value)).toBe(text);
  });
});
