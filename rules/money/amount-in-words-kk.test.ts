import { describe, expect, it } from "vitest";
import { amountInWordsKk, toTiyn } from "./amount-in-words-kk";

describe("amountInWordsKk", () => {
  it.each([
    { amount: "1", expected: "Бір теңге 00 тиын" },
    { amount: "2", expected: "Екі теңге 00 тиын" },
    { amount: "5", expected: "Бес теңге 00 тиын" },
    { amount: "11", expected: "Он бір теңге 00 тиын" },
    { amount: "12", expected: "Он екі теңге 00 тиын" },
    { amount: "13", expected: "Он үш теңге 00 тиын" },
    { amount: "14", expected: "Он төрт теңге 00 тиын" },
    { amount: "15", expected: "Он бес теңге 00 тиын" },
    { amount: "16", expected: "Он алты теңге 00 тиын" },
    { amount: "17", expected: "Он жеті теңге 00 тиын" },
    { amount: "18", expected: "Он сегіз теңге 00 тиын" },
    { amount: "19", expected: "Он тоғыз теңге 00 тиын" },
    { amount: "21", expected: "Жиырма бір теңге 00 тиын" },
    { amount: "101", expected: "Жүз бір теңге 00 тиын" },
    { amount: "1000", expected: "Бір мың теңге 00 тиын" },
    { amount: "2000", expected: "Екі мың теңге 00 тиын" },
    { amount: "5000", expected: "Бес мың теңге 00 тиын" },
    { amount: "1000000", expected: "Бір миллион теңге 00 тиын" },
    { amount: "2000000000", expected: "Екі миллиард теңге 00 тиын" },
    { amount: "1000000000000", expected: "Бір триллион теңге 00 тиын" },
    { amount: "1000000000000000", expected: "Бір квадриллион теңге 00 тиын" },
    { amount: "0", expected: "Нөл теңге 00 тиын" },
    {
      amount: "10738642",
      expected: "Он миллион жеті жүз отыз сегіз мың алты жүз қырық екі теңге 00 тиын",
    },
    {
      amount: "1150568.79",
      expected: "Бір миллион жүз елу мың бес жүз алпыс сегіз теңге 79 тиын",
    },
    { amount: "0.5", expected: "Нөл теңге 50 тиын" },
    { amount: "12,05", expected: "Он екі теңге 05 тиын" },
  ])("$amount → $expected", ({ amount, expected }) => {
    expect(amountInWordsKk(amount)).toBe(expected);
  });

  it("takes tiyn as a bigint", () => {
    expect(amountInWordsKk(115056879n)).toBe(
      "Бір миллион жүз елу мың бес жүз алпыс сегіз теңге 79 тиын",
    );
    expect(amountInWordsKk(7n)).toBe("Нөл теңге 07 тиын");
  });

  it.each(["-1", "1.234", "abc", "", "1e3", "10000000000000001", " 1 000"])(
    "refuses %j",
    (amount) => {
      expect(() => amountInWordsKk(amount)).toThrow(RangeError);
    },
  );

  it("refuses more than 10^15 tenge and negative tiyn", () => {
    expect(() => amountInWordsKk(10n ** 17n + 1n)).toThrow(RangeError);
    expect(() => amountInWordsKk(-1n)).toThrow(RangeError);
    expect(toTiyn("1000000000000000.01")).toBe(10n ** 17n + 1n);
  });
});
