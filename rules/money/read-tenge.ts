import type { Tenge } from "./money";

/** Why a text is not an amount of whole tenge. */
export type TengeProblem = "empty" | "not_a_number" | "fraction" | "negative" | "too_big";

export type TengeReading = { ok: true; value: Tenge } | { ok: false; problem: TengeProblem };

/** Most digits read: 15 are exact in a double, and every amount the API takes has fewer. */
const MAX_DIGITS = 15;

// Spaces people and programs group digits with: space, no-break, narrow no-break, thin, figure.
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
// A currency mark before or after the amount: «₸», «тг», «тг.», «тенге», «KZT», «т».
const CURRENCY = /^(?:₸|kzt)|(?:₸|тг\.?|тенге|kzt|т\.?)$/i;
// Digits, optionally grouped by threes with «.» or «,» (1.200.000, 1,200,000), then tiyn.
const AMOUNT = /^(\d+|\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d{1,2}))?$/;

/**
 * Whole tenge from text as people and spreadsheets write it: «1 200 000», «1 200 000,00»,
 * «1200000.00 ₸», «1 200 000 тг», no-break and thin spaces. Worked on the digits as text (never
 * through a float). A tiyn part must be zero: «1 200 000,50» is `fraction`, not a rounding.
 */
export function readTenge(text: string): TengeReading {
  const compact = text.replace(SPACES, "").replace(CURRENCY, "");
  if (compact === "") return { ok: false, problem: "empty" };
  if (/^[-−–]\d/.test(compact)) return { ok: false, problem: "negative" };
  const match = AMOUNT.exec(compact);
  // A grouping mark cannot also mark the tiyn («1,200,5»).
  if (!match || (match[2] !== undefined && match[2] === match[3])) {
    return { ok: false, problem: "not_a_number" };
  }
  const digits = match[1]!.replace(/[.,]/g, "").replace(/^0+(?=\d)/, "");
  if (match[4] !== undefined && /[1-9]/.test(match[4])) return { ok: false, problem: "fraction" };
  if (digits.length > MAX_DIGITS) return { ok: false, problem: "too_big" };
  return { ok: true, value: Number.parseInt(digits, 10) };
}

/** Whole tenge from a spreadsheet number: 1200000 and 1200000.0000001 (float noise) alike. */
export function readTengeNumber(value: number): TengeReading {
  if (!Number.isFinite(value)) return { ok: false, problem: "not_a_number" };
  if (value < 0) return { ok: false, problem: "negative" };
  if (value >= 10 ** MAX_DIGITS) return { ok: false, problem: "too_big" };
  return readTenge(value.toFixed(2));
}
