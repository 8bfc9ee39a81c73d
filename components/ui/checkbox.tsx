import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError } from "./field";

/** A checkbox with its label on the right, and an optional hint and error bound to it. */
export function Checkbox({
  id,
  label,
  field,
  hint,
  error,
  checked,
}: {
  id: string;
  label: ReactNode;
  field: UseFormRegisterReturn;
  /** The state the server renders (before scripts run, or without them). */
  checked?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-start gap-3 py-1">
        {/* Without JavaScript an unchecked box sends nothing: this says it was on the form. */}
        <input type="hidden" name={field.name} value="off" />
        <input
          id={id}
          type="checkbox"
          {...field}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
          className="mt-0.5 size-5 shrink-0 accent-blue-700"
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="pl-8 text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} message={error} />
    </div>
  );
}
