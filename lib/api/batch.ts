import { quote, quoteRequestSchema, type Catalog, type QuoteResult } from "@/rules";
import type { Language } from "@/rules/text/language";
import { apiErrorBody, UNEXPECTED_ERROR_MESSAGE, type ApiErrorBody, type ApiIssue } from "./errors";
import { errorBodyIn } from "./language";
import { inTurn } from "@/lib/http/turns";
import { API_HEADERS } from "./json-response";
import { checkInput } from "./validate";

/** Most requests one JSON batch may carry (API contract, POST /api/quotes). */
export const MAX_BATCH_ITEMS = 10_000;

/** Largest JSON batch body: 16 MiB. */
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;

/** Largest NDJSON line: 64 KiB, the single quote's body limit. */
export const MAX_NDJSON_LINE_BYTES = 65_536;

export {
  BATCH_MEDIA_TYPE_MESSAGE,
  BATCH_NOT_REQUESTS_MESSAGE,
  BATCH_TOO_LARGE_MESSAGE,
} from "./batch-messages";

/** One entry of a batch answer, in input order. */
export type BatchResult =
  | { index: number; status: 200; quote: QuoteResult }
  | ({ index: number; status: 400 | 413 | 422 } & ApiErrorBody);

export interface BatchSummary {
  total: number;
  eligible: number;
  notEligible: number;
  invalid: number;
}

/**
 * Prices one batch item exactly as POST /api/quote would (same schema, same engine, same error
 * body), so an item's `quote` is byte for byte the single answer. An exception becomes this
 * item's error, never the batch's.
 */
export function priceItem(
  value: unknown,
  index: number,
  catalog: Catalog,
  language: Language = "ru",
): BatchResult {
  try {
    const input = checkInput(quoteRequestSchema, value, language);
    if (!input.ok) {
      const error = apiErrorBody("invalid_input", { issues: input.issues });
      return { index, status: 422, ...errorBodyIn(error, language) };
    }
    return { index, status: 200, quote: quote(input.data, { catalog, language }) };
  } catch (error) {
    console.error(`[api] unexpected ${error instanceof Error ? error.name : typeof error}`);
    return {
      index,
      status: 422,
      ...errorBodyIn(
        apiErrorBody("invalid_input", { message: UNEXPECTED_ERROR_MESSAGE }),
        language,
      ),
    };
  }
}

/** Counts one answer into a batch's summary: eligible or not eligible quotes, items in error. */
function countResult(summary: BatchSummary, result: BatchResult): void {
  summary.total += 1;
  if (result.status !== 200) summary.invalid += 1;
  else if (result.quote.eligible) summary.eligible += 1;
  else summary.notEligible += 1;
}

/** Why a JSON batch's `requests` cannot be priced at all (its issue), or null when its size is fine. */
export function batchSizeProblem(requests: readonly unknown[]): ApiIssue | null {
  const issue = (code: "too_small" | "too_big", message: string) => ({
    path: "requests",
    code,
    message,
  });
  if (requests.length === 0) {
    return issue("too_small", "Список requests пуст: передайте от 1 до 10 000 запросов.");
  }
  if (requests.length > MAX_BATCH_ITEMS) {
    return issue(
      "too_big",
      `В списке requests ${requests.length} запросов, а в одном пакете — не больше 10 000: разделите список или отправьте его потоком application/x-ndjson.`,
    );
  }
  return null;
}

/**
 * UTF-8 bytes of an answer's text. Node's Buffer (a Uint8Array) encodes the long, mostly Cyrillic
 * texts of a batch about a third faster than TextEncoder; the routes run on Node.
 */
export const utf8 = (text: string): Uint8Array => Buffer.from(text, "utf8");

/** Items priced and serialized per pull of the answer stream (a few milliseconds of work). */
const CHUNK_ITEMS = 100;

/**
 * The JSON batch's answer, `{ "results": [ … ], "summary": { … } }`, written as it is computed:
 * the same text `JSON.stringify` would give, but the first results are on the wire while the
 * rest are priced, and the whole answer (about 2.5 KB a quote) is never one string in memory.
 * The stream pulls: when the client stops reading, pricing waits; when it goes away, it stops.
 * Each chunk is priced in a turn (lib/http/turns), so batches never hold other requests for
 * more than a turn of the event loop.
 */
export function batchResponse(
  requests: readonly unknown[],
  catalog: Catalog,
  language: Language = "ru",
): Response {
  const summary: BatchSummary = { total: 0, eligible: 0, notEligible: 0, invalid: 0 };
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Each chunk in a turn of the event loop shared with every other batch and stream.
      const text = await inTurn(() => {
        const end = Math.min(next + CHUNK_ITEMS, requests.length);
        let chunk = next === 0 ? '{"results":[' : "";
        for (let i = next; i < end; i += 1) {
          const result = priceItem(requests[i], i, catalog, language);
          countResult(summary, result);
          chunk += (i === 0 ? "" : ",") + JSON.stringify(result);
        }
        next = end;
        if (next === requests.length) chunk += `],"summary":${JSON.stringify(summary)}}`;
        return chunk;
      });
      controller.enqueue(utf8(text));
      if (next === requests.length) controller.close();
    },
  });
  return new Response(stream, {
    headers: { ...API_HEADERS, "Content-Type": "application/json" },
  });
}
