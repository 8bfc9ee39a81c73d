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

const NBSP = "\u00a0";

/**
 * Tenge with tiyn the Kazakh way, from a decimal string: "65892.86" → «65 892,86 ₸» (no-break
 * spaces, decimal comma). Exact for any length: digits are grouped as text, never as a float.
 */
export function formatTengeTiyn(amount: string): string {
  const [whole = "0", fraction = ""] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${grouped},${fraction.padEnd(2, "0").slice(0, 2)}${NBSP}₸`;
}
