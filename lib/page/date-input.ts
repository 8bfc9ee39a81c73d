import { parseAstanaInstant, toAstanaIso } from "@/rules";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a date from the URL goes into a browser's own date control, as the quote page shows it:
 * a plain date in a date field, a date with a time in a date-and-time field (Astana local time,
 * «2025-08-15T12:00», seconds only when there are any); an unreadable value stays as text so
 * its error makes sense.
 */
export function dateInput(value: string): {
  type: "date" | "datetime-local" | "text";
  value: string;
} {
  if (value === "" || DATE_ONLY.test(value)) return { type: "date", value };
  const instant = parseAstanaInstant(value);
  if (instant === null) return { type: "text", value };
  const local = toAstanaIso(instant).slice(0, 19);
  return { type: "datetime-local", value: local.endsWith(":00") ? local.slice(0, 16) : local };
}
