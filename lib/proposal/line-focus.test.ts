import { describe, expect, it } from "vitest";
import { focusAfterMove, focusAfterRemove } from "./line-focus";

describe("focusAfterMove", () => {
  it.each([
    ["the 3rd of 4 up", 2, -1, 4, "offer-line-1-up"],
    ["the 2nd of 4 up to the first place (no «Выше» there)", 1, -1, 4, "offer-line-0-heading"],
    ["the 2nd of 4 down", 1, 1, 4, "offer-line-2-down"],
    ["the 3rd of 4 down to the last place (no «Ниже» there)", 2, 1, 4, "offer-line-3-heading"],
    ["the 2nd of 2 up", 1, -1, 2, "offer-line-0-heading"],
  ] as const)("%s → %s", (_label, index, by, count, id) => {
    expect(focusAfterMove(index, by, count)).toBe(id);
  });
});

describe("focusAfterRemove", () => {
  it.each([
    ["the 1st of 3 → the next line, now 1st", 0, 3, "offer-line-0-heading"],
    ["the 2nd of 3 → the next line, now 2nd", 1, 3, "offer-line-1-heading"],
    ["the last of 3 → the previous line", 2, 3, "offer-line-1-heading"],
    ["the only one → the «Позиции» heading", 0, 1, "offer-lines-heading"],
  ] as const)("%s → %s", (_label, index, count, id) => {
    expect(focusAfterRemove(index, count)).toBe(id);
  });
});
