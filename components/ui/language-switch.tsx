import type { Language } from "@/rules/text/language";
import { LANGUAGE_SWITCH_LABEL, languageLinks, type BilingualPage } from "@/lib/page/language";

/**
 * «Қазақша | Русский» above a bilingual page: plain links (works without JavaScript), each in
 * its own language (`lang`, `hreflang`), the open version marked `aria-current="page"`.
 */
export function LanguageSwitch({
  page,
  language,
  params,
  keep = [],
}: {
  page: BilingualPage;
  language: Language;
  params: URLSearchParams;
  /** Query parameters that mean the same on both versions (`at` on /promo). */
  keep?: readonly string[];
}) {
  return (
    <nav
      aria-label={LANGUAGE_SWITCH_LABEL[language]}
      className="mx-auto flex max-w-6xl justify-end px-4 pt-2 print:hidden"
    >
      <ul className="flex items-center text-sm">
        {languageLinks(page, language, params, keep).map((link, i) => (
          <li key={link.language} className="flex items-center">
            {i > 0 ? (
              <span aria-hidden="true" className="px-1 text-slate-500">
                |
              </span>
            ) : null}
            <a
              href={link.href}
              lang={link.language}
              hrefLang={link.language}
              aria-current={link.current ? "page" : undefined}
              className="inline-block px-1 py-2 text-blue-800 underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
