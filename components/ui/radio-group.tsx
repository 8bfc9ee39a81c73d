import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError } from "./field";
import type { SelectOption } from "./select";

/**
 * A fieldset of radios with a legend; the error and hint are bound to the group. An option may
 * name its label's language (`lang`), for a choice written in another language than the page.
 */
export function RadioGroup({
  id,
  legend,
  options,
  field,
  hint,
  error,
  inline = true,
  value,
}: {
  id: string;
  legend: ReactNode;
  options: readonly (SelectOption & { lang?: string | undefined })[];
  /** The react-hook-form field, or only a `name` in a plain server-rendered form. */
  field: UseFormRegisterReturn | { name: string };
  hint?: ReactNode;
  error?: string | undefined;
  inline?: boolean;
  /** The checked option the server renders (before scripts run, or without them). */
  value?: string;
}) {
  const by = describedBy(id, Boolean(hint), Boolean(error));
  return (
    <fieldset
      id={id}
      role="radiogroup"
      aria-describedby={by}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-1"
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <div className={inline ? "flex flex-wrap gap-2" : "flex flex-col gap-2"}>
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700"
          >
            <input
              type="radio"
              value={o.value}
              {...field}
              defaultChecked={value === undefined ? undefined : o.value === value}
              className="size-4 accent-blue-700"
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} message={error} />
    </fieldset>
  );
}
