/*
 * Kazakh cardinal numbers in words, for amounts in words and for reading a number aloud before a
 * case ending (`kk-suffix.ts`). No npm package spells Kazakh (n2words 4 and written-number 0.11
 * have no `kk`), so the few tables are here. Kazakh numerals do not agree with their noun and
 * have no plural: «екі мың», «бес миллион», «он бір теңге».
 */

const ONES = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"] as const;
const TENS = [
  "",
  "он",
  "жиырма",
  "отыз",
  "қырық",
  "елу",
  "алпыс",
  "жетпіс",
  "сексен",
  "тоқсан",
] as const;

/** Thousands, millions… up to a quadrillion (10^15), the largest amount a document spells. */
const SCALES = ["", "мың", "миллион", "миллиард", "триллион", "квадриллион"] as const;

/** The largest number `numberWordsKk` spells: 10^15 («бір квадриллион»). */
export const MAX_KK_NUMBER = 10n ** 15n;

/** 1–999 in words: «жүз», «екі жүз он бір», «тоқсан тоғыз». */
function belowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const words: string[] = [];
  // «жүз» alone is one hundred; «екі жүз», «үш жүз» name the count.
  if (hundreds > 0) words.push(hundreds === 1 ? "жүз" : `${ONES[hundreds]} жүз`);
  if (tens > 0) words.push(TENS[tens]!);
  if (ones > 0) words.push(ONES[ones]!);
  return words;
}

/**
 * A whole number 0…10^15 in Kazakh words, lower case: 0 → «нөл», 1 000 → «бір мың»,
 * 2 000 000 000 → «екі миллиард». Thousands and larger always say their count («бір мың»,
 * «бір миллион»), as documents spell amounts; one hundred is «жүз».
 */
export function numberWordsKk(value: bigint | number): string {
  const n = BigInt(value);
  if (n < 0n || n > MAX_KK_NUMBER) {
    throw new RangeError(`numberWordsKk: ${n} is outside 0…10^15`);
  }
  if (n === 0n) return "нөл";
  const words: string[] = [];
  let rest = n;
  const groups: number[] = [];
  while (rest > 0n) {
    groups.push(Number(rest % 1000n));
    rest /= 1000n;
  }
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const group = groups[i]!;
    if (group === 0) continue;
    words.push(...belowThousand(group));
    if (i > 0) words.push(SCALES[i]!);
  }
  return words.join(" ");
}
