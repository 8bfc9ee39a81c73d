import type { ReactNode } from "react";
import type { OverviewField } from "@/lib/overview/overview-url";
import { dateInput } from "@/lib/page/date-input";

/** The id of a field's control (the first radio of a group): error summaries link to it. */
export const fieldId = (name: OverviewField) => `offers-${name}`;

const describedBy = (name: OverviewField, hint: boolean, error: boolean) =>
  [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null]
    .filter(Boolean)
    .join(" ") || undefined;

function Hint({ name, children }: { name: OverviewField; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${fieldId(name)}-hint`} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

function FieldError({ name, error }: { name: OverviewField; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="mt-1 text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

const control =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-base focus:outline-none focus:ring-2 focus:ring-blue-600 aria-[invalid=true]:border-red-700";

interface FieldProps {
  name: OverviewField;
  label: string;
  value: string;
  error?: string;
  hint?: ReactNode;
}

/** A label above its control, then the hint and the error, for one field. */
function Labelled({
  name,
  label,
  error,
  hint,
  children,
}: Omit<FieldProps, "value"> & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={fieldId(name)} className="block font-medium">
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      {children}
      <FieldError name={name} error={error} />
    </div>
  );
}

/** The attributes a labelled control shares: id, name, invalid state, description, style. */
const controlProps = ({ name, error, hint }: Pick<FieldProps, "name" | "error" | "hint">) => ({
  id: fieldId(name),
  name,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(name, Boolean(hint), Boolean(error)),
  className: control,
});

/** A date field, with a time when the value has one; an unreadable value stays visible as text. */
export function DateField(props: FieldProps) {
  const input = dateInput(props.value);
  return (
    <Labelled {...props}>
      <input {...controlProps(props)} type={input.type} defaultValue={input.value} />
    </Labelled>
  );
}

/** A select with its label and error. */
export function SelectField({
  options,
  ...props
}: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const known = options.some((o) => o.value === props.value);
  return (
    <Labelled {...props}>
      <select {...controlProps(props)} defaultValue={props.value}>
        {/* An unknown value from the URL stays selected so its error makes sense. */}
        {known ? null : <option value={props.value}>{props.value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A group of radio buttons in a fieldset; the legend names the question. */
export function RadioGroup({
  options,
  ...props
}: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const { name, label, value, error, hint } = props;
  return (
    <fieldset role="radiogroup" aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}>
      <legend className="font-medium">{label}</legend>
      <Hint name={name}>{hint}</Hint>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o, i) => (
          <label key={o.value} className="inline-flex items-center gap-2">
            <input
              id={i === 0 ? fieldId(name) : `${fieldId(name)}-${o.value}`}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={o.value === value}
              className="size-4 accent-blue-700"
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

/** A checkbox sent as `name=true` when ticked. */
export function Checkbox({ name, label, value, error, hint }: FieldProps) {
  return (
    <div>
      <label className="inline-flex items-start gap-2">
        <input
          id={fieldId(name)}
          type="checkbox"
          name={name}
          value="true"
          defaultChecked={value === "true"}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
          className="mt-1 size-4 shrink-0 accent-blue-700"
        />
        <span>{label}</span>
      </label>
      <Hint name={name}>{hint}</Hint>
      <FieldError name={name} error={error} />
    </div>
  );
}
