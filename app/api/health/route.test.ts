import { describe, expect, it } from "vitest";
import * as route from "@/app/api/health/route";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { healthResponseSchema } from "@/lib/api/response-schemas";
import { errorBody } from "@/test-support/api-test-helpers";

describe("GET /api/health", () => {
  it("GET → ok with the promotion and the catalog id", async () => {
    const response = route.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(healthResponseSchema.parse(await response.json())).toEqual({
      status: "ok",
      promotion: "kz-summer-2025",
      catalog: examplePriceList.id,
    });
  });

  it.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "%s → 405 with Allow: GET, HEAD",
    async (method) => {
      const response = route[method](new Request("http://localhost/api/health", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
      expect((await errorBody(response)).error.code).toBe("method_not_allowed");
    },
  );
});
