import { describe, expect, it } from "vitest";
import { astanaMidnight } from "./astana";
import {
  formatAstanaDayMonthKk,
  formatAstanaLongDateKk,
  formatAstanaLongDateTimeKk,
} from "./astana-kk";
import { clauseKk, clausesKk, clauseNoteKk } from "../text/kk-clause";

describe("Kazakh dates, Astana time", () => {
  it.each([
    { label: "start", instant: astanaMidnight(2025, 7, 28), expected: "2025 жылғы 28 шілде" },
    { label: "January", instant: astanaMidnight(2025, 1, 1), expected: "2025 жылғы 1 қаңтар" },
    { label: "June", instant: astanaMidnight(2025, 6, 30), expected: "2025 жылғы 30 маусым" },
  ])("$label → $expected", ({ instant, expected }) => {
    expect(formatAstanaLongDateKk(instant)).toBe(expected);
  });

  it("puts the case ending on the month by its vowels", () => {
    expect(formatAstanaDayMonthKk(astanaMidnight(2025, 7, 28), "dative")).toBe("28 шілдеге");
    expect(formatAstanaDayMonthKk(astanaMidnight(2025, 8, 31), "dative")).toBe("31 тамызға");
    expect(formatAstanaDayMonthKk(astanaMidnight(2025, 7, 28), "ablative")).toBe("28 шілдеден");
    expect(formatAstanaLongDateKk(astanaMidnight(2025, 9, 1), "locative")).toBe(
      "2025 жылғы 1 қыркүйекте",
    );
  });

  it("reads the last second of the promotion in Astana time", () => {
    expect(formatAstanaLongDateTimeKk(astanaMidnight(2025, 9, 1) - 1000, true)).toBe(
      "2025 жылғы 31 тамыз, 23:59:59",
    );
  });
});

describe("clause references", () => {
  it.each([
    { clause: "4.1.3", expected: "4.1.3-тармақ" },
    { clause: "8.1", expected: "8.1-тармақ" },
    { clause: "4.1.3–4.1.5", expected: "4.1.3–4.1.5-тармақтар" },
    { clause: "5.7/5.8", expected: "5.7/5.8-тармақтар" },
  ])("$clause → $expected", ({ clause, expected }) => {
    expect(clauseKk(clause)).toBe(expected);
  });

  it("lists several clauses before one «-тармақтар»", () => {
    expect(clausesKk(["2.1", "5.2"])).toBe("2.1, 5.2-тармақтар");
    expect(clausesKk(["5.13"])).toBe("5.13-тармақ");
    expect(clauseNoteKk(["1.2.3", "2.3"])).toBe("(1.2.3, 2.3-тармақтар)");
  });
});
