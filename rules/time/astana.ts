/** Epoch milliseconds: the one representation of an instant inside rules/. */
export type Instant = number;

/** Astana time is a fixed UTC+5 for all of 2025 (п. 2.2; one zone since 01.03.2024, no DST). */
export const ASTANA_OFFSET_MINUTES = 5 * 60;

const MINUTE = 60_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return ASTANA_OFFSET_MINUTES; // no offset: Astana local time
  if (zone === "Z") return 0;
  const hours = +zone.slice(1, 3);
  const minutes = +zone.slice(4, 6);
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Parses the three date forms of the API contract into an instant, or null when invalid:
 * a date (that calendar day's start in Astana), a date-time without offset (Astana local
 * time), a date-time with `Z` or `±hh:mm`.
 */
export function parseAstanaInstant(text: string): Instant | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  // Digits only (the pattern guarantees it), so unary plus is an exact integer conversion.
  const year = +y!;
  const month = +mo!;
  const day = +d!;
  const hour = h === undefined ? 0 : +h;
  const minute = mi === undefined ? 0 : +mi;
  const second = s === undefined ? 0 : +s;
  const millis = frac === undefined ? 0 : +frac.padEnd(3, "0").slice(0, 3);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const offset = offsetMinutes(zone);
  if (offset === null) return null;
  return wall - offset * MINUTE;
}

/** Wall-clock parts of an instant in Astana time. */
export function astanaParts(instant: Instant) {
  const d = new Date(instant + ASTANA_OFFSET_MINUTES * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** «31.08.2025» in Astana time. */
export function formatAstanaDate(instant: Instant): string {
  const p = astanaParts(instant);
  return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
}

/** «31.08.2025 23:59» in Astana time; the time is left out at midnight. */
export function formatAstanaDateTime(instant: Instant): string {
  const p = astanaParts(instant);
  const date = formatAstanaDate(instant);
  return p.hour === 0 && p.minute === 0 && p.second === 0
    ? date
    : `${date} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** ISO 8601 with the fixed +05:00 offset, e.g. 2025-08-31T23:59:59+05:00. */
export function toAstanaIso(instant: Instant): string {
  const p = astanaParts(instant);
  return `${toAstanaDay(instant)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+05:00`;
}

/** The Astana calendar day of an instant, ГГГГ-ММ-ДД. */
export function toAstanaDay(instant: Instant): string {
  const p = astanaParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Instant of 00:00 Astana time on the given calendar day. */
export function astanaMidnight(year: number, month: number, day: number): Instant {
  return Date.UTC(year, month - 1, day) - ASTANA_OFFSET_MINUTES * MINUTE;
}
