import type { ComponentProps } from "react";
import { CONTROL_CLASS } from "./field";

export interface SelectOption {
  value: string;
  label: string;
}

/** A native select (keyboard and screen readers for free) with the shared control look. */
export function Select({
  options,
  className,
  ...props
}: ComponentProps<"select"> & { options: readonly SelectOption[] }) {
  return (
    <select {...props} className={`${CONTROL_CLASS} ${className ?? ""}`}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
