// The fixed prose of docs/performance.md: the introduction and the notes that are not figures
// of a run (HTTP methods, the dependency audit). Each part's "how it is measured" paragraph
// lives in the part's own module (`method`).
import { METHODS } from "node:http";

export const intro = `# Performance

Written by \`npm run bench\` (\`scripts/bench.mjs\`, one module per part in \`scripts/bench/\`);
rerun it to refresh this page. A benchmark, not a test: it never fails on machine noise. Every
figure stands next to a baseline measured in the same run on the same machine, so the ratio says
more than the absolute number. Parts that cannot run yet (a page or endpoint answering 404) say
"skipped".`;

export const notes = () => `## HTTP methods

Node's HTTP parser accepts the ${METHODS.length} methods of \`http.METHODS\` (Node
${process.versions.node}); an App Router route handler can export only seven (GET, HEAD, POST,
PUT, PATCH, DELETE, OPTIONS). Next answers the others (PROPFIND, LOCK, QUERY, ...) on an API
route itself, before the handler runs, with a bare \`400\` and no body. \`proxy.ts\` (Next 16's
name for middleware) answers them instead: \`405\` with the contract's error body and the
route's \`Allow\` (\`e2e/security.spec.ts\`).

Its matcher takes API requests only when they carry no \`Content-Type: application/json\`.
Running middleware on every API request cost \`POST /api/quote\` about 45% of its throughput
(548 → 301 req/s; measured on Next 15.5, then \`middleware.ts\`: 4 alternating autocannon rounds
of 8 s at 50 connections against two builds of the same code, with and without API routes in the
matcher; Next clones the request body for middleware and ran it in a sandbox of its own; the
Node.js middleware runtime, the only one Next 16's proxy has, did no better, 257 req/s). With the
content-type condition the JSON path showed no measurable cost (server CPU time per request
within the run-to-run noise). An unknown method sent with a JSON content type still gets Next's
bare \`400\`. Requests without a JSON body (\`GET /api/health\`, \`GET /api/openapi.json\`) do run
the proxy: about 0.6 ms more server CPU each (measured on Next 15.5), which probes and
documentation fetches can afford.

Next buffers the body of every request that reaches the proxy (pages included) so that the proxy
could read it. \`experimental.proxyClientMaxBodySize\` caps that at 256 KB in \`next.config.ts\`
(Next's default: 10 MB per request), still far enough above the API's 64 KiB that an oversized
body keeps its 413.

\`TRACE\` (like \`TRACK\` and \`CONNECT\`) is a forbidden method in the Fetch standard. Next
builds a WHATWG \`Request\` for the proxy (\`next/dist/server/web/adapter.js\`) and for every
route handler (\`NextRequestAdapter.fromNodeNextRequest\`) before any of our code runs; the
constructor throws \`TypeError: 'TRACE' HTTP method is unsupported.\` and Next renders its 500
page, on every path that reaches the proxy or a route handler. No proxy, route or
\`next.config.ts\` setting can see such a request (headers, redirects and matchers cannot select
by method). So the Node server itself answers it: \`instrumentation.ts\`'s \`register()\` wraps
\`http.Server.prototype.emit\` (\`lib/http/refuse-trace.ts\`) to answer \`TRACE\` with the
contract's 405 before Next sees the request, at the price of patching Node's server class
(\`e2e/security.spec.ts\` checks \`/api/quote\` and \`/\`). A load balancer in front of the
instances may refuse it first (nginx, for one, answers it with 405 by itself). \`TRACK\` and
unknown tokens never reach Next (Node's parser answers \`400\` and closes the connection);
\`CONNECT\` gets no answer (Node closes the socket).

## Dependency audit

\`npm audit --omit=dev\` cannot run on the machine these figures come from: the network path to
the registry answers the audit endpoint (\`POST /-/npm/v1/security/advisories/bulk\`) with
\`405 Method Not Allowed\`, so no advisory data is available there and the audit is not claimed
as passed. Run it where the public npm registry is reachable (CI with internet access, a
developer machine); the target is no high or critical advisory in the production dependencies
(next, react, react-dom, react-hook-form, zod, decimal.js).

The page CSP is set in \`proxy.ts\`: Next 16 carries the fix (15.2.3 and later) for the
middleware bypass through the \`x-middleware-subrequest\` header (CVE-2025-29927); keep Next
current. The other security headers come from \`next.config.ts\` and do not depend on the proxy.

Before-and-after comparisons of single changes (resilience, the quote page's main thread) are
kept in \`docs/performance-history.md\`, which this script does not rewrite.
`;
