/*
 * Checks for Kazakh texts, shared by the unit tests of every Kazakh table and the e2e test of the
 * Kazakh pages: a Kazakh text has a letter Russian lacks, and no Russian-only word.
 */

/** Letters of the Kazakh alphabet that Russian lacks. */
export const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/**
 * Russian words that never occur in Kazakh («клиент», «не», «от» do, so they are not here) (service words and the promotion's key words): one of
 * them in a Kazakh text means a Russian sentence was left untranslated. Trade names that carry
 * Russian words («Малый бизнес», «Управление сайтом») contain none of these.
 */
export const RUSSIAN_ONLY_WORDS = [
  "для",
  "или",
  "скидка",
  "скидки",
  "скидку",
  "скидкой",
  "действует",
  "действительно",
  "акции",
  "клиента",
  "на",
  "по",
  "до",
  "при",
  "только",
  "если",
  "цена",
  "цены",
  "месяцев",
  "пользователей",
] as const;

/** The Russian-only words a text contains (whole words, any case). */
export function russianWordsIn(text: string): string[] {
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  return RUSSIAN_ONLY_WORDS.filter((w) => words.has(w));
}

/**
 * Digit groups of a text (clauses, times, amounts, percents, dates): the facts a translation
 * keeps. A date counts as its day and year, so «30.06.2025» and «2025 жылғы 30 маусым» (or
 * «30 июня 2025») say the same; its month is a word in the long forms.
 */
export function numbersIn(text: string): string[] {
  const dates = text.replace(
    /\b(\d{2})\.\d{2}\.(\d{4})\b/gu,
    (_, d: string, y: string) => ` ${Number(d)} ${y} `,
  );
  return [...new Set(dates.match(/\d+(?:[.:]\d+)*/gu) ?? [])].sort();
}
