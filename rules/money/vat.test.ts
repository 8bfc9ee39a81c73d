import { describe, expect, it } from "vitest";
import { formatTengeTiyn } from "./format-tenge";
import { vatAmounts, withTiyn, type VatMode } from "./vat";

describe("vatAmounts: exact, half up to the tiyn", () => {
  it.each<[number, VatMode, number, string, string]>([
    [615_000, "included", 12, "65892.86", "615000.00"], // 65 892,857… → ,86
    [615_000, "excluded", 12, "73800.00", "688800.00"],
    [615_000, "included", 16, "84827.59", "615000.00"], // 84 827,586…
    [615_000, "excluded", 16, "98400.00", "713400.00"],
    [615_000, "none", 12, "0.00", "615000.00"],
    [1, "included", 12, "0.11", "1.00"], // 0,10714…
    [7, "included", 12, "0.75", "7.00"], // 0,75 exactly
    [14, "included", 12, "1.50", "14.00"], // 1,50 exactly
    [1, "excluded", 12.5, "0.13", "1.13"], // 0,125 → 0,13 (half up)
    [27_273_113, "included", 12, "2922119.25", "27273113.00"], // 2 922 119,25
    [1_027_293_563, "excluded", 12, "123275227.56", "1150568790.56"],
    [1_000_000_000_000_000, "included", 12, "107142857142857.14", "1000000000000000.00"],
    [1_000_000_000_000_000, "excluded", 16, "160000000000000.00", "1160000000000000.00"],
    [0, "excluded", 12, "0.00", "0.00"],
  ])("%d, %s %d%% → %s, %s", (total, mode, rate, amount, totalWithVat) => {
    expect(vatAmounts(total, mode, rate)).toEqual({ amount, totalWithVat });
  });

  it("whole tenge with tiyn", () => {
    expect(withTiyn(615_000)).toBe("615000.00");
  });
});

describe("formatTengeTiyn", () => {
  it.each([
    ["65892.86", "65\u00a0892,86\u00a0₸"],
    ["0.00", "0,00\u00a0₸"],
    ["999.5", "999,50\u00a0₸"],
    ["1000000000000000.00", "1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000,00\u00a0₸"],
  ])("%s → %s", (amount, text) => {
    expect(formatTengeTiyn(amount)).toBe(text);
  });
});
