import { plural } from "../text/plural";

// Russian numerals in words, for amounts printed on documents («сумма прописью»). Masculine
// units (один, два) for tenge and the millions; feminine (одна, две) for thousands.

const UNITS_M = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
const UNITS_F = ["", "одна", "две", ...UNITS_M.slice(3)];
const TEENS = [
  "десять",
  "одиннадцать",
  "двенадцать",
  "тринадцать",
  "четырнадцать",
  "пятнадцать",
  "шестнадцать",
  "семнадцать",
  "восемнадцать",
  "девятнадцать",
];
const TENS = [
  "",
  "",
  "двадцать",
  "тридцать",
  "сорок",
  "пятьдесят",
  "шестьдесят",
  "семьдесят",
  "восемьдесят",
  "девяносто",
];
const HUNDREDS = [
  "",
  "сто",
  "двести",
  "триста",
  "четыреста",
  "пятьсот",
  "шестьсот",
  "семьсот",
  "восемьсот",
  "девятьсот",
];

/** Each scale of a thousand: its gender and its three forms (1, 2–4, 5+). */
const SCALES: { feminine: boolean; forms: readonly [string, string, string] | null }[] = [
  { feminine: false, forms: null },
  { feminine: true, forms: ["тысяча", "тысячи", "тысяч"] },
  { feminine: false, forms: ["миллион", "миллиона", "миллионов"] },
  { feminine: false, forms: ["миллиард", "миллиарда", "миллиардов"] },
  { feminine: false, forms: ["триллион", "триллиона", "триллионов"] },
  { feminine: false, forms: ["квадриллион", "квадриллиона", "квадриллионов"] },
];

/** The largest number of digits the Russian words cover (below 10^18). */
export const RU_MAX_DIGITS = SCALES.length * 3;

/** 1–999 in words («сто двадцать одна» when feminine); "" for 0. */
function triad(n: number, feminine: boolean): string {
  const units = feminine ? UNITS_F : UNITS_M;
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words = [HUNDREDS[h]!];
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]!);
  else words.push(TENS[Math.floor(rest / 10)]!, units[rest % 10]!);
  return words.filter(Boolean).join(" ");
}

/** A whole number given as decimal digits, in Russian words: «шестьсот пятнадцать тысяч». */
export function russianNumber(digits: string): string {
  const clean = digits.replace(/^0+/, "");
  if (clean === "") return "ноль";
  if (clean.length > RU_MAX_DIGITS) throw new RangeError(`too many digits: ${digits}`);
  const groups: number[] = [];
  for (let end = clean.length; end > 0; end -= 3) {
    groups.push(Number.parseInt(clean.slice(Math.max(0, end - 3), end), 10));
  }
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const n = groups[i]!;
    if (n === 0) continue;
    const scale = SCALES[i]!;
    words.push(triad(n, scale.feminine));
    if (scale.forms) words.push(plural(n, scale.forms));
  }
  return words.join(" ");
}

/** «Шестьсот пятнадцать тысяч тенге 00 тиын»: tenge in words, tiyn in two digits. */
export function russianAmountInWords(tenge: string, tiyn: string): string {
  const words = russianNumber(tenge);
  return `${words[0]!.toUpperCase()}${words.slice(1)} тенге ${tiyn} тиын`;
}
