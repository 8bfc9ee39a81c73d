import { expect, test, type APIResponse } from "@playwright/test";
import {
  errorBodySchema,
  healthResponseSchema,
  proposalResponseSchema,
  overviewResponseSchema,
  quoteResponseSchema,
} from "@/lib/api/response-schemas";
import {
  CONTRACT_EXAMPLE,
  CONTRACT_EXAMPLE_RESPONSE,
  PROPOSAL_EXAMPLE,
  OVERVIEW_EXAMPLE,
} from "@/test-support/api-test-helpers";
import { pdfText } from "@/test-support/pdf-text";
import { rawRequest } from "./helpers/raw-http";

test.describe.configure({ mode: "serial" });

const JSON_TYPE = { "content-type": "application/json" };

/** A raw HTTP/1.1 POST with exactly these headers and body chunks. */
const rawPost = (
  baseURL: string,
  path: string,
  headers: Record<string, string>,
  chunks: readonly (string | Buffer)[],
) => rawRequest(baseURL, "POST", path, headers, chunks);

async function expectError(response: APIResponse, status: number, code: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const { error } = errorBodySchema.parse(await response.json());
  expect(error.code).toBe(code);
  return error;
}

test("the contract's example request → 200 with the contract's fields", async ({ request }) => {
  const response = await request.post("/api/quote", { data: CONTRACT_EXAMPLE });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = quoteResponseSchema.parse(await response.json());
  expect(body).toMatchObject(CONTRACT_EXAMPLE_RESPONSE);
  expect(body.summary).toMatch(/^Скидка 35% по п\. 4\.1\.3/);
});

test("a body that is not JSON → 400 invalid_json", async ({ request }) => {
  const response = await request.post("/api/quote", { headers: JSON_TYPE, data: "{orderedAt:" });
  await expectError(response, 400, "invalid_json");
});

test("a JSON array → 400 invalid_json", async ({ request }) => {
  const response = await request.post("/api/quote", { headers: JSON_TYPE, data: "[1,2]" });
  await expectError(response, 400, "invalid_json");
});

test("a raw body with Content-Type text/plain → 415 unsupported_media_type", async ({
  request,
}) => {
  const response = await request.post("/api/quote", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify(CONTRACT_EXAMPLE),
  });
  await expectError(response, 415, "unsupported_media_type");
});

test("no Content-Type at all → 415 unsupported_media_type", async ({ baseURL }) => {
  const body = JSON.stringify(CONTRACT_EXAMPLE);
  const response = await rawPost(
    baseURL!,
    "/api/quote",
    { "content-length": `${Buffer.byteLength(body)}` },
    [body],
  );
  expect(response.status).toBe(415);
  expect(errorBodySchema.parse(JSON.parse(response.body)).error.code).toBe(
    "unsupported_media_type",
  );
});

test("a 70 000-byte body → 413 payload_too_large", async ({ request }) => {
  const response = await request.post("/api/quote", {
    headers: JSON_TYPE,
    data: JSON.stringify(CONTRACT_EXAMPLE).padEnd(70_000),
  });
  await expectError(response, 413, "payload_too_large");
});

test("65 536 bytes → 200, 65 537 bytes → 413", async ({ request }) => {
  const text = JSON.stringify(CONTRACT_EXAMPLE);
  const at = (size: number) =>
    request.post("/api/quote", { headers: JSON_TYPE, data: text.padEnd(size) });
  expect((await at(65_536)).status()).toBe(200);
  await expectError(await at(65_537), 413, "payload_too_large");
});

test("a chunked body with no Content-Length over 64 KiB → 413", async ({ baseURL }) => {
  const chunk = " ".repeat(10_000);
  const response = await rawPost(baseURL!, "/api/quote", JSON_TYPE, [
    JSON.stringify(CONTRACT_EXAMPLE),
    ...Array<string>(7).fill(chunk),
  ]);
  expect(response.status).toBe(413);
  expect(response.headers["transfer-encoding"] ?? response.headers["content-length"]).toBeTruthy();
  expect(errorBodySchema.parse(JSON.parse(response.body)).error.code).toBe("payload_too_large");
});

test("a chunked valid body under 64 KiB → 200", async ({ baseURL }) => {
  const text = JSON.stringify(CONTRACT_EXAMPLE);
  const response = await rawPost(baseURL!, "/api/quote", JSON_TYPE, [
    text.slice(0, 10),
    text.slice(10),
  ]);
  expect(response.status).toBe(200);
  expect(quoteResponseSchema.parse(JSON.parse(response.body)).promoPrice).toBe(650_000);
});

test("months 3 → 422 invalid_input naming product.months", async ({ request }) => {
  const response = await request.post("/api/quote", {
    data: { ...CONTRACT_EXAMPLE, product: { ...CONTRACT_EXAMPLE.product, months: 3 } },
  });
  const error = await expectError(response, 422, "invalid_input");
  expect(error.issues).toEqual([
    {
      path: "product.months",
      code: "invalid_value",
      message: "Срок, месяцев: одно из значений 1, 12",
    },
  ]);
});

test("never paid, yet on a paid plan → 422 naming history.currentPlan", async ({ request }) => {
  const response = await request.post("/api/quote", {
    data: { ...CONTRACT_EXAMPLE, history: { paidBefore: false, currentPlan: "enterprise" } },
  });
  const error = await expectError(response, 422, "invalid_input");
  expect(error.issues.map((i) => i.path)).toEqual(["history.currentPlan"]);
});

for (const path of ["/api/quote", "/api/offers"]) {
  for (const method of ["GET", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
    test(`${method} ${path} → 405 with Allow: POST`, async ({ request }) => {
      const response = await request.fetch(path, { method });
      expect(response.headers()["allow"]).toBe("POST");
      await expectError(response, 405, "method_not_allowed");
    });
  }
  test(`HEAD ${path} → 405 with Allow: POST`, async ({ request }) => {
    const response = await request.head(path);
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toBe("POST");
  });
}

for (const path of ["/api/health", "/api/openapi.json", "/api/prices"]) {
  for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
    test(`${method} ${path} → 405 with Allow: GET, HEAD`, async ({ request }) => {
      const response = await request.fetch(path, { method, headers: JSON_TYPE, data: "{}" });
      expect(response.headers()["allow"]).toBe("GET, HEAD");
      await expectError(response, 405, "method_not_allowed");
    });
  }
}

test("/api/offers rows → equal to /api/quote for the same inputs", async ({ request }) => {
  const offers = { ...OVERVIEW_EXAMPLE, sourcePurchasedAt: "2025-03-01" };
  const response = await request.post("/api/offers", { data: offers });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const rows = overviewResponseSchema.parse(await response.json());
  expect(rows.length).toBeGreaterThan(50);
  const lines = new Set(rows.map((r) => r.product.line));
  expect([...lines].sort()).toEqual(["box", "cloud", "cms"]);
  const picks = [0, 7, 29, 31, 45, 60, 80, rows.length - 1];
  for (const index of picks) {
    const { product, ...row } = rows[index]!;
    const single = await request.post("/api/quote", {
      data: {
        orderedAt: offers.orderedAt,
        paidAt: offers.paidAt,
        customer: offers.customer,
        history: offers.history,
        product,
      },
    });
    expect(single.status(), JSON.stringify(product)).toBe(200);
    expect(quoteResponseSchema.parse(await single.json()), JSON.stringify(product)).toEqual(row);
  }
});

test("/api/offers with an invalid body → 422 naming the field", async ({ request }) => {
  const response = await request.post("/api/offers", {
    data: { ...OVERVIEW_EXAMPLE, history: undefined },
  });
  const error = await expectError(response, 422, "invalid_input");
  expect(error.issues.map((i) => i.path)).toEqual(["history"]);
});

test("/api/openapi.json → OpenAPI 3.1 with the paths and component schemas", async ({
  request,
}) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const doc = (await response.json()) as {
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, unknown> };
  };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths).sort()).toEqual([
    "/api/health",
    "/api/offer",
    "/api/offer.pdf",
    "/api/offers",
    "/api/openapi.json",
    "/api/prices",
    "/api/quote",
    "/api/quotes",
  ]);
  for (const path of ["/api/quote", "/api/offers", "/api/offer", "/api/offer.pdf", "/api/quotes"]) {
    expect(Object.keys(doc.paths[path]!.post!.responses).sort()).toEqual([
      "200",
      "400",
      "405",
      "413",
      "415",
      "422",
    ]);
  }
  for (const id of [
    "QuoteRequest",
    "OffersRequest",
    "Product",
    "History",
    "QuoteResponse",
    "OfferRow",
    "OffersResponse",
    "Error",
    "Health",
    "PriceList",
    "BatchRequest",
    "BatchResult",
    "BatchResponse",
  ]) {
    expect(doc.components.schemas[id], id).toBeDefined();
  }
});

test("/api/health → ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(healthResponseSchema.parse(await response.json())).toMatchObject({
    status: "ok",
    promotion: "kz-summer-2025",
  });
});

// Methods no route handler can export: TRACE is refused at the Node server (instrumentation.ts),
// the WebDAV family by middleware.ts; both with the contract's 405.
test("TRACE /api/quote → 405 method_not_allowed", async ({ request }) => {
  const response = await request.fetch("/api/quote", { method: "TRACE" });
  await expectError(response, 405, "method_not_allowed");
});

test("PROPFIND /api/quote → 405 method_not_allowed", async ({ request }) => {
  const response = await request.fetch("/api/quote", { method: "PROPFIND" });
  await expectError(response, 405, "method_not_allowed");
});

test("POST /api/offer and /api/offer.pdf → the same offer as JSON and as an A4 PDF", async ({
  request,
}) => {
  const json = await request.post("/api/offer", { data: PROPOSAL_EXAMPLE });
  expect(json.status()).toBe(200);
  const offer = proposalResponseSchema.parse(await json.json());
  expect(offer.validUntil).toBe("2025-08-31T23:59:59+05:00");

  const pdf = await request.post("/api/offer.pdf", { data: PROPOSAL_EXAMPLE });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe(
    `attachment; filename="KP-${offer.number.slice(3)}.pdf"; filename*=UTF-8''${encodeURIComponent(offer.number)}.pdf`,
  );
  const text = await pdfText(new Uint8Array(await pdf.body()));
  expect(text).toContain(`№ ${offer.number}`);
  expect(text).toContain(PROPOSAL_EXAMPLE.client.name);

  const bad = await request.post("/api/offer.pdf", {
    data: { ...PROPOSAL_EXAMPLE, seller: { company: "ТОО", bin: "123456789012" } },
  });
  const error = await expectError(bad, 422, "invalid_input");
  expect(error.issues.map((i) => i.path)).toEqual(["seller.bin"]);
});
