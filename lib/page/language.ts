import type { Language } from "@/rules/text/language";

/*
 * The public pages that have a Kazakh version (kazakh.md: Russian stays the default of every
 * URL that exists today; a Kazakh page lives under /kk/…), their hreflang alternates and the
 * language switch «Қазақша | Русский» between the two versions.
 */

/** A bilingual page by its Russian address, and its Kazakh address. */
export const KAZAKH_PAGES = { "/promo": "/kk/promo", "/prices": "/kk/prices" } as const;
export type BilingualPage = keyof typeof KAZAKH_PAGES;

/** The address of one version of a bilingual page. */
export const pageAddress = (page: BilingualPage, language: Language): string =>
  language === "kk" ? KAZAKH_PAGES[page] : page;

/** The language of a page by its path (the proxy's `x-page-path`): Kazakh pages, else Russian. */
export function pageLanguage(path: string | null | undefined): Language {
  return (Object.values(KAZAKH_PAGES) as string[]).includes(path ?? "") ? "kk" : "ru";
}

/** hreflang alternates of both versions (Next metadata): `ru`, `kk`, and `x-default` → Russian. */
export function languageAlternates(page: BilingualPage): {
  languages: Record<"ru" | "kk" | "x-default", string>;
} {
  return { languages: { ru: page, kk: KAZAKH_PAGES[page], "x-default": page } };
}

/** The switch's own words: each language named in itself, the switch named in the page's. */
export const LANGUAGE_NAMES: Record<Language, string> = { kk: "Қазақша", ru: "Русский" };
export const LANGUAGE_SWITCH_LABEL: Record<Language, string> = { kk: "Тіл", ru: "Язык" };

/** One link of the switch. */
export interface LanguageLink {
  language: Language;
  label: string;
  href: string;
  current: boolean;
}

/**
 * The switch's links, Kazakh first: each version's address with the query parameters the page
 * keeps across languages (`at` on /promo: the same moment in the other language). Only the first
 * value of each kept parameter goes over; an empty one is left out.
 */
export function languageLinks(
  page: BilingualPage,
  current: Language,
  params: URLSearchParams,
  keep: readonly string[],
): LanguageLink[] {
  const query = new URLSearchParams();
  for (const key of keep) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const search = query.size > 0 ? `?${query.toString()}` : "";
  return (["kk", "ru"] as const).map((language) => ({
    language,
    label: LANGUAGE_NAMES[language],
    href: `${pageAddress(page, language)}${search}`,
    current: language === current,
  }));
}
