import { withKkEnding, type KkCase } from "../text/kk-suffix";
import { astanaParts, type Instant } from "./astana";

/*
 * Kazakh dates in words, Astana time: «2025 жылғы 28 шілде». Kazakh puts the year first, with
 * «жылғы», and the month name after the day; a case ending goes on the month («28 шілдеге
 * дейін», «28 шілдеде»). Numeric dates («15.08.2025») are the same as in Russian texts.
 */

/** Month names, January first (Kazakh calendar names, lower case as in running text). */
export const MONTHS_KK = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
] as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** «28 шілде», or with a case ending on the month: «28 шілдеге», «28 шілдеде». */
export function formatAstanaDayMonthKk(instant: Instant, grammaticalCase?: KkCase): string {
  const p = astanaParts(instant);
  const month = MONTHS_KK[p.month - 1]!;
  return `${p.day} ${grammaticalCase ? withKkEnding(month, grammaticalCase) : month}`;
}

/** «2025 жылғы 28 шілде» (or «2025 жылғы 28 шілдеге» with a case). */
export function formatAstanaLongDateKk(instant: Instant, grammaticalCase?: KkCase): string {
  return `${astanaParts(instant).year} жылғы ${formatAstanaDayMonthKk(instant, grammaticalCase)}`;
}

/** «2025 жылғы 31 тамыз, 23:59:59» (seconds when asked), Astana time. */
export function formatAstanaLongDateTimeKk(instant: Instant, seconds = false): string {
  const p = astanaParts(instant);
  const time = `${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}` : ""}`;
  return `${formatAstanaLongDateKk(instant)}, ${time}`;
}
