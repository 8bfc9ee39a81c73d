import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as overviewRoute from "@/app/api/offers/route";
import * as quoteRoute from "@/app/api/quote/route";
import * as quotesRoute from "@/app/api/quotes/route";
import { batchViolation } from "@/test-support/batch-check";
import { API_ERROR_STATUS, UNEXPECTED_ERROR_MESSAGE } from "./errors";
import { mutatedOverviewBody, mutatedQuoteBody } from "@/test-support/fuzz/mutations";
import { anythingText, batchBodies, rawBody } from "@/test-support/fuzz/raw-bodies";
import { validOverviewBody, validQuoteBody } from "@/test-support/fuzz/valid-bodies";
import { errorBodySchema, overviewResponseSchema, quoteResponseSchema } from "./response-schemas";
import { jsonRequest } from "@/test-support/api-test-helpers";

// In-process twin of e2e/api-fuzz.spec.ts: fast, and it can see the log. The safety net in
// `guard` logs once per use, so a silent console proves no generated input reached it.

afterEach(() => {
  vi.restoreAllMocks();
});

async function check(
  response: Response,
  ok: typeof quoteResponseSchema | typeof overviewResponseSchema,
) {
  const body: unknown = await response.json();
  expect(response.headers.get("cache-control")).toBe("no-store");
  if (response.status === 200) {
    const parsed = ok.safeParse(body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    return;
  }
  const { error } = errorBodySchema.parse(body);
  expect(API_ERROR_STATUS[error.code]).toBe(response.status);
  expect(error.message).not.toBe(UNEXPECTED_ERROR_MESSAGE);
  if (error.code === "invalid_input") expect(error.issues.length).toBeGreaterThan(0);
}

const text = (arb: fc.Arbitrary<string>) =>
  arb.map((body) => ({
    contentType: "application/json" as string | null,
    body: body as string | Uint8Array,
  }));

describe("fuzz, in process", () => {
  it("valid quote bodies → always 200", async () => {
    await fc.assert(
      fc.asyncProperty(validQuoteBody, async (body) => {
        const response = await quoteRoute.POST(jsonRequest("/api/quote", body));
        expect(response.status).toBe(200);
        await check(response, quoteResponseSchema);
      }),
      { seed: 1, numRuns: 1_000 },
    );
  }, 60_000);

  it("generated quote bodies → never the safety net, always the contract", async () => {
    const log = vi.spyOn(console, "error");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { arbitrary: text(mutatedQuoteBody), weight: 6 },
          { arbitrary: text(fc.jsonValue().map((v) => JSON.stringify(v))), weight: 1 },
          { arbitrary: text(fc.json()), weight: 1 },
          { arbitrary: text(anythingText), weight: 1 },
          { arbitrary: rawBody, weight: 1 },
        ),
        async ({ contentType, body }) => {
          const response = await quoteRoute.POST(jsonRequest("/api/quote", body, { contentType }));
          await check(response, quoteResponseSchema);
        },
      ),
      { seed: 2, numRuns: 2_000 },
    );
    expect(log).not.toHaveBeenCalled();
  }, 60_000);

  it("generated offers bodies → never the safety net, always the contract", async () => {
    const log = vi.spyOn(console, "error");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(text(mutatedOverviewBody), text(validOverviewBody.map((b) => JSON.stringify(b)))),
        async ({ contentType, body }) => {
          const response = await overviewRoute.POST(
            jsonRequest("/api/offers", body, { contentType }),
          );
          await check(response, overviewResponseSchema);
        },
      ),
      { seed: 3, numRuns: 150 },
    );
    expect(log).not.toHaveBeenCalled();
  }, 60_000);
});

describe("fuzz POST /api/quotes, in process", () => {
  it("generated batch bodies → never a 5xx nor the safety net, every entry in order", async () => {
    const log = vi.spyOn(console, "error");
    const statuses = new Set<number>();
    for (const item of batchBodies(5, 400)) {
      const response = await quotesRoute.POST(
        jsonRequest("/api/quotes", item.body, { contentType: item.contentType }),
      );
      statuses.add(response.status);
      const problem = batchViolation(
        response.status,
        response.headers.get("content-type"),
        await response.text(),
      );
      expect(problem, `${item.kind}: ${String(item.body).slice(0, 200)}`).toBeNull();
    }
    expect([...statuses].sort()).toEqual([200, 400, 422]);
    expect(log).not.toHaveBeenCalled();
  }, 60_000);
});
