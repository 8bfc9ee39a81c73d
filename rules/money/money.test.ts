import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { add, applyPercent, capBonus, roundHalfUp, subtract } from "./money";
import { formatTenge } from "./format-tenge";

describe("roundHalfUp", () => {
  it.each([
    { label: "…,5 goes up", amount: "25.5", expected: 26 },
    { label: "…,49 goes down", amount: "25.49", expected: 25 },
    { label: "…,51 goes up", amount: "25.51", expected: 26 },
    { label: "whole stays", amount: "650000", expected: 650000 },
    { label: "0,5 goes up", amount: "0.5", expected: 1 },
  ])("$label → $expected", ({ amount, expected }) => {
    expect(roundHalfUp(amount)).toBe(expected);
  });
});

describe("applyPercent", () => {
  it.each([
    { label: "30 at 15% = 25,5", list: 30, percent: 15, expected: 26 },
    { label: "10 at 35% = 6,5", list: 10, percent: 35, expected: 7 },
    { label: "1 000 001 at 35% = 650 000,65", list: 1_000_001, percent: 35, expected: 650_001 },
    { label: "1 000 000 at 40%", list: 1_000_000, percent: 40, expected: 600_000 },
    { label: "3 at 25% = 2,25", list: 3, percent: 25, expected: 2 },
    { label: "1 at 20% = 0,8", list: 1, percent: 20, expected: 1 },
    { label: "0%", list: 123_457, percent: 0, expected: 123_457 },
    {
      label: "exact beyond 2^53 / 100",
      list: 999_999_999_999,
      percent: 35,
      expected: 649_999_999_999,
    },
  ])("$label → $expected", ({ list, percent, expected }) => {
    expect(applyPercent(list, percent)).toBe(expected);
  });

  it("never exceeds the list price and never goes negative", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom(0, 15, 20, 25, 35, 40),
        (list, pct) => {
          const promo = applyPercent(list, pct);
          expect(Number.isInteger(promo)).toBe(true);
          expect(promo).toBeLessThanOrEqual(list);
          expect(promo).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe("capBonus, add, subtract", () => {
  it.each([
    { label: "bonus below the price", list: 900_000, bonus: 576_000, expected: 576_000 },
    { label: "bonus above the price is capped", list: 300_000, bonus: 576_000, expected: 300_000 },
    { label: "free boost", list: 0, bonus: 576_000, expected: 0 },
  ])("$label → $expected", ({ list, bonus, expected }) => {
    expect(capBonus(list, bonus)).toBe(expected);
    expect(subtract(list, capBonus(list, bonus))).toBeGreaterThanOrEqual(0);
  });

  it("adds and subtracts whole tenge exactly", () => {
    expect(add(650_000, 324_000)).toBe(974_000);
    expect(subtract(1_000_000, 650_000)).toBe(350_000);
  });
});

describe("formatTenge", () => {
  it.each([
    { amount: 1_234_567, expected: "1\u00a0234\u00a0567\u00a0₸" },
    { amount: 0, expected: "0\u00a0₸" },
    { amount: 576_000, expected: "576\u00a0000\u00a0₸" },
  ])("$amount → $expected", ({ amount, expected }) => {
    expect(formatTenge(amount)).toBe(expected);
  });
});
