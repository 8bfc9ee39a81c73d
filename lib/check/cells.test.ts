import { describe, expect, it } from "vitest";
import { CUSTOMER_KIND_LABELS } from "@/lib/quote/quote-labels";
import {
  choiceLookup,
  parseBoolCell,
  parseChoiceCell,
  parseDateCell,
  parseIntCell,
  type Cell,
} from "./cells";
import { escapeCell } from "./escape";

describe("parseDateCell", () => {
  it.each<[Cell, string | undefined]>([
    ["15.08.2025", "2025-08-15"],
    ["5.8.2025", "2025-08-05"],
    ["15.08.2025 10:30", "2025-08-15T10:30:00"],
    ["15.08.2025 9:05:07", "2025-08-15T09:05:07"],
    ["2025-08-15", "2025-08-15"],
    ["2025-08-15T10:30:00+05:00", "2025-08-15T10:30:00+05:00"],
    ["  ", undefined],
    [null, undefined],
    [new Date(Date.UTC(2025, 7, 15)), "2025-08-15"],
    [new Date(Date.UTC(2025, 7, 15, 10, 30)), "2025-08-15T10:30:00"],
  ])("%j → %j", (cell, value) => {
    expect(parseDateCell(cell)).toEqual({ ok: true, value });
  });

  it.each(["32.08.2025", "15/08/2025", "вчера", "2025-02-30", "15.08.2025 25:00"])(
    "%j → a Russian error naming the formats",
    (cell) => {
      const result = parseDateCell(cell);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("пишите 15.08.2025, 15.08.2025 10:30");
    },
  );
});

describe("parseChoiceCell", () => {
  const choices = new Map(
    Object.entries(CUSTOMER_KIND_LABELS).map(([value, label]) => [value, [label]] as const),
  );
  const lookup = choiceLookup(choices);
  it.each([
    ["legal_entity", "legal_entity"],
    ["Юридическое лицо", "legal_entity"],
    ["  юридическое ЛИЦО ", "legal_entity"],
    ["ИП", "sole_proprietor"],
    ["«Физическое лицо»", "individual"],
    ["", undefined],
  ])("%j → %j", (cell, value) => {
    expect(parseChoiceCell(cell, lookup, choices)).toEqual({ ok: true, value });
  });
  it("an unknown value → lists the labels allowed", () => {
    expect(parseChoiceCell("компания", lookup, choices)).toEqual({
      ok: false,
      message:
        "Неизвестное значение «компания»: допустимо «Юридическое лицо», «ИП», «Физическое лицо»",
    });
  });
});

describe("parseBoolCell and parseIntCell", () => {
  it.each<[Cell, boolean | undefined]>([
    ["да", true],
    ["Да", true],
    ["TRUE", true],
    ["1", true],
    [true, true],
    ["нет", false],
    ["0", false],
    [false, false],
    ["", undefined],
  ])("bool %j → %j", (cell, value) => {
    expect(parseBoolCell(cell)).toEqual({ ok: true, value });
  });
  it("bool «может быть» → error", () => {
    expect(parseBoolCell("может быть").ok).toBe(false);
  });
  it.each<[Cell, number | undefined]>([
    ["335 880", 335_880],
    ["335\u00a0880", 335_880],
    [250, 250],
    ["", undefined],
  ])("int %j → %j", (cell, value) => {
    expect(parseIntCell(cell)).toEqual({ ok: true, value });
  });
  it.each<Cell>(["12,5", "много", 0.5])("int %j → error", (cell) => {
    expect(parseIntCell(cell).ok).toBe(false);
  });
});

describe("escapeCell (CSV injection)", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+7 701 000 00 00", "'+7 701 000 00 00"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "'\rCR"],
    ["Подходит", "Подходит"],
    ["", ""],
    ["a=b", "a=b"],
  ])("%j → %j", (text, escaped) => {
    expect(escapeCell(text)).toBe(escaped);
  });
});
