import { describe, expect, it } from "vitest";
import * as route from "@/app/api/prices/route";
import { readPriceList } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { errorBody } from "@/test-support/api-test-helpers";
import { pricesResponseSchema } from "@/lib/api/response-schemas";

const URL = "http://localhost/api/prices";
const get = (query = "", headers: Record<string, string> = {}) =>
  route.GET(new Request(`${URL}${query}`, { headers }));

describe("GET /api/prices (no PRICE_LIST: the example list)", () => {
  it("JSON → the list in the price-list.md format plus loadedFrom, with an ETag", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    const body = pricesResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ id: examplePriceList.id, kind: "example", loadedFrom: "example" });
    expect(body.items).toEqual(examplePriceList.items);
  });

  it.each([
    { label: "?format=csv", query: "?format=csv", headers: {} as Record<string, string> },
    { label: "Accept: text/csv", query: "", headers: { accept: "text/csv" } },
  ])("$label → the same list as CSV, which reads back to it", async ({ query, headers }) => {
    const response = await get(query, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${examplePriceList.id}.csv"`,
    );
    const read = readPriceList(await response.text(), "csv");
    expect(read.ok && read.list.items).toEqual(examplePriceList.items);
  });

  it("the CSV starts with a UTF-8 BOM", async () => {
    const bytes = new Uint8Array(await (await get("?format=csv")).arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x23]); // BOM, then «#»
  });

  it.each([
    ["application/json, text/csv", "json"],
    ["text/csv, application/json", "json"], // a tie: JSON
    ["text/csv;q=0.9, application/json;q=0.8", "csv"],
    ["application/json;q=0.5, text/csv", "csv"],
    ["text/csv, application/json;q=0", "csv"],
    ["text/*", "csv"],
    ["text/*, application/json;q=0.1", "csv"],
    ["*/*", "json"],
    ["text/html, */*;q=0.8", "json"], // neither named: JSON
    ["text/csv;q=0.2, */*;q=0.5", "json"],
    ["", "json"],
  ])("Accept: %s → %s", async (accept, wanted) => {
    const response = await get("", { accept });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(
      wanted === "csv" ? /^text\/csv/ : /^application\/json/,
    );
  });

  it.each(["image/png", "text/html", "application/json;q=0, text/csv;q=0", "text/plain, image/*"])(
    "Accept: %s (nothing this route gives) → 406 in the contract's shape",
    async (accept) => {
      const response = await get("", { accept });
      expect(response.status).toBe(406);
      expect((await errorBody(response)).error.code).toBe("not_acceptable");
    },
  );

  it("HEAD → the GET answer's status and headers", async () => {
    const head = await route.HEAD(
      new Request(URL, { method: "HEAD", headers: { accept: "text/csv" } }),
    );
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it.each([
    { label: "its ETag", tag: (etag: string) => etag },
    { label: "its ETag, weak", tag: (etag: string) => `W/${etag}` },
    { label: "a list with its ETag", tag: (etag: string) => `"old", ${etag}` },
    { label: "*", tag: () => "*" },
  ])("If-None-Match with $label → 304 without a body", async ({ tag }) => {
    const etag = (await get()).headers.get("etag")!;
    const response = await get("", { "if-none-match": tag(etag) });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(etag);
    expect(await response.text()).toBe("");
  });

  it("JSON and CSV → different ETags; a stale one → 200", async () => {
    const json = (await get()).headers.get("etag")!;
    const csv = (await get("?format=csv")).headers.get("etag")!;
    expect(csv).not.toBe(json);
    expect((await get("?format=csv", { "if-none-match": json })).status).toBe(200);
    expect((await get("", { "if-none-match": '"stale"' })).status).toBe(200);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "%s → 405 with Allow: GET, HEAD",
    async (method) => {
      const response = route[method](new Request(URL, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
      expect((await errorBody(response)).error.code).toBe("method_not_allowed");
    },
  );
});
