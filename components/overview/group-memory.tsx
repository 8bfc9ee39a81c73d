"use client";

import { useEffect } from "react";
import { readClosedGroups, withClosedGroups } from "@/lib/overview/overview-groups";

/**
 * Writes the closed groups into the address as the partner opens and closes them (the groups are
 * <details>, which open and close without JavaScript too), so a reload or a shared link keeps
 * them. Ticked rows stay: nothing is reloaded.
 */
export function GroupMemory() {
  useEffect(() => {
    const onToggle = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLDetailsElement) || !target.dataset.group) return;
      const closed = [...document.querySelectorAll<HTMLDetailsElement>("details[data-group]")]
        .filter((details) => !details.open)
        .map((details) => details.dataset.group ?? "");
      const url = new URL(window.location.href);
      const next = withClosedGroups(url.searchParams, readClosedGroups(closed));
      if (next.toString() === url.searchParams.toString()) return;
      url.search = next.toString();
      window.history.replaceState(window.history.state, "", url);
    };
    // `toggle` does not bubble: listen while it goes down.
    document.addEventListener("toggle", onToggle, true);
    return () => document.removeEventListener("toggle", onToggle, true);
  }, []);
  return null;
}
