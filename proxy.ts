import { NextResponse, type NextRequest } from "next/server";
import { methodNotAllowed } from "@/lib/api/route-helpers";

// React's development build needs eval (call-stack reconstruction); production never gets it.
const DEV_EVAL = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";

// Everything but the nonce is fixed, so the per-request work is one random draw and one concat.
const CSP_BEFORE_NONCE = "default-src 'self'; script-src 'self' 'nonce-";
const CSP_AFTER_NONCE =
  `' 'strict-dynamic'${DEV_EVAL}; ` +
  // Next and Tailwind inject inline style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  // /check prices lists in Web Workers; 'strict-dynamic' drops 'self' for them in script-src,
  // so worker scripts get their own source list.
  "worker-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * The methods an App Router route handler can export. Next answers any other method (PROPFIND,
 * LOCK, QUERY, ...: Node's parser accepts the WebDAV family) on an API route with a bare 400 and
 * no body, before the handler runs; the API contract wants a 405 with its error body instead.
 */
const ROUTE_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** What each API route answers to; keep in step with the routes' own 405 handlers. */
const API_ALLOW: Record<string, ReturnType<typeof methodNotAllowed>> = {
  "/api/quote": methodNotAllowed("POST"),
  "/api/offers": methodNotAllowed("POST"),
  "/api/quotes": methodNotAllowed("POST"),
  "/api/offer": methodNotAllowed("POST"),
  "/api/offer.pdf": methodNotAllowed("POST"),
  "/api/health": methodNotAllowed("GET"),
  "/api/prices": methodNotAllowed("GET"),
  "/api/openapi.json": methodNotAllowed("GET"),
};

/** Pages and file routes (/check/template.csv, /offer/pdf) answer GET and HEAD only. */
const PAGE_METHODS = new Set(["GET", "HEAD"]);

/** Any other method on a page: 405 with `Allow`, never the page (nor Next's bare 400). */
function pageMethodNotAllowed(method: string): Response {
  return new Response(`Метод ${method} не поддерживается: страница отвечает на GET и HEAD.\n`, {
    status: 405,
    headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** 128 random bits, base64: unguessable, and new on every page view as CSP nonces must be. */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Pages: a per-request nonce CSP. Next reads the nonce from the request's CSP header and puts it
 * on its own scripts (pages must render dynamically for that; see `app/layout.tsx`); app code can
 * read it from `x-nonce`. API routes: only a method no route handler can export is answered here
 * (405, contract body); everything else goes on untouched, its CSP fixed in `next.config.ts`.
 * Pages answer GET and HEAD; any other method gets a 405 here.
 * TRACE never gets here: Next builds a WHATWG `Request` before calling this function, and the
 * Fetch standard forbids that method (see docs/performance.md, "HTTP methods").
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    if (ROUTE_METHODS.has(request.method)) return NextResponse.next();
    const notAllowed = API_ALLOW[pathname];
    return notAllowed ? notAllowed(request) : NextResponse.next();
  }
  if (!PAGE_METHODS.has(request.method)) return pageMethodNotAllowed(request.method);
  const nonce = newNonce();
  const csp = CSP_BEFORE_NONCE + nonce + CSP_AFTER_NONCE;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The layout leaves the partner's navigation out of the client's view of an offer.
  requestHeaders.set("x-page-path", pathname);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages (API routes are the entry below; static files and the icon need no CSP).
      source: "/((?!api/|_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|robots\\.txt$).*)",
      // The router's prefetches fetch RSC payloads, never rendered as documents: no CSP needed.
      // (Not the browser's own `Purpose: prefetch`: that fetches a document, which needs one.)
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
    {
      // API requests, except those carrying a JSON or NDJSON body: running middleware at all
      // costs a POST about 45% of /api/quote's throughput (Next buffers and clones the body for
      // it; measured with autocannon, see docs/performance.md), and would cut an NDJSON stream
      // of POST /api/quotes at `proxyClientMaxBodySize`; the valid requests of the contract all
      // carry one of those two content types. A client sending an unknown method with such a
      // header still gets Next's bare 400 (not a 5xx).
      source: "/api/:path*",
      missing: [
        {
          type: "header",
          key: "content-type",
          // The NDJSON type in any letter case: a stream through the proxy would be cut short.
          value:
            "(?:application/json|[Aa][Pp][Pp][Ll][Ii][Cc][Aa][Tt][Ii][Oo][Nn]/[Xx]-[Nn][Dd][Jj][Ss][Oo][Nn]).*",
        },
      ],
    },
  ],
};
