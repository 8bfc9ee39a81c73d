import type { ReactNode } from "react";

/** What a form control needs to be bound to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/** Shared look of text inputs and selects; a red border (and the message) when invalid. */
export const CONTROL_CLASS =
  "w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** Ids of the hint and the error of a field, for aria-describedby; undefined when neither shows. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/**
 * A field's error in Russian, next to it; the icon keeps it from relying on colour alone. A
 * `deferred` one (an empty field the partner has not tried yet) is in the page but hidden until
 * the field is left empty (RevealOnBlur) or the form is sent.
 */
export function FieldError({
  id,
  message,
  deferred = false,
}: {
  id: string;
  message: string | undefined;
  deferred?: boolean;
}) {
  if (!message) return null;
  return (
    <p
      id={`${id}-error`}
      hidden={deferred}
      {...(deferred ? { "data-deferred-error": "" } : {})}
      className="flex gap-1 text-sm font-medium text-red-800 [&[hidden]]:hidden"
    >
      <span aria-hidden="true">⚠</span>
      <span>{message}</span>
    </p>
  );
}

/** Label, control, hint and error of one field, bound through aria-describedby/aria-invalid. */
export function Field({
  id,
  label,
  hint,
  error,
  deferred = false,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The error waits for the first try: shown once the field is left empty or the form sent. */
  deferred?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const control: FieldControlProps = { id };
  const shown = Boolean(error) && !deferred;
  if (shown) control["aria-invalid"] = true;
  const by = describedBy(id, Boolean(hint), shown);
  if (by) control["aria-describedby"] = by;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(control)}
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} message={error} deferred={deferred} />
    </div>
  );
}
