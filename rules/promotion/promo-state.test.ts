import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAstanaInstant } from "../time/astana";
import { kzSummer2025 } from "./kz-summer-2025";
import {
  formatAstanaDayMonth,
  formatAstanaLongDate,
  formatDays,
  promoPeriodText,
  promoState,
  type PromoState,
} from "./promo-state";

const at = (text: string) => {
  const instant = parseAstanaInstant(text);
  if (instant === null) throw new Error(`bad date ${text}`);
  return instant;
};

describe("promoState", () => {
  const cases: [string, PromoState][] = [
    ["2025-01-01", { phase: "before", days: 208 }],
    ["2025-07-20", { phase: "before", days: 8 }],
    ["2025-07-27T00:00:00+05:00", { phase: "before", days: 1 }],
    ["2025-07-27T23:59:59+05:00", { phase: "before", days: 1 }],
    ["2025-07-27T23:59:59.999+05:00", { phase: "before", days: 1 }],
    ["2025-07-27T18:59:59Z", { phase: "before", days: 1 }],
    ["2025-07-28T00:00:00+05:00", { phase: "during", days: 35 }],
    ["2025-07-27T19:00:00Z", { phase: "during", days: 35 }],
    ["2025-07-28", { phase: "during", days: 35 }],
    ["2025-07-28T23:59:59", { phase: "during", days: 35 }],
    ["2025-07-29T00:00:00", { phase: "during", days: 34 }],
    ["2025-08-15", { phase: "during", days: 17 }],
    ["2025-08-31T00:00:00+05:00", { phase: "during", days: 1 }],
    ["2025-08-31T23:59:59+05:00", { phase: "during", days: 1 }],
    ["2025-08-31T23:59:59.999+05:00", { phase: "during", days: 1 }],
    ["2025-08-31T18:59:59Z", { phase: "during", days: 1 }],
    ["2025-09-01T00:00:00+05:00", { phase: "after", days: 0 }],
    ["2025-08-31T19:00:00Z", { phase: "after", days: 0 }],
    ["2025-09-01T23:59:59", { phase: "after", days: 0 }],
    ["2025-09-02", { phase: "after", days: 1 }],
    ["2025-09-05", { phase: "after", days: 4 }],
  ];
  it.each(cases)("%s → %o", (text, expected) => {
    expect(promoState(kzSummer2025, at(text))).toEqual(expected);
  });

  it("phase never goes back and days never go negative as time moves on", () => {
    const order = { before: 0, during: 1, after: 2 } as const;
    const from = at("2025-06-01");
    const to = at("2025-10-01");
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 1e9 }), (a, d) => {
        const x = promoState(kzSummer2025, a);
        const y = promoState(kzSummer2025, a + d);
        expect(order[y.phase]).toBeGreaterThanOrEqual(order[x.phase]);
        expect(x.days).toBeGreaterThanOrEqual(0);
        if (x.phase === "during") expect(x.days).toBeGreaterThanOrEqual(1);
        if (x.phase === "before") expect(x.days).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("Russian dates and counts", () => {
  it("period text → Astana time with the last second", () => {
    expect(promoPeriodText(kzSummer2025)).toBe(
      "с 28 июля 2025 00:00 по 31 августа 2025 23:59:59, время Астаны (UTC+5)",
    );
  });

  it.each([
    ["2025-07-28", "28 июля"],
    ["2025-08-31T23:59:59", "31 августа"],
    ["2025-08-31T19:00:00Z", "1 сентября"],
    ["2025-01-01", "1 января"],
    ["2025-12-31", "31 декабря"],
  ])("%s → %s", (text, expected) => {
    expect(formatAstanaDayMonth(at(text))).toBe(expected);
  });

  it("long date → with the year", () => {
    expect(formatAstanaLongDate(kzSummer2025.start)).toBe("28 июля 2025");
  });

  it.each([
    [0, "0 дней"],
    [1, "1 день"],
    [2, "2 дня"],
    [4, "4 дня"],
    [5, "5 дней"],
    [11, "11 дней"],
    [12, "12 дней"],
    [14, "14 дней"],
    [17, "17 дней"],
    [21, "21 день"],
    [22, "22 дня"],
    [35, "35 дней"],
    [101, "101 день"],
    [111, "111 дней"],
    [208, "208 дней"],
  ])("%i → %s", (n, expected) => {
    expect(formatDays(n)).toBe(expected);
  });
});
