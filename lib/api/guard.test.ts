import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/quote/route";
import { UNEXPECTED_ERROR_MESSAGE } from "./errors";
import { CONTRACT_EXAMPLE, errorBody, jsonRequest } from "@/test-support/api-test-helpers";

// The engine is replaced by one that throws, to exercise the safety net of `guard`.
vi.mock("@/rules", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/rules")>()),
  quote: () => {
    throw new TypeError("secret: /srv/app/rules/engine/quote.ts:42 customer BIN 130340020239");
  },
}));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("guard", () => {
  it("an exception in the engine → 422 invalid_input, no internals in body or log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await POST(jsonRequest("/api/quote", CONTRACT_EXAMPLE));
    expect(response.status).toBe(422);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.clone().text();
    expect(text).not.toMatch(/secret|srv|quote\.ts|130340020239|TypeError/);
    expect((await errorBody(response)).error).toEqual({
      code: "invalid_input",
      message: UNEXPECTED_ERROR_MESSAGE,
      issues: [],
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/secret|130340020239/);
  });
});
