/** The Russian plural form for n: ["строка", "строки", "строк"] → 1 строка, 2 строки, 5 строк. */
export function pluralRu(
  n: number,
  forms: readonly [one: string, few: string, many: string],
): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** «5 строк»: the number with thin-space grouping and its plural form. */
export function countRu(n: number, forms: readonly [string, string, string]): string {
  return `${n.toLocaleString("ru-RU")} ${pluralRu(n, forms)}`;
}
