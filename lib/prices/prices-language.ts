import { isLanguage, type Language } from "@/rules/text/language";
import { PRICES_TEXTS_RU, type PricesTexts } from "./prices-texts";
import { PRICES_TEXTS_KK } from "./prices-texts-kk";

/** The words of /prices and its table in each language. */
export const PRICES_TEXTS: Record<Language, PricesTexts> = {
  ru: PRICES_TEXTS_RU,
  kk: PRICES_TEXTS_KK,
};

/** `?lang=` of the table download: `kk` for Kazakh (any case, trimmed), anything else Russian. */
export function pricesTexts(lang: string | null): PricesTexts {
  const value = lang?.trim().toLowerCase();
  return PRICES_TEXTS[isLanguage(value) ? value : "ru"];
}
