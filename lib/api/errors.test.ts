import { describe, expect, it } from "vitest";
import { quoteRequestSchema } from "@/rules";
import {
  API_ERROR_MESSAGES,
  API_ERROR_STATUS,
  apiError,
  issuePath,
  zodIssues,
  type ApiErrorCode,
} from "./errors";
import { errorBody } from "@/test-support/api-test-helpers";

const CYRILLIC = /[А-Яа-яЁё]/;

describe("apiError", () => {
  const table: [ApiErrorCode, number][] = [
    ["invalid_json", 400],
    ["method_not_allowed", 405],
    ["payload_too_large", 413],
    ["unsupported_media_type", 415],
    ["invalid_input", 422],
  ];
  it.each(table)("%s → %i with the contract body", async (code, status) => {
    const response = apiError(code);
    expect(response.status).toBe(status);
    expect(API_ERROR_STATUS[code]).toBe(status);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await errorBody(response);
    expect(body).toEqual({ error: { code, message: API_ERROR_MESSAGES[code], issues: [] } });
    expect(body.error.message).toMatch(CYRILLIC);
  });

  it("custom message, issues and headers → passed through", async () => {
    const issues = [
      {
        path: "product.months",
        code: "invalid_value" as const,
        message: "Срок, месяцев: одно из значений 1, 12",
      },
    ];
    const response = apiError("invalid_input", {
      message: "Особое сообщение",
      issues,
      headers: { Allow: "POST" },
    });
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toEqual({
      error: { code: "invalid_input", message: "Особое сообщение", issues },
    });
  });
});

describe("issuePath", () => {
  it.each([
    [[], ""],
    [["orderedAt"], "orderedAt"],
    [["product", "months"], "product.months"],
    [["items", 0, "code"], "items.0.code"],
  ] as [PropertyKey[], string][])("%j → %j", (path, expected) => {
    expect(issuePath(path)).toBe(expected);
  });
});

describe("zodIssues", () => {
  it("a non-object body → one issue at the root path", () => {
    const parsed = quoteRequestSchema.safeParse([], { reportInput: true });
    expect(zodIssues(parsed.error!.issues)).toEqual([
      { path: "", code: "invalid_type", message: "Тело запроса: JSON-объект" },
    ]);
  });

  it("every offending field → its own dotted path", () => {
    const parsed = quoteRequestSchema.safeParse({
      orderedAt: "2025-02-30",
      customer: { kind: "company", resident: "yes", purpose: "business" },
      product: { line: "cloud", plan: "standard", months: 3 },
      history: { paidBefore: false, currentPlan: "free" },
    });
    expect(zodIssues(parsed.error!.issues).map((i) => i.path)).toEqual([
      "orderedAt",
      "customer.kind",
      "customer.resident",
      "product.months",
    ]);
  });

  it("the same path and message twice → reported once", () => {
    const issue = { code: "custom" as const, path: ["a"], message: "Ошибка", input: 1 };
    expect(zodIssues([issue, issue])).toEqual([
      { path: "a", code: "invalid_value", message: "Ошибка" },
    ]);
  });
});
