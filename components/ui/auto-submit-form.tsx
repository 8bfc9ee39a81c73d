"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";

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
  children,
}: {
  action: string;
  id?: string;
  /** Id of the heading that names the form (a named form is a landmark). */
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pending, startTransition] = useTransition();

  useEffect(() => () => clearTimeout(timer.current), []);

  const apply = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value !== "") query.append(key, value);
    }
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
        apply(event.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
