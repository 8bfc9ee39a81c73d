import { describe, expect, it } from "vitest";
import { readClosedGroups, withClosedGroups } from "./overview-groups";

describe("readClosedGroups", () => {
  it.each([
    [[], []],
    [["cloud"], ["cloud"]],
    [
      ["box", "cloud"],
      ["cloud", "box"],
    ],
    [["cms,box"], ["box", "cms"]],
    [["addon", "<script>", ""], []],
  ])("%j → %j", (values, expected) => {
    expect([...readClosedGroups(values)]).toEqual(expected);
  });
});

describe("withClosedGroups", () => {
  it("replaces the closed groups and keeps every other key", () => {
    const query = new URLSearchParams("kind=individual&closed=cloud&orderedAt=2025-08-15");
    expect(withClosedGroups(query, new Set(["box", "cms"])).toString()).toBe(
      "kind=individual&orderedAt=2025-08-15&closed=box&closed=cms",
    );
    expect(withClosedGroups(query, new Set()).toString()).toBe(
      "kind=individual&orderedAt=2025-08-15",
    );
  });
});
