import { ASTANA_OFFSET_MINUTES, astanaParts, type Instant } from "../time/astana";
import { countOf } from "../text/plural";
import type { Promotion } from "./types";

/** Where an instant falls relative to a promotion's period, and how many days that is. */
export interface PromoState {
  phase: "before" | "during" | "after";
  /**
   * Whole Astana calendar days (UTC+5), never negative:
   * - before: days from the instant's day to the first day (1 on 27.07, 8 on 20.07);
   * - during: days left counting the instant's own day (35 on 28.07, 1 on 31.08);
   * - after: days since the day the promotion ended (0 on 01.09, 1 on 02.09).
   * Only the calendar day matters, never the hour: 27.07 00:00 and 27.07 23:59:59 both give 1.
   */
  days: number;
}

const DAY = 86_400_000;

/** The Astana calendar day of an instant as a day number (days since 1970-01-01 in UTC+5). */
function astanaDay(instant: Instant): number {
  return Math.floor((instant + ASTANA_OFFSET_MINUTES * 60_000) / DAY);
}

/** Phase of the promotion at an instant (start inclusive, endExclusive exclusive, п. 2.1, 2.2). */
export function promoState(promotion: Promotion, instant: Instant): PromoState {
  const today = astanaDay(instant);
  if (instant < promotion.start) {
    return { phase: "before", days: astanaDay(promotion.start) - today };
  }
  if (instant < promotion.endExclusive) {
    return { phase: "during", days: astanaDay(promotion.endExclusive) - today };
  }
  return { phase: "after", days: today - astanaDay(promotion.endExclusive) };
}

const MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
] as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** «28 июля» in Astana time (no year). */
export function formatAstanaDayMonth(instant: Instant): string {
  const p = astanaParts(instant);
  return `${p.day} ${MONTHS_GENITIVE[p.month - 1]}`;
}

/** «28 июля 2025» in Astana time. */
export function formatAstanaLongDate(instant: Instant): string {
  return `${formatAstanaDayMonth(instant)} ${astanaParts(instant).year}`;
}

/** «28 июля 2025 00:00» or, with seconds, «31 августа 2025 23:59:59», in Astana time. */
export function formatAstanaLongDateTime(instant: Instant, seconds = false): string {
  const p = astanaParts(instant);
  const time = `${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}` : ""}`;
  return `${formatAstanaLongDate(instant)} ${time}`;
}

/** «с 28 июля 2025 00:00 по 31 августа 2025 23:59:59, время Астаны (UTC+5)» (п. 2.1, 2.2). */
export function promoPeriodText(promotion: Promotion): string {
  // The last second inside the period: the Rules say «по 31 августа включительно».
  const last = promotion.endExclusive - 1000;
  return `с ${formatAstanaLongDateTime(promotion.start)} по ${formatAstanaLongDateTime(last, true)}, время Астаны (UTC+5)`;
}

/** «1 день», «2 дня», «5 дней», «21 день»: a count of days with the Russian plural. */
export function formatDays(n: number): string {
  return countOf(n, ["день", "дня", "дней"]);
}
