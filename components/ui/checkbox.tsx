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
}: {
  id: string;
  label: ReactNode;
  field: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-start gap-3 py-1">
        <input
          id={id}
          type="checkbox"
          {...field}
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
