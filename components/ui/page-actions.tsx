"use client";

import { ShareActions } from "@/components/ui/share-actions";

/** «Скопировать ссылку» and «Печать» for a page whose address is its whole state (/offers, /promo). */
export function PageActions() {
  return <ShareActions link={() => window.location.href} />;
}
