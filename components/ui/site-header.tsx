import { NavLink } from "./nav-link";

const NAV = [
  { href: "/", label: "Калькулятор" },
  { href: "/offers", label: "Что доступно клиенту" },
  { href: "/promo", label: "Страница акции" },
] as const;

/**
 * The top bar with the partner pages. The public promotion page shows it without them (`nav`
 * false): a small «Для партнёров» link (`partnerHref`) opens the partner view instead.
 */
export function SiteHeader({ partnerHref }: { partnerHref?: string } = {}) {
  return (
    <header className="border-b border-slate-300 bg-slate-50 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="font-semibold">«Лето с выгодой» · 1С-Битрикс Казахстан</p>
        {partnerHref ? (
          <a href={partnerHref} className="inline-block py-2 text-sm text-slate-700 underline">
            Для партнёров
          </a>
        ) : (
          <nav aria-label="Разделы">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {NAV.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
