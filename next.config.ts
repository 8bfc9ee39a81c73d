import type { NextConfig } from "next";

/** Sent with every response: pages, API, static files, 404s. */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), " +
      "hid=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), " +
      "browsing-topics=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Ignored over plain HTTP; behind the TLS load balancer it pins HTTPS. No includeSubDomains:
  // other hosts of the domain are not ours to pin.
  { key: "Strict-Transport-Security", value: "max-age=63072000" },
];

/**
 * API responses are JSON and never render: the strictest policy fits. Pages get a per-request
 * nonce policy from `proxy.ts` instead (a second CSP header would be enforced on top of it
 * and block Next's scripts, so the page CSP is not set here).
 */
const API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pdfkit reads its own data files (and the offer's font) from node_modules at run time.
  // piscina starts the PDF worker threads (lib/pdf-pool) from a file built beside .next.
  serverExternalPackages: ["pdfkit", "piscina"],
  experimental: {
    // Next buffers the body of every request that reaches the proxy (pages, and API requests
    // without a JSON content type) so the proxy can read it: 10 MB by default, per request.
    // Nothing here reads a body in the proxy or posts to a page; the API reads at most 64 KiB.
    // Past the limit Next truncates (at a chunk boundary, chunks up to 64 KiB), so the limit
    // stays well above 64 KiB + one chunk: an oversized API body still looks oversized (413).
    proxyClientMaxBodySize: "256kb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
