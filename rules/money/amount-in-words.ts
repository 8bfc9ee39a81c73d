import { amountInWordsKk } from "./amount-in-words-kk";
import { russianAmountInWords } from "./words-ru";

/**
 * An amount of money in words, as documents print it under the total («сумма прописью»). One
 * module per language beside this one (`words-ru.ts`; a Kazakh `words-kk.ts` joins the table
 * below; Kazakh is `amount-in-words-kk.ts`), each turning the tenge's digits and the two tiyn digits into that language's sentence.
 */

/** The languages an amount can be written in. */
export type WordsLanguage = "ru" | "kk";

const WRITERS: Record<WordsLanguage, (tenge: string, tiyn: string) => string> = {
  ru: russianAmountInWords,
  kk: (tenge, tiyn) => amountInWordsKk(`${tenge}.${tiyn}`),
};

// Whole tenge, optionally with one or two decimals (tiyn): "615000", "65892.86", "0.5".
const AMOUNT = /^(\d{1,18})(?:\.(\d{1,2}))?$/;

/**
 * «Шестьсот пятнадцать тысяч тенге 00 тиын» for 615000 (a whole number of tenge) or "615000.00"
 * (tenge with tiyn, as the offer's VAT amounts are written). Exact: digits are read as text, never
 * as a float. Throws on a negative, fractional-tiyn or malformed amount, or one of 10^18 and more.
 */
export function amountInWords(amount: number | string, lang: WordsLanguage = "ru"): string {
  const text = typeof amount === "number" ? wholeNumberText(amount) : amount;
  const match = AMOUNT.exec(text);
  if (!match) throw new RangeError(`not an amount in tenge: ${text}`);
  return WRITERS[lang](match[1]!, (match[2] ?? "").padEnd(2, "0"));
}

function wholeNumberText(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`not a whole amount of tenge: ${amount}`);
  }
  return String(amount);
}
