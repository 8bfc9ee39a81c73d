/** The languages of the product's texts for people: Russian (the default) and Kazakh. */
export const LANGUAGES = ["ru", "kk"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a value names one of the product's languages. */
export const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);

/** The languages an offer's document is written in (API contract: `language`). */
export const DOCUMENT_LANGUAGES = ["ru", "kk", "kk+ru"] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** The languages of a document, in the order it prints them: `kk+ru` → kk, then ru. */
export function documentLanguages(lang: DocumentLanguage): readonly [Language, ...Language[]] {
  return lang === "kk+ru" ? ["kk", "ru"] : [lang];
}

/**
 * The language of an answer's texts (reasons, warnings, notes) for a document: Kazakh when the
 * document's first language is (`kk`, `kk+ru`) or when the request asks for it
 * (`Accept-Language: kk`, `?lang=kk`); Russian otherwise, the default of both.
 */
export function textLanguage(document: DocumentLanguage | undefined, asked: Language): Language {
  const first = documentLanguages(document ?? "ru")[0];
  return first === "ru" ? asked : first;
}
