import { describe, expect, it } from "vitest";
import { cleanText, textProblem } from "./clean-text";

describe("cleanText", () => {
  it.each([
    ["  ТОО «Клиент»  ", "ТОО «Клиент»"],
    ["\u200b".repeat(200), ""],
    ["\u202eexe.fdp", "exe.fdp"],
    ["КП\u200b-\u206601\u2069", "КП-01"],
    ["\ufeffИван\u00adов", "Иванов"],
    ["\u00a0 Анна \u00a0", "Анна"],
    ["Ф\u200dИ\u200cО", "ФИО"],
    ["café 👍", "café 👍"],
  ])("%j → %j", (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe("textProblem", () => {
  it.each([
    ["ТОО «Клиент»", null],
    ["👍", null],
    ["KP\ud800x", "surrogate"],
    ["\udc00", "surrogate"],
    ["x\ud83d", "surrogate"],
    ["a\nb", "control"],
    ["a\tb", "control"],
    ["a\u0085b", "control"],
    ["a\u2028b", "control"],
  ] as const)("%j → %s", (input, expected) => {
    expect(textProblem(input)).toBe(expected);
  });
});
