import { describe, expect, it } from "vitest";
import { defaultFacts } from "./proposal-url";
import { calculatorHref } from "./calculator-href";

const FACTS = {
  ...defaultFacts("2025-08-15"),
  kind: "individual",
  purpose: "business",
  orderedAt: "2025-08-15T12:00",
  paidBefore: "true",
  currentPlan: "standard",
};

describe("calculatorHref", () => {
  it("carries the offer's answers and order date into the quote page's own URL", () => {
    const q = new URLSearchParams(calculatorHref(FACTS).replace(/^\/\?/, ""));
    expect(q.get("ordered")).toBe("2025-08-15T12:00");
    expect(q.get("line")).toBe("cloud");
    expect([...q.values()]).toContain("individual");
  });

  it("the first line's product when the offer has one", () => {
    const href = calculatorHref(FACTS, { line: "cms", operation: "purchase", edition: "business" });
    expect(new URLSearchParams(href.replace(/^\/\?/, "")).get("line")).toBe("cms");
  });

  it("answers the quote cannot take → the calculator as it starts", () => {
    expect(calculatorHref({ ...FACTS, orderedAt: "вчера" })).toBe("/");
  });
});
