/** The Russian plural form for a count: `plural(n, ["причина", "причины", "причин"])`. */
export function plural(
  n: number,
  forms: readonly [one: string, few: string, many: string],
): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

const grouped = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 });

/** «100 000»: a whole number with its digits grouped by threes the Russian way. */
export const groupDigits = (n: number): string => grouped.format(n);

/**
 * «1 день», «2 дня», «5 дней», «21 день», «10 000 строк»: a count (digits grouped by threes the
 * Russian way, as tenge are) with its word in the right form.
 */
export function countOf(
  n: number,
  forms: readonly [one: string, few: string, many: string],
): string {
  return `${groupDigits(n)} ${plural(n, forms)}`;
}
