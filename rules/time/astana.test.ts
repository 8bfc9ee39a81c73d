import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  astanaMidnight,
  formatAstanaDate,
  formatAstanaDateTime,
  parseAstanaInstant,
  toAstanaDay,
  toAstanaIso,
} from "./astana";

const utc = (iso: string) => Date.parse(iso);

describe("parseAstanaInstant", () => {
  it.each([
    {
      label: "date only = 00:00 Astana",
      text: "2025-07-28",
      expected: utc("2025-07-27T19:00:00Z"),
    },
    {
      label: "no offset = Astana local",
      text: "2025-07-28T00:00:00",
      expected: utc("2025-07-27T19:00:00Z"),
    },
    { label: "no seconds", text: "2025-07-28T10:30", expected: utc("2025-07-28T05:30:00Z") },
    { label: "+05:00", text: "2025-08-31T23:59:59+05:00", expected: utc("2025-08-31T18:59:59Z") },
    { label: "Z", text: "2025-08-31T19:00:00Z", expected: utc("2025-08-31T19:00:00Z") },
    {
      label: "other offset",
      text: "2025-08-31T20:00:00+06:00",
      expected: utc("2025-08-31T14:00:00Z"),
    },
    {
      label: "negative offset",
      text: "2025-08-31T09:00:00-05:00",
      expected: utc("2025-08-31T14:00:00Z"),
    },
    {
      label: "milliseconds",
      text: "2025-08-31T23:59:59.999+05:00",
      expected: utc("2025-08-31T18:59:59.999Z"),
    },
    { label: "leap day 2024", text: "2024-02-29", expected: utc("2024-02-28T19:00:00Z") },
  ])("$label → $expected", ({ text, expected }) => {
    expect(parseAstanaInstant(text)).toBe(expected);
  });

  it.each([
    "2025-02-30",
    "2025-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-08-32",
    "2025-08-15T24:00:00",
    "2025-08-15T23:60:00",
    "2025-08-15T23:59:60",
    "2025-08-15T10:00:00+15:00",
    "2025-08-15T10:00:00+05:60",
    "2025-08-15Z",
    "15.08.2025",
    "2025-8-15",
    "",
    " 2025-08-15",
    "2025-08-15T10:00:00 +05:00",
  ])("%j → null", (text) => {
    expect(parseAstanaInstant(text)).toBeNull();
  });

  it("the same instant with Z, +05:00 and no offset parses equal", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("2000-01-01T00:00:00Z"), max: utc("2099-12-31T00:00:00Z") }),
        (ms) => {
          const t = Math.floor(ms / 1000) * 1000;
          const z = new Date(t).toISOString().replace(".000Z", "Z");
          const astana = toAstanaIso(t);
          expect(parseAstanaInstant(z)).toBe(t);
          expect(parseAstanaInstant(astana)).toBe(t);
          expect(parseAstanaInstant(astana.replace("+05:00", ""))).toBe(t);
        },
      ),
    );
  });
});

describe("Astana formatting", () => {
  it.each([
    {
      label: "midnight drops the time",
      t: astanaMidnight(2025, 8, 31),
      date: "31.08.2025",
      dateTime: "31.08.2025",
    },
    {
      label: "last second of the promo",
      t: astanaMidnight(2025, 9, 1) - 1000,
      date: "31.08.2025",
      dateTime: "31.08.2025 23:59",
    },
    {
      label: "UTC evening is the next Astana day",
      t: utc("2025-07-27T19:00:00Z"),
      date: "28.07.2025",
      dateTime: "28.07.2025",
    },
  ])("$label → $dateTime", ({ t, date, dateTime }) => {
    expect(formatAstanaDate(t)).toBe(date);
    expect(formatAstanaDateTime(t)).toBe(dateTime);
  });

  it("toAstanaIso writes the fixed +05:00 offset", () => {
    expect(toAstanaIso(astanaMidnight(2025, 7, 28))).toBe("2025-07-28T00:00:00+05:00");
    expect(toAstanaIso(astanaMidnight(2025, 9, 1) - 1000)).toBe("2025-08-31T23:59:59+05:00");
  });

  it("toAstanaDay: the Astana day, which is not the UTC day before 05:00", () => {
    expect(toAstanaDay(astanaMidnight(2025, 8, 15))).toBe("2025-08-15");
    expect(toAstanaDay(astanaMidnight(2025, 8, 16) - 1000)).toBe("2025-08-15");
  });
});
