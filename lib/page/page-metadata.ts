import type { Metadata } from "next";

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
