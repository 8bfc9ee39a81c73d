"use client";

import { useEffect } from "react";
import {
  SELLER_KEYS,
  saveDraftQuery,
  saveSeller,
  savedSeller,
} from "@/lib/proposal/proposal-storage";

/**
 * Remembers the offer shown (so «Добавить в КП» elsewhere adds to it) and the seller's details;
 * fills the seller fields of an offer that has none from what was typed last time.
 */
export function ProposalMemory({ formId, query }: { formId: string; query: string }) {
  useEffect(() => {
    saveDraftQuery(query);
  }, [query]);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const input = (key: string) => form.elements.namedItem(key);
    const fields = SELLER_KEYS.map(input).filter(
      (el): el is HTMLInputElement => el instanceof HTMLInputElement,
    );
    const saved = savedSeller();
    if (fields.every((f) => f.value === "") && Object.keys(saved).length > 0) {
      for (const f of fields) f.value = saved[f.name] ?? "";
      form.requestSubmit();
    }
    const remember = (event: Event) => {
      if (!(event.target instanceof HTMLInputElement) || !SELLER_KEYS.includes(event.target.name))
        return;
      saveSeller(Object.fromEntries(fields.map((f) => [f.name, f.value.trim()])));
    };
    form.addEventListener("input", remember);
    return () => form.removeEventListener("input", remember);
  }, [formId]);

  return null;
}
