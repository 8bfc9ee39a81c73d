import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Self-contained server bundle: every instance is identical and stateless.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Security headers (CSP, HSTS, X-Content-Type-Options, Referrer-Policy, ...) go here
  // as `async headers() { return [{ source: "/(.*)", headers: [...] }]; }`.
};

export default nextConfig;
