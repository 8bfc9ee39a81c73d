import { describe, expect, it } from "vitest";
import { dateInput } from "./date-input";

describe("dateInput", () => {
  it.each([
    ["", "date", ""],
    ["2025-08-15", "date", "2025-08-15"],
    ["2025-08-15T12:00", "datetime-local", "2025-08-15T12:00"],
    ["2025-08-15T12:00:00", "datetime-local", "2025-08-15T12:00"],
    ["2025-08-15T12:00:30", "datetime-local", "2025-08-15T12:00:30"],
    ["2025-08-15T07:00:00Z", "datetime-local", "2025-08-15T12:00"],
    ["2025-08-15T12:00:00+05:00", "datetime-local", "2025-08-15T12:00"],
    ["2025-02-30", "date", "2025-02-30"],
    ["вчера", "text", "вчера"],
  ])("%j → %s %j", (value, type, shown) => {
    expect(dateInput(value)).toEqual({ type, value: shown });
  });
});
