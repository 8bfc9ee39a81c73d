// БИН / ИИН check digit (Kazakhstan): weights 1..11 mod 11; a remainder of 10 is retried with
// weights 3..11,1,2; a second 10 means no number can carry that check digit, so it is invalid.
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedRemainder(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((acc, w, i) => acc + w * digits[i]!, 0) % 11;
}

/** The check digit of the first 11 digits of a БИН/ИИН, or null when none exists (remainder 10 twice). */
export function binCheckDigit(first11: string): number | null {
  const digits = [...first11].map((c) => c.charCodeAt(0) - 48);
  const first = weightedRemainder(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedRemainder(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** True for 12 digits whose last one is the check digit of the first 11 (БИН or ИИН). */
export function isValidBin(text: string): boolean {
  if (!/^\d{12}$/.test(text)) return false;
  return binCheckDigit(text.slice(0, 11)) === text.charCodeAt(11) - 48;
}
