import type { Metadata } from "next";
import type { Language } from "@/rules/text/language";
import { languageAlternates, type BilingualPage } from "./language";

/** The calculator's title: the site's default too. */
export const HOME_TITLE = "Калькулятор акции «Лето с выгодой» — 1С-Битрикс Казахстан";

const SITE_NAME = "«Лето с выгодой» · 1С-Битрикс Казахстан";

/**
 * A page's title and description, also as Open Graph tags: messengers (Telegram, WhatsApp) build
 * a link's preview from them. Next does not merge a page's `openGraph` into the layout's, so every
 * page states all of it.
 */
export function pageMetadata(title: string, description: string): Metadata {
  return {
    title,
    description,
    openGraph: { title, description, type: "website", locale: "ru_RU", siteName: SITE_NAME },
  };
}

/**
 * One version of a page that exists in Russian and Kazakh: its title and description in its
 * language, `hreflang` alternates to both versions (`x-default` → Russian) and the Open Graph
 * locale of its language.
 */
export function bilingualPageMetadata(
  page: BilingualPage,
  language: Language,
  title: string,
  description: string,
): Metadata {
  const metadata = pageMetadata(title, description);
  return {
    ...metadata,
    alternates: languageAlternates(page),
    openGraph: {
      ...metadata.openGraph,
      locale: language === "kk" ? "kk_KZ" : "ru_RU",
      alternateLocale: language === "kk" ? "ru_RU" : "kk_KZ",
    },
  };
}
