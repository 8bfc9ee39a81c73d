import { describe, expect, it } from "vitest";
import * as route from "@/app/api/quote/route";
import { quoteResponseSchema } from "@/lib/api/response-schemas";
import {
  CONTRACT_EXAMPLE,
  CONTRACT_EXAMPLE_RESPONSE,
  errorBody,
  jsonRequest,
} from "@/test-support/api-test-helpers";

const CYRILLIC = /[А-Яа-яЁё]/;
const post = (body: unknown, init?: Parameters<typeof jsonRequest>[2]) =>
  route.POST(jsonRequest("/api/quote", body, init));

/** The contract example with `patch` merged into it one level deep. */
function example(patch: Record<string, unknown>): Record<string, unknown> {
  const base: Record<string, unknown> = structuredClone(CONTRACT_EXAMPLE);
  for (const [key, value] of Object.entries(patch)) {
    const current = base[key];
    base[key] =
      value && typeof value === "object" && current && typeof current === "object"
        ? { ...current, ...value }
        : value;
  }
  return base;
}

describe("POST /api/quote", () => {
  it("the contract's example request → 200 with the contract's fields", async () => {
    const response = await post(CONTRACT_EXAMPLE);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = quoteResponseSchema.parse(await response.json());
    expect(body).toMatchObject(CONTRACT_EXAMPLE_RESPONSE);
    expect(body.summary).toMatch(/^Скидка 35% по п\. 4\.1\.3/);
    expect(body.notes.map((n) => n.code)).toContain("auto_renewal");
  });

  it("an ineligible client → 200 with every reason, promoPrice = listPrice", async () => {
    const response = await post(
      example({ customer: { resident: false, purpose: "personal" }, orderedAt: "2025-09-01" }),
    );
    expect(response.status).toBe(200);
    const body = quoteResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ eligible: false, reward: null, discountPercent: 0 });
    expect(body.promoPrice).toBe(body.listPrice);
    expect(body.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["outside_period", "not_resident", "personal_use"]),
    );
  });

  const invalid: [string, Record<string, unknown>, string[]][] = [
    ["months 3", example({ product: { months: 3 } }), ["product.months"]],
    [
      "never paid, yet on a paid plan",
      example({ history: { paidBefore: false, currentPlan: "professional" } }),
      ["history.currentPlan"],
    ],
    [
      "never paid, yet a paid license ended",
      example({ history: { paidLicenseEndedAt: "2025-05-31", monthlyIn2025: true } }),
      ["history.paidLicenseEndedAt", "history.monthlyIn2025"],
    ],
    [
      "box upgrade without a source",
      example({ product: { line: "box", operation: "upgrade", edition: "corporate_portal" } }),
      ["product.from", "product.sourcePurchasedAt"],
    ],
    [
      "CMS upgrade without a source",
      example({ product: { line: "cms", operation: "upgrade", edition: "business" } }),
      ["product.from", "product.sourcePurchasedAt"],
    ],
    [
      "box users not sold for the edition",
      example({ product: { line: "box", operation: "purchase", edition: "shop_crm", users: 50 } }),
      ["product.users"],
    ],
    ["cloud without history", example({ history: undefined }), ["history"]],
    ["an unknown line", example({ product: { line: "desktop" } }), ["product.line"]],
    ["product is a string", example({ product: "cloud" }), ["product"]],
    ["2025-02-30", example({ orderedAt: "2025-02-30" }), ["orderedAt"]],
    ["24:00", example({ paidAt: "2025-08-15T24:00:00" }), ["paidAt"]],
    ["a fractional price", example({ product: { listPrice: 0.5 } }), ["product.listPrice"]],
    ["a zero price", example({ product: { listPrice: 0 } }), ["product.listPrice"]],
    ["price 2^53 + 1", example({ product: { listPrice: 2 ** 53 + 2 } }), ["product.listPrice"]],
    [
      "three wrong customer fields",
      example({ customer: { kind: "company", resident: "yes", adult: 1 } }),
      ["customer.kind", "customer.resident", "customer.adult"],
    ],
    ["an empty object", {}, ["orderedAt", "customer", "product"]],
  ];
  it.each(invalid.map(([label, body, paths]) => ({ label, body, paths })))(
    "$label → 422 naming $paths",
    async ({ body, paths }) => {
      const response = await post(body);
      expect(response.status).toBe(422);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const { error } = await errorBody(response);
      expect(error.code).toBe("invalid_input");
      expect([...new Set(error.issues.map((i) => i.path))]).toEqual(paths);
      for (const issue of error.issues) expect(issue.message).toMatch(CYRILLIC);
    },
  );

  it.each([
    [
      "listPrice 9007199254740993 (no exact double)",
      JSON.stringify(example({ product: { listPrice: 1 } })).replace(
        '"listPrice":1',
        '"listPrice":9007199254740993',
      ),
      [
        {
          path: "product.listPrice",
          code: "too_big",
          message: "Цена по прайс-листу: слишком большая сумма",
        },
      ],
    ],
    [
      "an invalid currentPlan of a client who never paid",
      JSON.stringify(example({ history: { paidBefore: false, currentPlan: "gold" } })),
      [
        {
          path: "history.currentPlan",
          code: "invalid_value",
          message:
            "Тариф на портале сейчас: одно из значений none, free, basic, standard, professional, enterprise",
        },
      ],
    ],
    [
      "a paid license that ended after the order",
      JSON.stringify(
        example({
          orderedAt: "2025-08-15T10:30:00+05:00",
          history: { paidBefore: true, currentPlan: "free", paidLicenseEndedAt: "2025-08-20" },
        }),
      ),
      [
        {
          path: "history.paidLicenseEndedAt",
          code: "inconsistent",
          message:
            "Платная лицензия не может закончиться позже даты заказа — клиент на «Бесплатном», потому что она уже закончилась",
        },
      ],
    ],
  ])("%s → 422 with only that issue", async (_label, raw, issues) => {
    const response = await post(raw);
    expect(response.status).toBe(422);
    const { error } = await errorBody(response);
    expect(error.issues).toEqual(issues);
  });

  it("a required field missing → code required, «Обязательное поле»", async () => {
    const { error } = await errorBody(await post(example({ orderedAt: undefined })));
    expect(error.issues).toEqual([
      { path: "orderedAt", code: "required", message: "Обязательное поле" },
    ]);
  });

  it.each([
    ["not JSON", 400, "invalid_json", "{orderedAt:", undefined],
    ["a JSON array", 400, "invalid_json", "[]", undefined],
    ["null", 400, "invalid_json", "null", undefined],
    ["text/plain", 415, "unsupported_media_type", JSON.stringify(CONTRACT_EXAMPLE), "text/plain"],
    ["no content type", 415, "unsupported_media_type", JSON.stringify(CONTRACT_EXAMPLE), null],
    [
      "65 537 bytes",
      413,
      "payload_too_large",
      JSON.stringify(CONTRACT_EXAMPLE).padEnd(65_537),
      undefined,
    ],
  ] as const)("%s → %i %s", async (_label, status, code, body, contentType) => {
    const response = await post(body, { contentType });
    expect(response.status).toBe(status);
    expect((await errorBody(response)).error.code).toBe(code);
  });

  it("65 536 bytes of a valid request → 200", async () => {
    const body = JSON.stringify(CONTRACT_EXAMPLE).padEnd(65_536);
    expect((await post(body)).status).toBe(200);
  });

  it("charset parameter and upper case → 200", async () => {
    const response = await post(CONTRACT_EXAMPLE, {
      contentType: "Application/JSON; charset=UTF-8",
    });
    expect(response.status).toBe(200);
  });

  it.each(["GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "%s → 405 with Allow: POST",
    async (method) => {
      const response = route[method](new Request("http://localhost/api/quote", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      expect(response.headers.get("cache-control")).toBe("no-store");
      const { error } = await errorBody(response);
      expect(error).toMatchObject({ code: "method_not_allowed", issues: [] });
      expect(error.message).toContain(method);
    },
  );

  it("route segment config → dynamic on the Node runtime", () => {
    expect(route.dynamic).toBe("force-dynamic");
    expect(route.runtime).toBe("nodejs");
  });
});
