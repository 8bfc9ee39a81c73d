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

  it("Accept: application/json, text/csv → JSON (JSON first)", async () => {
    const response = await get("", { accept: "application/json, text/csv" });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
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

  it.each(["HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "%s → 405 with Allow: GET",
    async (method) => {
      const response = route[method](new Request(URL, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET");
      expect((await errorBody(response)).error.code).toBe("method_not_allowed");
    },
  );
});
