import { NextResponse, type NextRequest } from "next/server";

// React's development build needs eval (call-stack reconstruction); production never gets it.
const DEV_EVAL = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";

// Everything but the nonce is fixed, so the per-request work is one random draw and one concat.
const CSP_BEFORE_NONCE = "default-src 'self'; script-src 'self' 'nonce-";
const CSP_AFTER_NONCE =
  `' 'strict-dynamic'${DEV_EVAL}; ` +
  // Next and Tailwind inject inline style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** 128 random bits, base64: unguessable, and new on every page view as CSP nonces must be. */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Per-request nonce CSP for pages. Next reads the nonce from the request's CSP header and puts
 * it on its own scripts (pages must render dynamically for that; see `app/layout.tsx`); app code
 * can read it from `x-nonce`. The other security headers come from `next.config.ts`.
 */
export function middleware(request: NextRequest) {
  const nonce = newNonce();
  const csp = CSP_BEFORE_NONCE + nonce + CSP_AFTER_NONCE;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes get a fixed CSP from next.config.ts, and static files need none.
      source: "/((?!api/|_next/static/|_next/image|favicon\\.ico$|robots\\.txt$).*)",
      // The router's prefetches fetch RSC payloads, never rendered as documents: no CSP needed.
      // (Not the browser's own `Purpose: prefetch`: that fetches a document, which needs one.)
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
