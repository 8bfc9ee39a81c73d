"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { isPartnerView } from "@/lib/promo/promo-view";
import { NavLink } from "./nav-link";

/**
 * The partner pages. The public promotion page (/promo) shows them only in a partner's view
 * (`?at=` preview or `?partner=1`): to the public, a small «Для партнёров» link instead.
 */
export function SiteNav({
  items,
  label,
}: {
  items: readonly { href: string; label: string }[];
  /** The navigation's name for screen readers, in the page's language. */
  label: string;
}) {
  const path = usePathname();
  const params = useSearchParams();
  if (path === "/promo" && !isPartnerView(params)) {
    return (
      <a href="/promo?partner=1" className="inline-block py-2 text-sm text-slate-700 underline">
        Для партнёров
      </a>
    );
  }
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
