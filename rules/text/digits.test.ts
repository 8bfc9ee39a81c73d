import { describe, expect, it } from "vitest";
import { readDigits } from "./digits";

describe("readDigits", () => {
  it.each([
    ["250", 250],
    ["10 000", 10_000],
    ["1 000 000", 1_000_000],
    ["05", 5],
  ])("%s → %i", (text, value) => {
    expect(readDigits(text)).toBe(value);
  });
});
