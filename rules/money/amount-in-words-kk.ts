import { upperFirst } from "../text/case";
import { MAX_KK_NUMBER, numberWordsKk } from "../text/kk-number-words";

/**
 * An amount of money for `amountInWordsKk`:
 * - a decimal string of tenge with at most two decimals, as the API carries VAT amounts
 *   («1150568.79», «576000», «0.5» = 50 tiyn);
 * - or a `bigint` of tiyn (1 tenge = 100 tiyn): 115056879n is 1 150 568,79 ₸.
 * A whole-tenge `number` (the rules' `Tenge`) goes in as `String(amount)`.
 */
export type AmountInWordsInput = string | bigint;

const DECIMAL_TENGE = /^(\d{1,16})(?:[.,](\d{1,2}))?$/;

/** The amount in tiyn, or null for a text that is not a non-negative amount with ≤ 2 decimals. */
export function toTiyn(amount: AmountInWordsInput): bigint | null {
  if (typeof amount === "bigint") return amount >= 0n ? amount : null;
  const match = DECIMAL_TENGE.exec(amount.trim());
  if (!match) return null;
  const tiyn = (match[2] ?? "").padEnd(2, "0");
  return BigInt(match[1]!) * 100n + BigInt(tiyn);
}

/**
 * The amount due in Kazakh words for a document: «Он миллион жеті жүз отыз сегіз мың алты жүз
 * қырық екі теңге 00 тиын». The tenge in words (capitalised), the tiyn in two digits, as
 * Kazakh payment documents write it. Up to 10^15 tenge; throws a RangeError on anything else
 * (a negative or malformed amount is a bug of the caller, never a client's text).
 */
export function amountInWordsKk(amount: AmountInWordsInput): string {
  const tiyn = toTiyn(amount);
  if (tiyn === null || tiyn > MAX_KK_NUMBER * 100n) {
    throw new RangeError(`amountInWordsKk: not an amount of 0…10^15 tenge: ${String(amount)}`);
  }
  const tenge = tiyn / 100n;
  const cents = String(tiyn % 100n).padStart(2, "0");
  return `${upperFirst(numberWordsKk(tenge))} теңге ${cents} тиын`;
}
