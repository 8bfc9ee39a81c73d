import type { ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { QuoteField, QuoteFormErrors, QuoteFormValues } from "@/lib/quote/quote-form";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";

export interface SectionProps {
  form: UseFormReturn<QuoteFormValues>;
  values: QuoteFormValues;
  errors: QuoteFormErrors;
}

const sameErrors = (a: QuoteFormErrors, b: QuoteFormErrors) => {
  const keys = Object.keys(a) as (keyof QuoteFormErrors)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * Re-render a section only when what it shows changed: the values its layout depends on, or an
 * error. Inputs are uncontrolled (react-hook-form), so a change elsewhere need not touch them;
 * this keeps the change → result time to the result panel's own render.
 */
export function sectionEqual<P extends SectionProps>(
  keys: readonly QuoteField[],
  extra: (a: P, b: P) => boolean = () => true,
) {
  return (a: P, b: P) =>
    a.form === b.form &&
    keys.every((k) => a.values[k] === b.values[k]) &&
    sameErrors(a.errors, b.errors) &&
    extra(a, b);
}

/** The DOM id of a form field; the error list in the result panel focuses fields by it. */
export const fieldId = (name: QuoteField) => `f-${name}`;

/** Select options from a list of values, each labelled by `label`. */
export const options = (values: readonly (string | number)[], label: (v: string) => string) =>
  values.map((v): SelectOption => ({ value: String(v), label: label(String(v)) }));
/** «50 пользователей». */
export const usersLabel = (n: string) => `${n} пользователей`;
/** Options of every value of a label table, in the table's order. */
export const labelled = (labels: Record<string, string>): SelectOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const YES_NO: SelectOption[] = [
  { value: "yes", label: "Да" },
  { value: "no", label: "Нет" },
];

/** One titled part of the form. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 border-t border-slate-300 pt-5">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A labelled select bound to one form field. */
export function SelectField({
  name,
  label,
  hint,
  optionsList,
  form,
  errors,
}: {
  name: QuoteField;
  label: string;
  hint?: ReactNode;
  optionsList: readonly SelectOption[];
} & Pick<SectionProps, "form" | "errors">) {
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <Select
          {...control}
          {...form.register(name)}
          defaultValue={String(form.getValues(name))}
          options={optionsList}
        />
      )}
    </Field>
  );
}

/** A labelled date or date-time input bound to one form field. */
export function DateField({
  name,
  label,
  hint,
  type,
  form,
  errors,
}: {
  name: QuoteField;
  label: string;
  hint?: ReactNode;
  type: "date" | "datetime-local";
} & Pick<SectionProps, "form" | "errors">) {
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          {...form.register(name)}
          defaultValue={String(form.getValues(name))}
          type={type}
          // Keeps the year to four digits (browsers otherwise accept years up to 275760).
          min={type === "date" ? "2000-01-01" : "2000-01-01T00:00"}
          max={type === "date" ? "2099-12-31" : "2099-12-31T23:59"}
          className={CONTROL_CLASS}
        />
      )}
    </Field>
  );
}
