const formatter = new Intl.NumberFormat("ru-KZ", {
  style: "currency",
  currency: "KZT",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/** Whole tenge the Kazakh way: «1 234 567 ₸» (non-breaking spaces). */
export function formatTenge(amount: number): string {
  return formatter.format(amount);
}

/**
 * An amount saved: «235 158 ₸», or «меньше 1 ₸» when a tiny price rounds the discount to
 * nothing (a typed price of 1 ₸): never «скидка 0 ₸».
 */
export function formatSaving(amount: number): string {
  return amount > 0 ? formatTenge(amount) : "меньше 1 ₸";
}
