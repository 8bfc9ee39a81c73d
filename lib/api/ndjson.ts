import type { Catalog } from "@/rules";
import type { Language } from "@/rules/text/language";
import { apiErrorBody } from "./errors";
import { errorBodyIn } from "./language";
import { pause } from "@/lib/http/pause";
import { inTurn } from "@/lib/http/turns";
import { API_HEADERS } from "./json-response";
import { MAX_NDJSON_LINE_BYTES, priceItem, utf8, type BatchResult } from "./batch";
import { parseJson } from "./read-json";

/** A line longer than the limit: its bytes are dropped as they arrive, never buffered. */
export const TOO_LONG = Symbol("line too long");

/** One input line: its bytes (without the newline), or `TOO_LONG`. */
export type Line = Uint8Array | typeof TOO_LONG;

const NEWLINE = 0x0a;
const CR = 0x0d;

/** True for `application/x-ndjson` in any letter case, with or without parameters. */
export function isNdjsonContentType(header: string | null): boolean {
  const mediaType = (header ?? "").split(";", 1)[0] ?? "";
  return mediaType.trim().toLowerCase() === "application/x-ndjson";
}

/**
 * Splits a byte stream into lines of at most `maxBytes` (a trailing CR is not counted). A longer
 * line is reported once as `TOO_LONG` and its bytes are skipped up to the next newline, so one
 * huge line costs no memory and does not stop the lines after it.
 */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private size = 0;
  private overflow = false;

  constructor(private readonly maxBytes: number) {}

  /** Feeds a chunk; every line it completes is appended to `out`. */
  push(chunk: Uint8Array, out: Line[]): void {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, start);
      this.append(chunk.subarray(start, newline === -1 ? chunk.length : newline));
      if (newline === -1) return;
      out.push(this.take());
      start = newline + 1;
    }
  }

  /** The end of input: the last line if it had no newline after it. */
  finish(out: Line[]): void {
    if (this.size > 0 || this.overflow) out.push(this.take());
  }

  private append(bytes: Uint8Array): void {
    if (this.overflow || bytes.length === 0) return;
    // One byte of slack for a CR before the newline.
    if (this.size + bytes.length > this.maxBytes + 1) {
      this.overflow = true;
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(bytes);
    this.size += bytes.length;
  }

  private take(): Line {
    const overflow = this.overflow;
    const line = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      line.set(part, offset);
      offset += part.length;
    }
    this.parts = [];
    this.size = 0;
    this.overflow = false;
    const end = line.length > 0 && line[line.length - 1] === CR ? line.length - 1 : line.length;
    if (overflow || end > this.maxBytes) return TOO_LONG;
    return line.subarray(0, end);
  }
}

/** Lines priced between two turns of the event loop (about 10 ms of work). */
const SLICE_LINES = 100;
/** How long a slice waits for more lines after its first one, in ms. */
const GATHER_MS = 2;
const WAITED = Symbol("waited");

/** A line of spaces only (or none). */
const isBlank = (line: Uint8Array) => line.every((b) => b === 0x20 || b === 0x09 || b === CR);

/**
 * The answer to one NDJSON line: 413 when too long, 400 when not a JSON object (a blank line
 * too: the contract answers every input line, so `index` is always the line's own number), else
 * priced.
 */
function answerLine(line: Line, index: number, catalog: Catalog, language: Language): BatchResult {
  const error = (code: "payload_too_large" | "invalid_json", message: string) =>
    errorBodyIn(apiErrorBody(code, { message }), language);
  if (line === TOO_LONG) {
    const message = `Строка ${index + 1} больше 64 КиБ (${MAX_NDJSON_LINE_BYTES} байт): она пропущена, остальные строки обработаны.`;
    return { index, status: 413, ...error("payload_too_large", message) };
  }
  if (isBlank(line)) {
    const message = `Строка ${index + 1} пустая: в каждой строке ожидается JSON-объект с запросом.`;
    return { index, status: 400, ...error("invalid_json", message) };
  }
  const parsed = parseJson(line);
  const value = parsed.ok ? parsed.value : undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const message = parsed.ok
      ? `Строка ${index + 1} должна быть JSON-объектом { … }, а не массивом, строкой, числом или null.`
      : `Строка ${index + 1} не является корректным JSON в кодировке UTF-8.`;
    return { index, status: 400, ...error("invalid_json", message) };
  }
  return priceItem(value, index, catalog, language);
}

/** The answer lines of `lines`, the first being input line `first` (0-based). */
function answerLines(lines: Line[], first: number, catalog: Catalog, language: Language): string {
  let text = "";
  for (const [i, line] of lines.entries()) {
    text += `${JSON.stringify(answerLine(line, first + i, catalog, language))}\n`;
  }
  return text;
}

/** Ends a response stream that may already be cancelled (closing it then throws). */
function closeQuietly(controller: ReadableStreamDefaultController<Uint8Array>): void {
  try {
    controller.close();
  } catch {
    // Already cancelled by the client: nothing left to end.
  }
}

/**
 * POST /api/quotes with an NDJSON body: one result line per request line, in order, written as
 * computed. The response pulls: a request chunk is read only when the client has taken the
 * answers so far, so memory stays flat however long the stream; when the client goes away
 * (response cancelled or request aborted) the request body is cancelled and work stops.
 */
export function ndjsonResponse(
  request: Request,
  catalog: Catalog,
  language: Language = "ru",
): Response {
  const headers = {
    ...API_HEADERS,
    "Content-Type": "application/x-ndjson; charset=utf-8",
    "Content-Language": language,
  };
  const body = request.body;
  if (body === null) return new Response("", { headers });
  const reader = body.getReader();
  const splitter = new LineSplitter(MAX_NDJSON_LINE_BYTES);
  let index = 0;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    reader.cancel().catch(() => undefined);
  };
  request.signal.addEventListener("abort", stop, { once: true });

  // A read that was waited for and not yet taken (see nextLines); its failure is seen when taken.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  const read = () => {
    if (!pending) {
      pending = reader.read();
      pending.catch(() => undefined);
    }
    return pending;
  };

  /**
   * Reads until a slice of lines is complete: SLICE_LINES lines, or what arrived within
   * GATHER_MS of the first one. A client writing one line per write (one TCP packet each) thus
   * costs as few answer chunks as one writing a hundred lines at a time. `done` once the input
   * ended (or broke, or stopped).
   */
  async function nextLines(): Promise<{ lines: Line[]; done: boolean }> {
    const lines: Line[] = [];
    let gathered: Promise<typeof WAITED> | null = null;
    while (lines.length < SLICE_LINES) {
      if (stopped) return { lines, done: true };
      let chunk: ReadableStreamReadResult<Uint8Array> | typeof WAITED;
      try {
        chunk = gathered ? await Promise.race([read(), gathered]) : await read();
      } catch {
        // The upload broke off: answer what arrived whole, then end.
        return { lines, done: true };
      }
      if (chunk === WAITED) break;
      pending = null;
      if (chunk.done) {
        splitter.finish(lines);
        return { lines, done: true };
      }
      splitter.push(chunk.value, lines);
      if (lines.length > 0) gathered ??= pause(GATHER_MS).then(() => WAITED);
    }
    return { lines, done: false };
  }

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const { lines, done } = await nextLines();
        // A chunk of the client's may hold thousands of short lines: priced in slices, each in
        // a turn of the event loop shared with every other stream and batch (lib/http/turns).
        for (let start = 0; start < lines.length && !stopped; start += SLICE_LINES) {
          const slice = lines.slice(start, start + SLICE_LINES);
          const text = await inTurn(() => answerLines(slice, index, catalog, language));
          index += slice.length;
          if (!stopped) controller.enqueue(utf8(text));
        }
        if (stopped) {
          closeQuietly(controller);
          return;
        }
        if (done) {
          request.signal.removeEventListener("abort", stop);
          controller.close();
          return;
        }
        if (lines.length > 0) return;
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers });
}
