"use client";

import { QuoteActions } from "@/components/quote/quote-actions";

/** «Скопировать ссылку» and «Печать» for a page whose address is its whole state (/offers, /promo). */
export function PageActions() {
  return <QuoteActions link={() => window.location.href} />;
}
