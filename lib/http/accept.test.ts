import { describe, expect, it } from "vitest";
import { negotiate } from "./accept";

const OFFERED = ["application/json", "text/csv"] as const;

describe("negotiate (Accept by q-values)", () => {
  it.each([
    [null, "application/json"],
    ["", "application/json"],
    ["text/csv", "text/csv"],
    ["TEXT/CSV", "text/csv"],
    ["text/csv, application/json", "application/json"],
    ["text/csv;q=1, application/json;q=0.999", "text/csv"],
    ["text/csv;q=0.5, */*;q=0.6", "application/json"],
    ["*/*;q=0.1, text/csv;q=0.2", "text/csv"],
    ["text/*;q=0.9, text/csv;q=0", null],
    ["text/*;q=0.9, text/csv;q=0, application/json;q=0.1", "application/json"],
    ["text/csv;q=0, */*", "application/json"],
    ["application/*", "application/json"],
    ["text/html", null],
    ["application/json;q=0", null],
    ["text/csv;q=abc", null],
    ["text/csv;q=2", null],
    ["garbage", "application/json"],
  ])("%j → %s", (accept, expected) => {
    expect(negotiate(accept, OFFERED)).toBe(expected);
  });
});
