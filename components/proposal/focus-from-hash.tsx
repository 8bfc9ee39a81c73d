"use client";

import { useEffect } from "react";

/**
 * Puts the focus on the element the address's fragment names when the page's update lost it
 * (a moved or removed line's link is gone, so the focus fell to <body>). Focus the partner has
 * put anywhere else is left alone. `query` is the page's query: the check runs after each change.
 */
export function FocusFromHash({ query }: { query: string }) {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (id !== "" && lost) document.getElementById(id)?.focus();
  }, [query]);
  return null;
}
