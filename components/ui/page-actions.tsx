"use client";

import { ShareActions } from "@/components/ui/share-actions";
import type { ShareTexts } from "@/lib/page/share-texts";

/** «Скопировать ссылку» and «Печать» for a page whose address is its whole state (/offers, /promo). */
export function PageActions({ texts }: { texts?: ShareTexts }) {
  return <ShareActions link={() => window.location.href} texts={texts} />;
}
