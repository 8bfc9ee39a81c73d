"use client";

import { useEffect } from "react";

/**
 * Shows a deferred error (FieldError `deferred`) once its field is left empty: validation after
 * the first try, not before. Without JavaScript the errors show once the form is sent.
 */
export function RevealOnBlur({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!form) return;
    const onBlur = (event: FocusEvent) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.value.trim() !== "") return;
      const error = document.getElementById(`${input.id}-error`);
      if (!error?.hasAttribute("data-deferred-error")) return;
      error.hidden = false;
      input.setAttribute("aria-invalid", "true");
      const by = new Set((input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
      by.add(error.id);
      input.setAttribute("aria-describedby", [...by].join(" "));
    };
    form.addEventListener("focusout", onBlur);
    return () => form.removeEventListener("focusout", onBlur);
  }, [formId]);
  return null;
}
