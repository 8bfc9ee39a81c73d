import { describe, expect, it } from "vitest";
import { amountDue, proposalVat, vatRateOn } from "./proposal-vat";

describe("vatRateOn: the rate in force on the offer's date", () => {
  it.each([
    ["2025-08-15", 12],
    ["2025-12-31", 12],
    ["2026-01-01", 16],
    ["2026-12-02", 16],
  ])("%s → %d%%", (day, rate) => {
    expect(vatRateOn(day)).toBe(rate);
  });
});

describe("proposalVat", () => {
  it.each([
    {
      label: "list says included, no request",
      requested: undefined,
      listIncluded: true,
      day: "2025-08-15",
      expected: { mode: "included", rate: 12, amount: "65892.86", totalWithVat: "615000.00" },
    },
    {
      label: "list says excluded, no request",
      requested: undefined,
      listIncluded: false,
      day: "2025-08-15",
      expected: { mode: "excluded", rate: 12, amount: "73800.00", totalWithVat: "688800.00" },
    },
    {
      label: "list says nothing, no request",
      requested: undefined,
      listIncluded: null,
      day: "2025-08-15",
      expected: { mode: null, rate: null, amount: null, totalWithVat: null },
    },
    {
      label: "request overrides the list",
      requested: { mode: "excluded" as const },
      listIncluded: true,
      day: "2025-08-15",
      expected: { mode: "excluded", rate: 12, amount: "73800.00", totalWithVat: "688800.00" },
    },
    {
      label: "included, dated 2026",
      requested: { mode: "included" as const },
      listIncluded: null,
      day: "2026-01-01",
      expected: { mode: "included", rate: 16, amount: "84827.59", totalWithVat: "615000.00" },
    },
    {
      label: "a rate given overrides the date's",
      requested: { mode: "included" as const, rate: 16 },
      listIncluded: null,
      day: "2025-12-31",
      expected: { mode: "included", rate: 16, amount: "84827.59", totalWithVat: "615000.00" },
    },
    {
      label: "none",
      requested: { mode: "none" as const, rate: 12 },
      listIncluded: true,
      day: "2025-08-15",
      expected: { mode: "none", rate: null, amount: "0.00", totalWithVat: "615000.00" },
    },
  ])("$label → $expected.mode $expected.amount", ({ requested, listIncluded, day, expected }) => {
    const vat = proposalVat(requested, listIncluded, day, 615_000);
    expect(vat).toEqual(expected);
    expect(amountDue(vat, 615_000)).toBe(expected.totalWithVat ?? "615000.00");
  });
});
