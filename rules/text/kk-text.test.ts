import { describe, expect, it } from "vitest";
import { numberWordsKk } from "./kk-number-words";
import { kkEnding, withKkEnding, type KkCase } from "./kk-suffix";

describe("numberWordsKk", () => {
  it.each([
    { n: 0, expected: "нөл" },
    { n: 1, expected: "бір" },
    { n: 10, expected: "он" },
    { n: 19, expected: "он тоғыз" },
    { n: 40, expected: "қырық" },
    { n: 100, expected: "жүз" },
    { n: 110, expected: "жүз он" },
    { n: 999, expected: "тоғыз жүз тоқсан тоғыз" },
    { n: 1_001, expected: "бір мың бір" },
    { n: 100_000, expected: "жүз мың" },
    { n: 1_000_100, expected: "бір миллион жүз" },
    { n: 576_000, expected: "бес жүз жетпіс алты мың" },
  ])("$n → $expected", ({ n, expected }) => {
    expect(numberWordsKk(n)).toBe(expected);
  });

  it("10^15 → бір квадриллион; beyond and below zero throw", () => {
    expect(numberWordsKk(10n ** 15n)).toBe("бір квадриллион");
    expect(() => numberWordsKk(10n ** 15n + 1n)).toThrow(RangeError);
    expect(() => numberWordsKk(-1)).toThrow(RangeError);
  });
});

describe("withKkEnding: the ending follows the last vowel and the last sound", () => {
  it.each<{ word: string; case: KkCase; expected: string }>([
    // back vowels
    { word: "Астана", case: "dative", expected: "Астанаға" },
    { word: "Алматы", case: "locative", expected: "Алматыда" },
    { word: "лицензия", case: "genitive", expected: "лицензияның" },
    { word: "Қазақстан", case: "ablative", expected: "Қазақстаннан" },
    { word: "Қазақстан", case: "genitive", expected: "Қазақстанның" },
    { word: "тамыз", case: "dative", expected: "тамызға" },
    { word: "маусым", case: "locative", expected: "маусымда" },
    { word: "Стандарт", case: "locative", expected: "Стандартта" },
    { word: "Энтерпрайз", case: "genitive", expected: "Энтерпрайздың" },
    { word: "тау", case: "dative", expected: "тауға" },
    { word: "қалам", case: "instrumental", expected: "қаламмен" },
    // front vowels
    { word: "шілде", case: "dative", expected: "шілдеге" },
    { word: "Бизнес", case: "ablative", expected: "Бизнестен" },
    { word: "тариф", case: "accusative", expected: "тарифті" },
    { word: "мектеп", case: "instrumental", expected: "мектеппен" },
    { word: "үй", case: "genitive", expected: "үйдің" },
    { word: "қыз", case: "instrumental", expected: "қызбен" },
    { word: "кітап", case: "dative", expected: "кітапқа" },
    // numbers are read aloud, and take a hyphen
    { word: "Битрикс24", case: "genitive", expected: "Битрикс24-тің" },
    { word: "Битрикс24", case: "dative", expected: "Битрикс24-ке" },
    { word: "2025", case: "dative", expected: "2025-ке" },
    { word: "2020", case: "dative", expected: "2020-ға" },
    { word: "12", case: "instrumental", expected: "12-мен" },
    { word: "30", case: "ablative", expected: "30-дан" },
    { word: "10 000", case: "dative", expected: "10 000-ға" },
    { word: "1\u00a0000\u00a0000", case: "ablative", expected: "1\u00a0000\u00a0000-нан" },
    // Latin letters and closing quotes take a hyphen too
    { word: "Copilot", case: "dative", expected: "Copilot-қа" },
    { word: "«Энтерпрайз»", case: "genitive", expected: "«Энтерпрайз»-дың" },
    { word: "«Бизнес»", case: "ablative", expected: "«Бизнес»-тен" },
    {
      word: "«1С-Битрикс: Управление сайтом»",
      case: "dative",
      expected: "«1С-Битрикс: Управление сайтом»-ға",
    },
  ])("$word + $case → $expected", ({ word, case: grammaticalCase, expected }) => {
    expect(withKkEnding(word, grammaticalCase)).toBe(expected);
  });

  it("gives the bare ending for a caller that joins it itself", () => {
    expect(kkEnding("Астана", "ablative")).toBe("дан");
    expect(kkEnding("Бизнес", "locative")).toBe("те");
  });
});
