import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as batchRoute from "@/app/api/quotes/route";
import * as singleRoute from "@/app/api/quote/route";
import { validQuoteBody } from "@/test-support/fuzz/valid-bodies";
import { CONTRACT_EXAMPLE, errorBody, jsonRequest } from "@/test-support/api-test-helpers";
import { batchResponseSchema, quoteResponseSchema } from "@/lib/api/response-schemas";
import { LineSplitter, TOO_LONG, type Line } from "@/lib/api/ndjson";

const postBatch = (body: unknown, contentType?: string | null) =>
  batchRoute.POST(jsonRequest("/api/quotes", body, { contentType }));

interface Entry {
  index: number;
  status: number;
  quote?: { eligible: boolean; promoPrice: number };
  error?: { code: string; message: string; issues: { path: string; message: string }[] };
}

const requests = (count: number, seed: number) =>
  fc.sample(validQuoteBody, { numRuns: count, seed }) as Record<string, unknown>[];

/** A request body that streams `chunks` as they are pulled and records whether it was cancelled. */
function ndjsonRequest(chunks: Iterable<string>) {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else {
        state.pulled += 1;
        controller.enqueue(encoder.encode(next.value));
      }
    },
    cancel() {
      state.cancelled = true;
    },
  });
  const request = new Request("http://localhost/api/quotes", {
    method: "POST",
    headers: { "content-type": "application/x-ndjson" },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, state };
}

const ndjsonLines = (text: string): Entry[] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Entry);

describe("POST /api/quotes (JSON)", () => {
  it("10 000 requests → each quote byte for byte the single /api/quote answer, in order", async () => {
    const items = requests(10_000, 7);
    const response = await postBatch({ requests: items });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { results: Entry[]; summary: object };
    expect(body.results.map((r) => r.index)).toEqual(items.map((_, i) => i));
    expect(body.results.every((r) => r.status === 200)).toBe(true);
    const eligible = body.results.filter((r) => r.quote?.eligible).length;
    expect(body.summary).toEqual({
      total: 10_000,
      eligible,
      notEligible: 10_000 - eligible,
      invalid: 0,
    });
    for (let i = 0; i < items.length; i += 97) {
      const single = await singleRoute.POST(jsonRequest("/api/quote", items[i]));
      expect(JSON.stringify(body.results[i]!.quote), `item ${i}`).toBe(await single.text());
    }
  }, 60_000);

  it("bad items are answered in place with the single route's 422 body", async () => {
    const bad = { ...CONTRACT_EXAMPLE, product: { line: "cloud", plan: "gold", months: 12 } };
    const items = [CONTRACT_EXAMPLE, bad, 5, CONTRACT_EXAMPLE, null];
    const text = await (await postBatch({ requests: items })).text();
    const body = JSON.parse(text) as { results: Entry[]; summary: object };
    // Streamed, yet the very text JSON.stringify gives.
    expect(JSON.stringify(body)).toBe(text);
    expect(batchResponseSchema.parse(body).results).toHaveLength(5);
    expect(body.results.map((r) => [r.index, r.status])).toEqual([
      [0, 200],
      [1, 422],
      [2, 422],
      [3, 200],
      [4, 422],
    ]);
    const single = await errorBody(await singleRoute.POST(jsonRequest("/api/quote", bad)));
    expect(body.results[1]!.error).toEqual(single.error);
    expect(body.results[2]!.error?.issues[0]?.path).toBe("");
    expect(quoteResponseSchema.parse(body.results[0]!.quote).eligible).toBe(true);
    expect(body.summary).toEqual({ total: 5, eligible: 2, notEligible: 0, invalid: 3 });
  });

  it.each([
    ["an empty list", { requests: [] }, 422, "invalid_input"],
    [
      "10 001 items",
      { requests: Array.from({ length: 10_001 }, () => ({})) },
      422,
      "invalid_input",
    ],
    ["no requests key", { items: [CONTRACT_EXAMPLE] }, 400, "invalid_json"],
    ["requests not a list", { requests: CONTRACT_EXAMPLE }, 400, "invalid_json"],
    ["a JSON array", [CONTRACT_EXAMPLE], 400, "invalid_json"],
    ["not JSON", "{requests:", 400, "invalid_json"],
  ])("%s → %i %s", async (_label, body, status, code) => {
    const response = await postBatch(body);
    expect(response.status).toBe(status);
    const { error } = await errorBody(response);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[А-Яа-я]/);
    if (status === 422) expect(error.issues.map((i) => i.path)).toEqual(["requests"]);
  });

  it("text/plain → 415 naming both media types", async () => {
    const response = await postBatch({ requests: [CONTRACT_EXAMPLE] }, "text/plain");
    expect(response.status).toBe(415);
    expect((await errorBody(response)).error.message).toContain("application/x-ndjson");
  });

  it("a body over 16 MiB → 413, one just under → 200", async () => {
    const pad = (bytes: number) => {
      const head = JSON.stringify({ requests: [CONTRACT_EXAMPLE], pad: "" });
      return `${head.slice(0, -2)}${"x".repeat(bytes - head.length)}"}`;
    };
    const over = await postBatch(pad(16 * 1024 * 1024 + 1));
    expect(over.status).toBe(413);
    expect((await errorBody(over)).error.message).toContain("16 МиБ");
    const under = await postBatch(pad(16 * 1024 * 1024));
    expect(under.status).toBe(200);
  });

  it("GET → 405 with Allow: POST", async () => {
    const response = batchRoute.GET(new Request("http://localhost/api/quotes"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

describe("POST /api/quotes (NDJSON)", () => {
  it("answers one line per request line, in order, bad and blank lines in place", async () => {
    const items = requests(300, 11);
    const lines = items.map((item) => JSON.stringify(item));
    lines.splice(5, 0, "{not json");
    lines.splice(9, 0, "[1,2]");
    lines.splice(12, 0, "   ");
    // Chunks cut mid-line and mid-character: lines are reassembled from bytes.
    const text = `${lines.join("\r\n")}\n`;
    const chunks = text.match(/[\s\S]{1,777}/g) ?? [];
    const { request } = ndjsonRequest(chunks);
    const response = await batchRoute.POST(request);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const entries = ndjsonLines(await response.text());
    expect(entries.map((e) => e.index)).toEqual(entries.map((_, i) => i));
    expect(entries).toHaveLength(303);
    for (const bad of [5, 9, 12]) {
      expect([entries[bad]!.status, entries[bad]!.error?.code]).toEqual([400, "invalid_json"]);
    }
    expect(entries[12]!.error?.message).toBe(
      "Строка 13 пустая: в каждой строке ожидается JSON-объект с запросом.",
    );
    const priced = entries.filter((e) => ![5, 9, 12].includes(e.index));
    for (let i = 0; i < priced.length; i += 37) {
      const single = await singleRoute.POST(jsonRequest("/api/quote", items[i]));
      expect(JSON.stringify(priced[i]!.quote), `line ${i}`).toBe(await single.text());
    }
  });

  it("a 1 MB line → its own 413 entry, and the stream goes on", async () => {
    const example = JSON.stringify(CONTRACT_EXAMPLE);
    const huge = `{"pad":"${"x".repeat(1_048_576)}"}`;
    const chunks = [example, "\n", ...(huge.match(/[\s\S]{1,65536}/g) ?? []), "\n", example];
    const { request } = ndjsonRequest(chunks);
    const entries = ndjsonLines(await (await batchRoute.POST(request)).text());
    expect(entries.map((e) => [e.index, e.status])).toEqual([
      [0, 200],
      [1, 413],
      [2, 200],
    ]);
    expect(entries[1]!.error?.code).toBe("payload_too_large");
  });

  it("a client that stops reading mid-stream → the request body is cancelled, no more work", async () => {
    const line = `${JSON.stringify(CONTRACT_EXAMPLE)}\n`;
    function* endless() {
      for (;;) yield line.repeat(50);
    }
    const { request, state } = ndjsonRequest(endless());
    const response = await batchRoute.POST(request);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const pulledAtCancel = state.pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.cancelled).toBe(true);
    // Back-pressure: only the chunks needed for what was read (plus read-ahead) were pulled.
    expect(state.pulled).toBeLessThan(10);
    expect(state.pulled).toBe(pulledAtCancel);
  });
});

describe("LineSplitter", () => {
  const split = (chunks: string[], max = 8): (string | "TOO_LONG")[] => {
    const splitter = new LineSplitter(max);
    const out: Line[] = [];
    const encoder = new TextEncoder();
    for (const chunk of chunks) splitter.push(encoder.encode(chunk), out);
    splitter.finish(out);
    return out.map((l) => (l === TOO_LONG ? "TOO_LONG" : new TextDecoder().decode(l)));
  };
  it.each([
    [["ab\ncd"], ["ab", "cd"]],
    [
      ["ab", "c\nd", "e\n"],
      ["abc", "de"],
    ],
    [["12345678\n123456789\nok"], ["12345678", "TOO_LONG", "ok"]],
    [["12345678\r\n"], ["12345678"]],
    [
      ["1234", "5678", "9\n", "x\n"],
      ["TOO_LONG", "x"],
    ],
    [["\n\n"], ["", ""]],
  ])("%j → %j", (chunks, lines) => {
    expect(split(chunks)).toEqual(lines);
  });
});
