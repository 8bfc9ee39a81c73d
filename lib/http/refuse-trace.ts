import http from "node:http";

/**
 * TRACE is a forbidden method in the Fetch standard: Next builds a WHATWG `Request` for
 * middleware and route handlers before any of our code runs, the constructor throws, and Next
 * answers 500. This answers TRACE at the Node server itself, before Next sees it: 405 with the
 * API contract's error body (docs/performance.md, "HTTP methods").
 */
const BODY = JSON.stringify({
  error: {
    code: "method_not_allowed",
    message: "Метод TRACE не поддерживается.",
    issues: [],
  },
});

const patched = Symbol.for("kz-summer-2025.refuse-trace");

/** Wraps `http.Server.prototype.emit` once so every server of the process refuses TRACE. */
export function refuseTrace(): void {
  const proto = http.Server.prototype as http.Server & { [patched]?: true };
  if (proto[patched]) return;
  proto[patched] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (request.method === "TRACE") {
        response.writeHead(405, {
          "Content-Type": "application/json; charset=utf-8",
          "Cache-Control": "no-store",
          "X-Content-Type-Options": "nosniff",
          Allow: "GET, HEAD, POST",
        });
        response.end(BODY);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
