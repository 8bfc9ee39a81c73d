// Batch API: 10 000 quotes in one JSON batch against 10 000 single POST /api/quote calls, and an
// NDJSON stream of 200 000 lines with the server's memory watched while it runs.
import { request as httpRequest } from "node:http";
import {
  fmt,
  importTs,
  median,
  processCpuMs,
  rssMb,
  skippedRow,
  target,
  verdict,
} from "./shared.mjs";

export const name = "batch-api";
export const needs = ["server"];

const CONNECTIONS = 50;
const ITEMS = 10_000;
const BATCH_WARMUPS = 3;
const BATCH_RUNS = 5;
const NDJSON_LINES = 200_000;
const RATIO_TARGET = 20;
const RSS_TARGET_MB = 100;

/** The server's CPU time (user + system) since `before`, in ms; null off Linux. */
function cpuSince(pid, before) {
  const now = processCpuMs(pid);
  return before === null || now === null ? null : now - before;
}

/** Streams `lines` NDJSON lines (written as the socket drains) and counts the answer's lines. */
function streamNdjson(origin, lines, body) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL("/api/quotes", origin), {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
    });
    let answered = 0;
    let statuses = {};
    let rest = "";
    req.on("response", (res) => {
      res.setEncoding("utf8");
      res.on("data", (text) => {
        const parts = (rest + text).split("\n");
        rest = parts.pop();
        for (const line of parts) {
          const status = JSON.parse(line).status;
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
        answered += parts.length;
      });
      res.on("end", () => resolve({ status: res.statusCode, answered, statuses }));
      res.on("error", reject);
    });
    req.on("error", reject);
    let sent = 0;
    const pump = () => {
      while (sent < lines) {
        const chunk = [];
        for (let i = 0; i < 100 && sent < lines; i++, sent++) chunk.push(body(sent));
        if (!req.write(`${chunk.join("\n")}\n`)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

export async function run({ origin, serverPid, status, log }) {
  const { default: autocannon } = await import("autocannon");
  const { SAMPLE_QUOTE_BODIES: bodies } = await importTs("scripts/quote-requests.ts");
  const probe = await status("/api/quotes", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ requests: [bodies[0]] }),
  });
  if (probe !== 200) return { skipped: `POST /api/quotes answers ${probe}` };
  const items = Array.from({ length: ITEMS }, (_, i) => bodies[i % bodies.length]);

  log(`batch-api: ${ITEMS} single POST /api/quote calls at ${CONNECTIONS} connections`);
  const requests = bodies.map((body) => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }));
  const fireSingles = () =>
    new Promise((resolve, reject) => {
      autocannon(
        {
          url: `${origin}/api/quote`,
          connections: CONNECTIONS,
          amount: ITEMS,
          requests,
          timeout: 20,
        },
        (error, r) => (error ? reject(error) : resolve(r)),
      );
    });
  await fireSingles(); // warm-up
  const singleCpuBefore = processCpuMs(serverPid);
  const singles = await fireSingles();
  const singleCpuMs = cpuSince(serverPid, singleCpuBefore);
  // start/finish, not `duration`: that one is rounded to a tenth of a second or coarser.
  const singleSeconds =
    singles.start && singles.finish
      ? (new Date(singles.finish) - new Date(singles.start)) / 1000
      : singles.duration;
  const singleQps = singles.requests.total / singleSeconds;

  log(`batch-api: ${ITEMS} requests in one JSON batch, ${BATCH_RUNS} runs`);
  const batchBody = JSON.stringify({ requests: items });
  const batchTimes = [];
  const batchCpu = [];
  let batchStatus = 0;
  for (let i = 0; i < BATCH_WARMUPS + BATCH_RUNS; i++) {
    const cpuBefore = processCpuMs(serverPid);
    const start = performance.now();
    const response = await fetch(`${origin}/api/quotes`, {
      method: "POST",
      // Uncompressed, like autocannon's single calls (it asks for no encoding either).
      headers: { "content-type": "application/json", "accept-encoding": "identity" },
      body: batchBody,
    });
    // Timed to the answer's last byte, like autocannon's single calls (it parses no bodies).
    const text = await response.text();
    const ms = performance.now() - start;
    const cpuMs = cpuSince(serverPid, cpuBefore);
    batchStatus = response.status;
    if (JSON.parse(text).results?.length !== ITEMS) {
      return { skipped: `the batch answered ${response.status}` };
    }
    // The first runs warm the route's code up (the JIT), as autocannon's warm-up round does.
    if (i >= BATCH_WARMUPS) {
      batchTimes.push(ms);
      if (cpuMs !== null) batchCpu.push(cpuMs);
    }
  }
  const batchMs = median(batchTimes);
  const batchQps = ITEMS / (batchMs / 1000);

  log(`batch-api: NDJSON stream of ${NDJSON_LINES} lines`);
  const lineTexts = bodies.map((b) => JSON.stringify(b));
  const rssBefore = rssMb(serverPid);
  let rssPeak = rssBefore;
  const timer = setInterval(() => {
    const now = rssMb(serverPid);
    if (now !== null && (rssPeak === null || now > rssPeak)) rssPeak = now;
  }, 50);
  const ndStart = performance.now();
  const nd = await streamNdjson(origin, NDJSON_LINES, (i) => lineTexts[i % lineTexts.length]);
  const ndSeconds = (performance.now() - ndStart) / 1000;
  clearInterval(timer);
  return {
    connections: CONNECTIONS,
    items: ITEMS,
    single: {
      seconds: singleSeconds,
      qps: singleQps,
      non2xx: singles.non2xx,
      errors: singles.errors,
      cpuPerQuoteUs: singleCpuMs === null ? null : (singleCpuMs * 1000) / singles.requests.total,
    },
    batch: {
      ms: batchMs,
      runs: batchTimes.map(Math.round),
      qps: batchQps,
      status: batchStatus,
      cpuPerQuoteUs: batchCpu.length ? (median(batchCpu) * 1000) / ITEMS : null,
    },
    ratio: batchQps / singleQps,
    ndjson: {
      lines: NDJSON_LINES,
      answered: nd.answered,
      statuses: nd.statuses,
      status: nd.status,
      seconds: ndSeconds,
      rssBeforeMb: rssBefore,
      rssPeakMb: rssPeak,
      rssGrowthMb: rssBefore === null ? null : rssPeak - rssBefore,
    },
  };
}

export function report(f) {
  const completed = f && !f.skipped && f.ndjson.answered === f.ndjson.lines;
  const rssOk = completed && f.ndjson.rssGrowthMb !== null && f.ndjson.rssGrowthMb < RSS_TARGET_MB;
  const targets = [
    target(
      `Batch API: quotes/s of one 10 000 batch ≥ ${RATIO_TARGET}× 10 000 single calls`,
      f,
      `${f?.ratio?.toFixed(1)}×`,
      f?.ratio >= RATIO_TARGET,
    ),
    target(
      `Batch API: NDJSON of 200 000 lines completes, server RSS grows < ${RSS_TARGET_MB} MB`,
      f,
      `${f?.ndjson?.answered} lines, +${f?.ndjson?.rssGrowthMb?.toFixed(0)} MB`,
      rssOk,
    ),
  ];
  if (!f || f.skipped) {
    return {
      rows: [skippedRow("Batch API", f, `≥ ${RATIO_TARGET}×; RSS < +${RSS_TARGET_MB} MB`)],
      details: [],
      targets,
    };
  }
  const rows = [
    [
      `Batch API: ${fmt(f.items)} quotes in one JSON batch`,
      `${fmt(f.batch.qps)} quotes/s`,
      `${fmt(f.items)} single calls, ${f.connections} connections: ${fmt(f.single.qps)} quotes/s`,
      `${f.ratio.toFixed(1)}×`,
      `≥ ${RATIO_TARGET}×`,
      verdict(f.ratio >= RATIO_TARGET),
    ],
    [
      `Batch API: NDJSON stream of ${fmt(f.ndjson.lines)} lines`,
      `${f.ndjson.seconds.toFixed(1)} s, ${fmt(f.ndjson.lines / f.ndjson.seconds)} lines/s`,
      `server RSS before: ${f.ndjson.rssBeforeMb?.toFixed(0)} MB`,
      `+${f.ndjson.rssGrowthMb?.toFixed(0)} MB`,
      `completes, < +${RSS_TARGET_MB} MB`,
      verdict(rssOk),
    ],
  ];
  const details = [
    `- Batch API: one JSON body of ${fmt(f.items)} requests (median of ${f.batch.runs.length} runs after ${BATCH_WARMUPS} warm-up runs: ${f.batch.runs.join(", ")} ms, from sending to the last byte of the answer) ` +
      `against ${fmt(f.items)} single POST /api/quote calls by autocannon at ${f.connections} connections (${f.single.seconds.toFixed(2)} s after a warm-up round; non-2xx ${f.single.non2xx}, errors ${f.single.errors}).`,
    `- Batch API NDJSON: ${fmt(f.ndjson.lines)} lines written as the socket drains and read as they come; answered ${fmt(f.ndjson.answered)} lines (statuses ${JSON.stringify(f.ndjson.statuses)}); ` +
      `the server's VmRSS sampled every 50 ms: ${f.ndjson.rssBeforeMb?.toFixed(0)} MB before, peak ${f.ndjson.rssPeakMb?.toFixed(0)} MB.`,
  ];
  if (f.single.cpuPerQuoteUs != null && f.batch.cpuPerQuoteUs != null) {
    details.push(
      `- Batch API server CPU time per quote (user + system of the \`next start\` process; less sensitive than wall time to other load on the machine): ` +
        `single calls ${fmt(f.single.cpuPerQuoteUs)} µs, JSON batch ${fmt(f.batch.cpuPerQuoteUs)} µs (median run): ` +
        `${(f.single.cpuPerQuoteUs / f.batch.cpuPerQuoteUs).toFixed(1)}× less per quote.`,
    );
  }
  return { rows, details, targets };
}

export const method =
  () => `**Batch API** (\`POST /api/quotes\`): ${fmt(ITEMS)} requests (the bodies of
\`scripts/quote-requests.ts\`, rotated) as one JSON batch, timed from send to the parsed answer,
against the same number of single \`POST /api/quote\` calls by autocannon at ${CONNECTIONS}
connections, both on the benchmark's server and both uncompressed (autocannon asks for no
encoding; the batch asks for \`identity\`: gzip of a 25 MB answer costs the server more than
pricing it). The server's CPU time per quote is listed too. Then an NDJSON stream of ${fmt(NDJSON_LINES)} lines
written with back-pressure while the server's \`VmRSS\` (\`/proc/<pid>/status\`) is sampled.`;
