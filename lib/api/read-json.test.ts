import { describe, expect, it } from "vitest";
import { isJsonContentType, MAX_BODY_BYTES, readJsonObject } from "./read-json";
import { errorBody, jsonRequest, streamedRequest } from "@/test-support/api-test-helpers";

const encoder = new TextEncoder();

/** A JSON object of exactly `size` bytes in UTF-8 (padding with 2-byte letters if asked). */
function objectOfSize(size: number, letter = "a"): string {
  const prefix = '{"pad":"';
  const suffix = '"}';
  const room = size - prefix.length - suffix.length;
  const width = encoder.encode(letter).length;
  const text = prefix + letter.repeat(Math.floor(room / width)) + "b".repeat(room % width) + suffix;
  expect(encoder.encode(text).length).toBe(size);
  return text;
}

async function expectError(request: Request, status: number, code: string) {
  const result = await readJsonObject(request);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.response.status).toBe(status);
  expect((await errorBody(result.response)).error.code).toBe(code);
}

describe("content type", () => {
  it.each([
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "Application/Json ; Charset=UTF-8",
    " application/json",
  ])("%j → accepted", (contentType) => {
    expect(isJsonContentType(contentType)).toBe(true);
  });

  it.each([
    "",
    "text/plain",
    "text/json",
    "application/jsonp",
    "application/json-patch+json",
    "application/vnd.api+json",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "*/*",
  ])("%j → 415 unsupported_media_type", async (contentType) => {
    expect(isJsonContentType(contentType)).toBe(false);
    await expectError(jsonRequest("/", { a: 1 }, { contentType }), 415, "unsupported_media_type");
  });

  it("no Content-Type → 415 unsupported_media_type", async () => {
    await expectError(jsonRequest("/", "{}", { contentType: null }), 415, "unsupported_media_type");
  });
});

describe("size limit of 64 KiB", () => {
  it.each([
    ["65536 ASCII bytes", MAX_BODY_BYTES, "a"],
    ["65536 bytes of Cyrillic", MAX_BODY_BYTES, "я"],
  ])("%s → read", async (_label, size, letter) => {
    const result = await readJsonObject(jsonRequest("/", objectOfSize(size, letter)));
    expect(result.ok).toBe(true);
  });

  it.each([
    ["65537 ASCII bytes", MAX_BODY_BYTES + 1, "a"],
    ["65537 bytes of Cyrillic", MAX_BODY_BYTES + 1, "я"],
    ["1 MiB", 1 << 20, "a"],
  ])("%s → 413 payload_too_large", async (_label, size, letter) => {
    await expectError(jsonRequest("/", objectOfSize(size, letter)), 413, "payload_too_large");
  });

  it("a declared Content-Length over the limit → 413 before reading", async () => {
    const request = jsonRequest("/", "{}", { headers: { "content-length": "65537" } });
    await expectError(request, 413, "payload_too_large");
    expect(request.bodyUsed).toBe(false);
  });

  it("a Content-Length that understates the body → 413 by counting", async () => {
    const request = jsonRequest("/", objectOfSize(MAX_BODY_BYTES + 1), {
      headers: { "content-length": "10" },
    });
    await expectError(request, 413, "payload_too_large");
  });

  it("a streamed body with no Content-Length, 70 000 bytes → 413", async () => {
    const chunk = encoder.encode(" ".repeat(7_000));
    const request = streamedRequest("/", [encoder.encode("{}"), ...Array(10).fill(chunk)]);
    expect(request.headers.get("content-length")).toBeNull();
    await expectError(request, 413, "payload_too_large");
  });

  it("a streamed body with no Content-Length, 65 536 bytes in chunks → read", async () => {
    const text = encoder.encode(objectOfSize(MAX_BODY_BYTES));
    const chunks = [text.slice(0, 1), text.slice(1, 30_000), text.slice(30_000)];
    const result = await readJsonObject(streamedRequest("/", chunks));
    expect(result).toEqual({ ok: true, value: { pad: expect.any(String) } });
  });
});

describe("JSON", () => {
  it.each([
    ["empty body", ""],
    ["truncated object", '{"a":'],
    ["single quotes", "{'a':1}"],
    ["trailing comma", '{"a":1,}'],
    ["NaN", '{"a":NaN}'],
    ["two objects", "{}{}"],
    ["invalid UTF-8 byte", new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])],
    ["lone surrogate half in UTF-8", new Uint8Array([0x7b, 0x7d, 0xed, 0xa0, 0x80])],
    ["UTF-16 encoded", new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
  ])("%s → 400 invalid_json", async (_label, body) => {
    await expectError(jsonRequest("/", body), 400, "invalid_json");
  });

  it.each([
    ["array", "[]"],
    ["array of objects", '[{"orderedAt":"2025-08-15"}]'],
    ["string", '"{}"'],
    ["number", "42"],
    ["true", "true"],
    ["null", "null"],
  ])("valid JSON that is not an object (%s) → 400 invalid_json", async (_label, body) => {
    const result = await readJsonObject(jsonRequest("/", body));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { error } = await errorBody(result.response);
    expect(error.code).toBe("invalid_json");
    expect(error.message).toContain("JSON-объектом");
  });

  it("30 000 nested arrays → 400 invalid_json, nothing thrown", async () => {
    await expectError(
      jsonRequest("/", "[".repeat(30_000) + "]".repeat(30_000)),
      400,
      "invalid_json",
    );
  });

  it("6 000 nested objects → read as an object", async () => {
    const text = '{"a":'.repeat(6_000) + "1" + "}".repeat(6_000);
    expect((await readJsonObject(jsonRequest("/", text))).ok).toBe(true);
  });

  it("a UTF-8 byte order mark → tolerated", async () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"a":1}')]);
    expect(await readJsonObject(jsonRequest("/", body))).toEqual({ ok: true, value: { a: 1 } });
  });

  it("a __proto__ key → an own property, no prototype change", async () => {
    const result = await readJsonObject(jsonRequest("/", '{"__proto__":{"polluted":true}}'));
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a body stream that fails → 400 invalid_json", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const request = new Request("http://localhost/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expectError(request, 400, "invalid_json");
  });
});
