/*
 * Text folding for reading what people type in spreadsheets: case, «ё», quotes, dashes and Latin
 * letters that look Cyrillic (a «С» typed on the Latin keyboard in «1C-Битрикс») do not matter.
 */

/** Latin letters that look like Cyrillic ones, and the Cyrillic letter each is taken for. */
const LOOK_ALIKES: Record<string, string> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};

const CYRILLIC = /[а-яё]/;
const LATIN_LOOK_ALIKE = /[abcehkmoptxy]/g;

/** A run of letters mixing Cyrillic with Latin look-alikes, in Cyrillic alone («Тaриф»). */
function foldLetters(run: string): string {
  return CYRILLIC.test(run) ? run.replace(LATIN_LOOK_ALIKE, (l) => LOOK_ALIKES[l]!) : run;
}

/**
 * Lower case, «ё» as «е», no quotes, every dash as «-», Latin look-alikes inside Cyrillic
 * words (and «1C») made Cyrillic, spaces (no-break, thin) collapsed: «1C-Битрикс: “Старт”» → «1с-битрикс: старт».
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"“”„'`’*]/g, "")
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .trim()
    .replace(/[a-zа-яе]+/g, foldLetters)
    .replace(/(^|[^a-z])1c(?![a-z])/g, "$11с");
}
