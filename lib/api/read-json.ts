import { apiError } from "./errors";

/** The largest request body the API reads: 64 KiB. */
export const MAX_BODY_BYTES = 65_536;

export type ReadJsonResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; response: Response };

/** True for `application/json` in any letter case, with or without parameters. */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const mediaType = header.split(";", 1)[0] ?? "";
  return mediaType.trim().toLowerCase() === "application/json";
}

/** A declared Content-Length over the limit; an absent or malformed one is left to the count. */
function declaredTooLarge(header: string | null, limit: number): boolean {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return false;
  return Number(header) > limit;
}

/**
 * The body's bytes, or null past `limit`. Counting while streaming is what enforces the limit:
 * a missing or lying Content-Length cannot get more than `limit` bytes buffered.
 */
async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | null> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** JSON from UTF-8 bytes; anything unreadable (bad UTF-8, bad syntax, deep nesting) is not JSON. */
export function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    // fatal: invalid UTF-8 is an error, not U+FFFD smuggled into the data.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // SyntaxError, TypeError (bad UTF-8) or RangeError (pathological nesting): all "not JSON".
    return { ok: false };
  }
}

/** The 400 message of a body that is not JSON. */
export const NOT_JSON_MESSAGE = "Тело запроса не является корректным JSON в кодировке UTF-8.";

/** The 400 message of JSON that is not an object. */
export const NOT_OBJECT_MESSAGE =
  "Тело запроса должно быть JSON-объектом { … }, а не массивом, строкой, числом или null.";

/** A body limit other than the default 64 KiB, with the 413 message that names it. */
export interface BodyLimit {
  bytes: number;
  message: string;
}

/** Reads a request body as a JSON object: 415, 413 and 400 as the API contract says. */
export async function readJsonObject(request: Request, limit?: BodyLimit): Promise<ReadJsonResult> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return { ok: false, response: apiError("unsupported_media_type") };
  }
  const maxBytes = limit?.bytes ?? MAX_BODY_BYTES;
  const tooLarge = () => apiError("payload_too_large", { message: limit?.message });
  if (declaredTooLarge(request.headers.get("content-length"), maxBytes)) {
    return { ok: false, response: tooLarge() };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(request.body, maxBytes);
  } catch {
    // The client went away or the body stream broke: nothing readable arrived.
    return { ok: false, response: apiError("invalid_json") };
  }
  if (bytes === null) return { ok: false, response: tooLarge() };
  const parsed = parseJson(bytes);
  if (!parsed.ok) {
    return {
      ok: false,
      response: apiError("invalid_json", {
        message: NOT_JSON_MESSAGE,
      }),
    };
  }
  const value = parsed.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      response: apiError("invalid_json", { message: NOT_OBJECT_MESSAGE }),
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
