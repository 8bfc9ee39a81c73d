import { describe, expect, it } from "vitest";
import * as quoteRoute from "@/app/api/quote/route";
import * as route from "@/app/api/offers/route";
import { allProducts } from "@/rules";
import { overviewResponseSchema, quoteResponseSchema } from "@/lib/api/response-schemas";
import { errorBody, jsonRequest, OVERVIEW_EXAMPLE } from "@/test-support/api-test-helpers";

const post = (body: unknown, init?: Parameters<typeof jsonRequest>[2]) =>
  route.POST(jsonRequest("/api/offers", body, init));

describe("POST /api/offers", () => {
  it("a valid request → 200, one row per catalog product, each with its product", async () => {
    const response = await post({ ...OVERVIEW_EXAMPLE, franchisee: false });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = overviewResponseSchema.parse(await response.json());
    expect(rows.map((r) => r.product)).toEqual(allProducts());
    expect(rows.some((r) => r.eligible)).toBe(true);
  });

  it("every row → equal to POST /api/quote for the same product", async () => {
    const request = { ...OVERVIEW_EXAMPLE, sourcePurchasedAt: "2025-03-01" };
    const rows = overviewResponseSchema.parse(await (await post(request)).json());
    for (const { product, ...row } of rows) {
      const single = await quoteRoute.POST(
        jsonRequest("/api/quote", {
          orderedAt: request.orderedAt,
          paidAt: request.paidAt,
          customer: request.customer,
          history: request.history,
          product,
        }),
      );
      expect(single.status).toBe(200);
      expect(quoteResponseSchema.parse(await single.json())).toEqual(row);
    }
  }, 30_000);

  it("franchisee → every row carries it and none is eligible", async () => {
    const rows = overviewResponseSchema.parse(
      await (await post({ ...OVERVIEW_EXAMPLE, franchisee: true })).json(),
    );
    expect(rows.every((r) => r.product.franchisee === true && !r.eligible)).toBe(true);
    expect(rows.every((r) => r.reasons.some((reason) => reason.code === "franchisee"))).toBe(true);
  });

  it.each([
    ["no history", ["history"], { ...OVERVIEW_EXAMPLE, history: undefined }],
    [
      "never paid, yet on a paid plan",
      ["history.currentPlan"],
      { ...OVERVIEW_EXAMPLE, history: { paidBefore: false, currentPlan: "basic" } },
    ],
    [
      "an invalid source date",
      ["sourcePurchasedAt"],
      { ...OVERVIEW_EXAMPLE, sourcePurchasedAt: "2025-02-30" },
    ],
    ["a customer string", ["customer"], { ...OVERVIEW_EXAMPLE, customer: "ТОО" }],
  ] as const)("%s → 422 naming %j", async (_label, paths, body) => {
    const response = await post(body);
    expect(response.status).toBe(422);
    const { error } = await errorBody(response);
    expect(error.code).toBe("invalid_input");
    expect(error.issues.map((i) => i.path)).toEqual(paths);
  });

  it.each([
    ["a JSON string", 400, "invalid_json", '"offers"', "application/json"],
    ["form data", 415, "unsupported_media_type", "a=1", "application/x-www-form-urlencoded"],
    ["65 537 bytes", 413, "payload_too_large", "{}".padEnd(65_537), "application/json"],
  ] as const)("%s → %i %s", async (_label, status, code, body, contentType) => {
    const response = await post(body, { contentType });
    expect(response.status).toBe(status);
    expect((await errorBody(response)).error.code).toBe(code);
  });

  it.each(["GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "%s → 405 with Allow: POST",
    async (method) => {
      const response = route[method](new Request("http://localhost/api/offers", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      expect((await errorBody(response)).error.code).toBe("method_not_allowed");
    },
  );
});
