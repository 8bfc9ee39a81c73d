// API under autocannon: POST /api/quote against the empty route, same server, same bodies.
import { fmt, importTs, processCpuMs, skippedRow, target, verdict } from "./shared.mjs";

export const name = "api";
export const needs = ["server"];

const CONNECTIONS = 50;
const ROUNDS = 2;

export async function run({ origin, serverPid, status, log, options }) {
  const { default: autocannon } = await import("autocannon");
  const { SAMPLE_QUOTE_BODIES: bodies } = await importTs("scripts/quote-requests.ts");
  const json = { "content-type": "application/json" };
  const probe = await status("/api/quote", {
    method: "POST",
    headers: json,
    body: JSON.stringify(bodies[0]),
  });
  if (probe === 404) return { skipped: "POST /api/quote answers 404 (not merged yet)" };
  if (probe !== 200) return { skipped: `POST /api/quote answers ${probe} to a valid body` };
  const baselineProbe = await status("/api/bench-empty", { method: "POST", body: "{}" });
  if (baselineProbe !== 200) return { skipped: "the baseline route /api/bench-empty is missing" };

  const requests = bodies.map((body) => ({
    method: "POST",
    headers: json,
    body: JSON.stringify(body),
  }));
  const fire = async (path, seconds) => {
    const cpuBefore = processCpuMs(serverPid);
    const result = await new Promise((resolve, reject) => {
      autocannon(
        { url: origin + path, connections: CONNECTIONS, duration: seconds, requests, timeout: 10 },
        (error, r) => (error ? reject(error) : resolve(r)),
      );
    });
    const cpuAfter = processCpuMs(serverPid);
    result.serverCpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    return result;
  };
  const summarize = (r) => ({
    serverCpuMs: r.serverCpuMs,
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  });

  log("api: warm-up");
  await fire("/api/bench-empty", 3);
  await fire("/api/quote", 3);
  // Rounds in alternating order, so a burst of load elsewhere on the machine (or a trend over
  // the run) hits both sides alike.
  const runs = { empty: [], quote: [] };
  for (let i = 0; i < ROUNDS; i++) {
    log(
      `api: round ${i + 1}/${ROUNDS}, ${options.apiSeconds} s each at ${CONNECTIONS} connections`,
    );
    const order = i % 2 === 0 ? ["empty", "quote"] : ["quote", "empty"];
    for (const side of order) {
      const path = side === "empty" ? "/api/bench-empty" : "/api/quote";
      runs[side].push(summarize(await fire(path, options.apiSeconds)));
    }
  }
  const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
  const merge = (list) => ({
    rps: sum(list, "rps") / list.length,
    p50: sum(list, "p50") / list.length,
    p99: Math.max(...list.map((r) => r.p99)),
    total: sum(list, "total"),
    errors: sum(list, "errors"),
    timeouts: sum(list, "timeouts"),
    non2xx: sum(list, "non2xx"),
    // Server CPU per answered request, in µs: total CPU over total requests of the rounds.
    cpuPerRequestUs: list.some((r) => r.serverCpuMs === null)
      ? null
      : (sum(list, "serverCpuMs") * 1000) / Math.max(1, sum(list, "total")),
  });
  return {
    connections: CONNECTIONS,
    seconds: options.apiSeconds,
    rounds: ROUNDS,
    empty: merge(runs.empty),
    quote: merge(runs.quote),
  };
}

export function report(api) {
  const ratio = api && !api.skipped ? api.quote.rps / api.empty.rps : null;
  const targets = [
    target(
      "API: POST /api/quote throughput ≥ 85% of the empty route's",
      api,
      `${(ratio * 100).toFixed(0)}%`,
      ratio >= 0.85,
    ),
    target("API: POST /api/quote p99 < 50 ms", api, `${api?.quote?.p99} ms`, api?.quote?.p99 < 50),
  ];
  if (!api || api.skipped) {
    return { rows: [skippedRow("API", api, "≥ 85%, p99 < 50 ms")], details: [], targets };
  }
  const rows = [
    [
      `API: POST /api/quote throughput, ${api.connections} connections`,
      `${fmt(api.quote.rps)} req/s`,
      `empty route: ${fmt(api.empty.rps)} req/s`,
      `${(ratio * 100).toFixed(0)}%`,
      "≥ 85%",
      verdict(ratio >= 0.85),
    ],
    [
      "API: POST /api/quote latency p50 / p99",
      `${api.quote.p50.toFixed(1)} / ${api.quote.p99} ms`,
      `empty route: ${api.empty.p50.toFixed(1)} / ${api.empty.p99} ms`,
      `${(api.quote.p99 / Math.max(api.empty.p99, 1)).toFixed(2)}× (p99)`,
      "p99 < 50 ms",
      verdict(api.quote.p99 < 50),
    ],
  ];
  const details = [
    `- API: ${api.rounds} alternating rounds of ${api.seconds} s per route at ${api.connections} connections after a 3 s warm-up each; ` +
      `throughput and p50 are the mean of the rounds, p99 the worse round. Requests: quote ${api.quote.total} ` +
      `(errors ${api.quote.errors}, timeouts ${api.quote.timeouts}, non-2xx ${api.quote.non2xx}), empty route ${api.empty.total} ` +
      `(errors ${api.empty.errors}, timeouts ${api.empty.timeouts}, non-2xx ${api.empty.non2xx}).`,
  ];
  if (api.quote.cpuPerRequestUs !== null) {
    details.push(
      `- API server CPU time per request (user + system of the \`next start\` process over the same rounds; ` +
        `the server's side of the same comparison, without the load generator's share; it varies by ±200 µs between runs): quote ${fmt(api.quote.cpuPerRequestUs)} µs, ` +
        `empty route ${fmt(api.empty.cpuPerRequestUs)} µs: the quote route costs ` +
        `${fmt(api.quote.cpuPerRequestUs - api.empty.cpuPerRequestUs)} µs more, a CPU-bound ceiling of ` +
        `${((api.empty.cpuPerRequestUs / api.quote.cpuPerRequestUs) * 100).toFixed(0)}% of the empty route's throughput.`,
    );
  }
  // Little's law for a closed loop: mean latency = connections / throughput.
  const floor = (api.connections / api.empty.rps) * 1000;
  details.push(
    `- With ${api.connections} connections always waiting, mean latency = ${api.connections} / throughput (Little's law): ` +
      `at the empty route's ${Math.round(api.empty.rps)} req/s no handler on this server can average under ${Math.round(floor)} ms; ` +
      `p99 < 50 ms needs well over ${api.connections * 20} req/s from the server process.`,
  );
  return { rows, details, targets };
}

export const method =
  () => `**API**: autocannon (in the benchmark process) at ${CONNECTIONS} connections against a production server
(\`next start\`) on a free port, rotating the fixed valid bodies of
\`scripts/quote-requests.ts\`. Baseline: \`POST /api/bench-empty\` in the same server, a route
that reads the body and returns a constant; it answers 404 unless the server runs with
\`BENCH_BASELINE=1\`, which only the benchmark sets. ${ROUNDS} rounds per route in alternating
order after a warm-up. On 2 cores the load generator and the server share the machine; the
server's CPU time per request (from \`/proc/<pid>/stat\`) is listed too: the
server's side of the comparison, without the load generator's share.`;
