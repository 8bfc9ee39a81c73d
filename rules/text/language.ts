/** The languages of the product's texts for people: Russian (the default) and Kazakh. */
export const LANGUAGES = ["ru", "kk"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a value names one of the product's languages. */
export const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);
