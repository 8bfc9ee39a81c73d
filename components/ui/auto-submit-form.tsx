"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

const DEBOUNCE_MS = 400;

/**
 * A plain GET form (works without JavaScript) that, with JavaScript, replaces the URL with its
 * answers shortly after any change, so the server re-renders the results in place.
 */
export function AutoSubmitForm({
  action,
  labelledBy,
  id,
  className,
  keep = [],
  children,
}: {
  action: string;
  /**
   * Query keys the page changes without this form (e.g. closed groups): their current values in
   * the address replace the form's hidden copies, which only a page without JavaScript relies on.
   */
  keep?: readonly string[];
  id?: string;
  /** Id of the heading that names the form (a named form is a landmark). */
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pending, startTransition] = useTransition();
  // Says when the form follows changes by itself: tests wait for it instead of for the network.
  const hydrated = useHydrated();

  useEffect(() => () => clearTimeout(timer.current), []);

  const apply = (form: HTMLFormElement, submitter?: HTMLElement | null) => {
    clearTimeout(timer.current);
    const query = new URLSearchParams();
    // The button that sent the form counts, as it does without JavaScript (`name=value`).
    for (const [key, value] of new FormData(form, submitter ?? null)) {
      if (keep.includes(key)) continue;
      if (typeof value === "string" && value !== "") query.append(key, value);
    }
    const current = new URLSearchParams(window.location.search);
    for (const key of keep) for (const value of current.getAll(key)) query.append(key, value);
    startTransition(() => router.replace(`${action}?${query.toString()}`, { scroll: false }));
  };

  return (
    <form
      method="get"
      action={action}
      id={id}
      className={className}
      aria-labelledby={labelledBy}
      aria-busy={pending}
      data-hydrated={hydrated ? "true" : "false"}
      onChange={(event: FormEvent<HTMLFormElement>) => {
        const form = event.currentTarget;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => apply(form), DEBOUNCE_MS);
      }}
      onSubmit={(event) => {
        // A button with an action of its own (the offer's «Выше», «Удалить») submits as the
        // browser does: its route answers with a redirect back to this page.
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter?.hasAttribute("formaction")) return void clearTimeout(timer.current);
        event.preventDefault();
        apply(event.currentTarget, event.nativeEvent.submitter);
      }}
    >
      {children}
    </form>
  );
}
