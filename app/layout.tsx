import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/ui/site-nav";
import { HOME_TITLE, pageMetadata } from "@/lib/page/page-metadata";
import { pageLanguage } from "@/lib/page/language";
import "./globals.css";

const DESCRIPTION =
  "Расчёт цены лицензий 1С-Битрикс по акции «Лето с выгодой» для Казахстана (28.07–31.08.2025): условия, скидки и итоговая стоимость в тенге.";

export const metadata: Metadata = pageMetadata(HOME_TITLE, DESCRIPTION);

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
};

/**
 * The site's frame in each language: the partner tools' navigation in Russian; the Kazakh pages
 * (/kk/promo, /kk/prices) are public and link only to each other.
 */
const CHROME = {
  ru: {
    skip: "Перейти к содержанию",
    navLabel: "Разделы",
    nav: [
      { href: "/", label: "Калькулятор" },
      { href: "/offers", label: "Что доступно клиенту" },
      { href: "/offer", label: "КП" },
      { href: "/check", label: "Проверка заказов" },
      { href: "/promo", label: "Страница акции" },
      { href: "/prices", label: "Прайс-лист" },
    ],
  },
  kk: {
    skip: "Мазмұнға өту",
    navLabel: "Бөлімдер",
    nav: [
      { href: "/kk/promo", label: "Акция беті" },
      { href: "/kk/prices", label: "Прайс-парақ" },
    ],
  },
} as const;

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Every page renders per request: the CSP nonce from middleware.ts must be on Next's scripts,
  // and HTML prerendered at build time would carry none (the browser would block hydration).
  await connection();
  // The client's view of an offer (/offer/view) is not a partner tool: no site navigation.
  const path = (await headers()).get("x-page-path");
  const clientView = path?.startsWith("/offer/view") ?? false;
  const language = pageLanguage(path);
  const chrome = CHROME[language];
  return (
    <html lang={language}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {chrome.skip}
        </a>
        {clientView ? null : (
          <header className="border-b border-slate-300 bg-slate-50 print:hidden">
            <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <p className="font-semibold">«Лето с выгодой» · 1С-Битрикс Казахстан</p>
              <SiteNav items={chrome.nav} label={chrome.navLabel} />
            </div>
          </header>
        )}
        {children}
      </body>
    </html>
  );
}
