import { describe, expect, it } from "vitest";
import * as route from "@/app/api/openapi.json/route";
import { proposalRequestSchema, overviewRequestSchema, quoteRequestSchema } from "@/rules";
import { errorBody } from "@/test-support/api-test-helpers";

type Json = Record<string, unknown>;
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Json | undefined)?.[key], value);

async function document(): Promise<Json> {
  const response = await route.GET();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()) as Json;
}

describe("GET /api/openapi.json", () => {
  it("the document → OpenAPI 3.1 with the eight paths", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths as Json).sort()).toEqual([
      "/api/health",
      "/api/offer",
      "/api/offer.pdf",
      "/api/offers",
      "/api/openapi.json",
      "/api/prices",
      "/api/quote",
      "/api/quotes",
    ]);
  });

  it("POST /api/quotes → JSON and NDJSON bodies, the batch envelope with its limits", async () => {
    const doc = await document();
    const operation = at(doc, "paths", "/api/quotes", "post");
    expect(Object.keys(at(operation, "requestBody", "content") as Json).sort()).toEqual([
      "application/json",
      "application/x-ndjson",
    ]);
    const requests = at(doc, "components", "schemas", "BatchRequest", "properties", "requests");
    expect(requests).toMatchObject({ minItems: 1, maxItems: 10_000 });
    expect(at(doc, "components", "schemas", "BatchResponse", "properties")).toHaveProperty(
      "summary",
    );
  });

  it.each(["/api/quote", "/api/offers", "/api/offer", "/api/offer.pdf", "/api/quotes"])(
    "POST %s → every status of the contract",
    async (path) => {
      const doc = await document();
      const responses = at(doc, "paths", path, "post", "responses") as Json;
      // A PDF is rendered in a worker pool whose queue is bounded: 503 when it is full.
      const busy = path === "/api/offer.pdf" ? ["503"] : [];
      expect(Object.keys(responses).sort()).toEqual([
        ...["200", "400", "405", "413", "415", "422"],
        ...busy,
      ]);
      expect(at(doc, "paths", path, "post", "requestBody", "required")).toBe(true);
    },
  );

  it.each(["/api/health", "/api/openapi.json"])("GET %s → 200 and 405", async (path) => {
    const doc = await document();
    expect(Object.keys(at(doc, "paths", path, "get", "responses") as Json).sort()).toEqual([
      "200",
      "405",
    ]);
  });

  it("GET /api/prices → JSON or CSV, 304 on a matching ETag, 405, 406", async () => {
    const doc = await document();
    const responses = at(doc, "paths", "/api/prices", "get", "responses") as Json;
    expect(Object.keys(responses).sort()).toEqual(["200", "304", "405", "406"]);
    expect(Object.keys(at(responses, "200", "content") as Json).sort()).toEqual([
      "application/json",
      "text/csv",
    ]);
    const schemas = at(doc, "components", "schemas") as Json;
    expect(at(schemas, "PriceList", "properties", "loadedFrom", "enum")).toEqual([
      "example",
      "file",
    ]);
  });

  it("every $ref → resolves inside the document", async () => {
    const doc = await document();
    const refs: string[] = [];
    JSON.stringify(doc, (key, value: unknown) => {
      if (key === "$ref" && typeof value === "string") refs.push(value);
      return value;
    });
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\//);
      expect(at(doc, ...ref.slice(2).split("/")), ref).toBeDefined();
    }
  });

  it("request schemas → generated from the zod schemas", async () => {
    const schemas = at(await document(), "components", "schemas") as Json;
    const properties = (id: string) => Object.keys(at(schemas, id, "properties") as Json).sort();
    expect(properties("QuoteRequest")).toEqual(Object.keys(quoteRequestSchema.shape).sort());
    expect(properties("OffersRequest")).toEqual(Object.keys(overviewRequestSchema.shape).sort());
    expect(properties("OfferRequest")).toEqual(Object.keys(proposalRequestSchema.shape).sort());
    expect(at(schemas, "QuoteRequest", "required")).toEqual(["orderedAt", "customer", "product"]);
    expect(at(schemas, "Product", "oneOf")).toHaveLength(3);
    for (const id of [
      "QuoteResponse",
      "OfferRow",
      "OffersResponse",
      "OfferResponse",
      "Error",
      "Health",
    ]) {
      expect(schemas[id], id).toBeDefined();
      expect(at(schemas, id, "$schema")).toBeUndefined();
    }
    expect(at(schemas, "Error", "properties", "error", "properties", "code", "enum")).toEqual([
      "invalid_json",
      "method_not_allowed",
      "not_acceptable",
      "payload_too_large",
      "unsupported_media_type",
      "invalid_input",
      "service_unavailable",
    ]);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "%s → 405 with Allow: GET, HEAD",
    async (method) => {
      const response = route[method](new Request("http://localhost/api/openapi.json", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
      expect((await errorBody(response)).error.code).toBe("method_not_allowed");
    },
  );
});
