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
