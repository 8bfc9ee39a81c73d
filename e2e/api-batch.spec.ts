import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { batchResponseSchema, errorBodySchema } from "@/lib/api/response-schemas";
import { validQuoteBody } from "@/test-support/fuzz/valid-bodies";
import { CONTRACT_EXAMPLE } from "@/test-support/api-test-helpers";
import { rawRequest } from "./helpers/raw-http";

// POST /api/quotes over real HTTP against the production server.

test.describe.configure({ mode: "serial" });

const NDJSON = { "content-type": "application/x-ndjson" };
const items = fc.sample(validQuoteBody, { numRuns: 10_000, seed: 12 }) as object[];

interface Entry {
  index: number;
  status: number;
  quote?: unknown;
  error?: { code: string };
}

test("10 000 requests in one batch → each quote equals the single /api/quote answer", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const response = await request.post("/api/quotes", { data: { requests: items } });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = batchResponseSchema.parse(await response.json());
  expect(body.results.map((r) => r.index)).toEqual(items.map((_, i) => i));
  expect(body.summary.total).toBe(10_000);
  expect(body.summary.invalid).toBe(0);
  for (let i = 0; i < items.length; i += 250) {
    const single = await request.post("/api/quote", { data: items[i] });
    expect(body.results[i], `item ${i}`).toEqual({
      index: i,
      status: 200,
      quote: await single.json(),
    });
  }
});

test("bad items keep their place; 10 001 items → 422; not a batch → 400", async ({ request }) => {
  const mixed = await request.post("/api/quotes", {
    data: { requests: [CONTRACT_EXAMPLE, { orderedAt: "вчера" }, CONTRACT_EXAMPLE] },
  });
  const body = batchResponseSchema.parse(await mixed.json());
  expect(body.results.map((r) => r.status)).toEqual([200, 422, 200]);
  expect(body.summary).toEqual({ total: 3, eligible: 2, notEligible: 0, invalid: 1 });

  const tooMany = await request.post("/api/quotes", {
    data: { requests: Array.from({ length: 10_001 }, () => CONTRACT_EXAMPLE) },
  });
  expect(tooMany.status()).toBe(422);
  expect(errorBodySchema.parse(await tooMany.json()).error.issues[0]?.path).toBe("requests");

  const notBatch = await request.post("/api/quotes", { data: CONTRACT_EXAMPLE });
  expect(notBatch.status()).toBe(400);
});

test("GET and PROPFIND → 405 with Allow: POST", async ({ baseURL }) => {
  for (const method of ["GET", "PROPFIND"]) {
    const response = await rawRequest(baseURL!, method, "/api/quotes");
    expect(response.status, method).toBe(405);
    expect(response.headers.allow).toBe("POST");
    expect(errorBodySchema.parse(JSON.parse(response.body)).error.code).toBe("method_not_allowed");
  }
});

test("NDJSON → one answer line per request line, in order; a 1 MB line gets its own 413", async ({
  baseURL,
}) => {
  const lines = items.slice(0, 500).map((item) => JSON.stringify(item));
  lines.splice(100, 0, `{"pad":"${"x".repeat(1_048_576)}"}`);
  lines.splice(200, 0, "{not json");
  const response = await rawRequest(baseURL!, "POST", "/api/quotes", NDJSON, [
    `${lines.join("\n")}\n`,
  ]);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toMatch(/^application\/x-ndjson/);
  const entries = response.body
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as Entry);
  expect(entries).toHaveLength(502);
  expect(entries.map((e) => e.index)).toEqual(entries.map((_, i) => i));
  expect([entries[100]!.status, entries[100]!.error?.code]).toEqual([413, "payload_too_large"]);
  expect([entries[200]!.status, entries[200]!.error?.code]).toEqual([400, "invalid_json"]);
  expect(entries.filter((e) => e.status === 200)).toHaveLength(500);
});

test("NDJSON over 512 KB as APPLICATION/X-NDJSON → every line answered (never cut at the proxy's limit)", async ({
  baseURL,
}) => {
  const lines = items.slice(0, 3_000).map((item) => JSON.stringify(item));
  const body = `${lines.join("\n")}\n`;
  expect(body.length).toBeGreaterThan(512 * 1024);
  const response = await rawRequest(
    baseURL!,
    "POST",
    "/api/quotes",
    { "content-type": "APPLICATION/X-NDJSON; charset=UTF-8" },
    [body],
  );
  expect(response.status).toBe(200);
  const entries = response.body.trimEnd().split("\n");
  expect(entries).toHaveLength(3_000);
  expect(entries.every((line) => (JSON.parse(line) as Entry).status === 200)).toBe(true);
});

test("a client that disconnects mid-stream → the server stays up and answers the next one", async ({
  baseURL,
  request,
}) => {
  const line = `${JSON.stringify(CONTRACT_EXAMPLE)}\n`;
  const received = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(new URL("/api/quotes", baseURL), { method: "POST", headers: NDJSON });
    let bytes = 0;
    req.on("response", (res) => {
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > 100_000) {
          req.destroy();
          resolve(bytes);
        }
      });
    });
    req.on("error", (error) => (bytes > 100_000 ? resolve(bytes) : reject(error)));
    // An endless upload: only the disconnect ends it.
    const pump = () => {
      while (!req.destroyed && req.write(line.repeat(100)));
      if (!req.destroyed) req.once("drain", pump);
    };
    pump();
  });
  expect(received).toBeGreaterThan(100_000);
  const started = Date.now();
  const next = await request.post("/api/quote", { data: CONTRACT_EXAMPLE });
  expect(next.status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(2_000);
});
