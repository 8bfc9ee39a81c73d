// Resilience: does one kind of heavy request stall the server for everyone? GET /api/health is
// probed back to back while (a) 20 clients render 30-line PDFs, (b) 50 NDJSON streams are written
// one line per write, (c) 5 clients post 10 000-item JSON batches; the server's RSS is watched.
// `--resilience-seconds=N` (default 20) per scenario; `--quick` makes it 5.
import { request as httpRequest } from "node:http";
import {
  fmt,
  flag,
  importTs,
  loadAverage,
  percentile,
  rssMb,
  skippedRow,
  target,
  verdict,
} from "./shared.mjs";

export const name = "resilience";
export const needs = ["server"];

const PDF_CLIENTS = 20;
const PDF_LINES = 30;
const STREAMS = 50;
const STREAM_LINES = 5_000;
const BATCH_CLIENTS = 5;
const BATCH_ITEMS = 10_000;
const HEALTH_P99_TARGET_MS = 100;
const RSS_BACK_TARGET = 0.2;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** GET /api/health back to back (10 ms apart) until `until()`; latencies in ms and statuses. */
async function probeHealth(origin, stop) {
  const times = [];
  let failures = 0;
  while (!stop.done) {
    const start = performance.now();
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (res.status !== 200) failures++;
    } catch {
      failures++;
    }
    times.push(performance.now() - start);
    await sleep(10);
  }
  return { times, failures };
}

/** Counts statuses; `5xx` excludes 503 (counted apart: the queue is full, by design). */
function tally() {
  const t = { ok: 0, s503: 0, s5xx: 0, other: 0, errors: 0 };
  return Object.assign(t, {
    add(status) {
      if (status >= 200 && status < 300) t.ok++;
      else if (status === 503) t.s503++;
      else if (status >= 500) t.s5xx++;
      else t.other++;
    },
  });
}

/** Runs `clients` loops of `once()` until the time is up; each loop waits for its answer. */
async function loops(clients, seconds, once) {
  const counts = tally();
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        try {
          counts.add(await once());
        } catch {
          counts.errors++;
          await sleep(50);
        }
      }
    }),
  );
  return counts;
}

async function post(origin, path, body) {
  const res = await fetch(origin + path, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "identity" },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  if (res.status === 503) await sleep(Number(res.headers.get("retry-after") ?? 1) * 100);
  await res.arrayBuffer();
  return res.status;
}

/** One NDJSON stream, one line per write (as the socket drains), stopped at the deadline. */
function oneLineStream(origin, texts, deadline) {
  return new Promise((resolve) => {
    const req = httpRequest(new URL("/api/quotes", origin), {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
    });
    let answered = 0;
    req.on("response", (res) => {
      res.setEncoding("utf8");
      res.on("data", (text) => {
        for (const c of text) if (c === "\n") answered++;
      });
      res.on("end", () => resolve({ status: res.statusCode, answered }));
      res.on("error", () => resolve({ status: 0, answered }));
    });
    req.on("error", () => resolve({ status: 0, answered }));
    let sent = 0;
    const pump = () => {
      while (sent < STREAM_LINES && performance.now() < deadline) {
        const ok = req.write(`${texts[sent % texts.length]}\n`);
        sent++;
        if (!ok) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

async function scenario(origin, serverPid, rss, label, seconds, load) {
  const stop = { done: false };
  const health = probeHealth(origin, stop);
  const start = performance.now();
  const result = await load(seconds);
  const elapsed = (performance.now() - start) / 1000;
  stop.done = true;
  const { times, failures } = await health;
  rss.sample();
  return {
    label,
    seconds: elapsed,
    load: loadAverage(),
    health: {
      n: times.length,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      max: Math.max(...times),
      failures,
    },
    ...result,
  };
}

export async function run({ origin, serverPid, status, log, option }) {
  const seconds = Number(option("resilience-seconds", flag("quick") ? "5" : "20"));
  const { SAMPLE_QUOTE_BODIES: bodies } = await importTs("scripts/quote-requests.ts");
  const { PROPOSAL_EXAMPLE } = await importTs("test-support/api-test-helpers.ts");
  const offer = {
    ...PROPOSAL_EXAMPLE,
    lines: Array.from({ length: PDF_LINES }, (_, i) => PROPOSAL_EXAMPLE.lines[i % 3]),
  };
  const pdfBody = JSON.stringify(offer);
  const probe = await status("/api/offer.pdf", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: pdfBody,
  });
  if (probe !== 200) return { skipped: `POST /api/offer.pdf answers ${probe}` };

  const rss = { before: rssMb(serverPid), peak: 0 };
  rss.sample = () => {
    const now = rssMb(serverPid);
    if (now !== null && now > rss.peak) rss.peak = now;
  };
  const timer = setInterval(rss.sample, 100);
  const scenarios = [];
  try {
    log(`resilience: ${PDF_CLIENTS} clients rendering ${PDF_LINES}-line PDFs, ${seconds} s`);
    scenarios.push(
      await scenario(origin, serverPid, rss, "pdf", seconds, async (s) => {
        const counts = await loops(PDF_CLIENTS, s, () => post(origin, "/api/offer.pdf", pdfBody));
        return { counts, pdfsPerSecond: counts.ok / s };
      }),
    );
    log(`resilience: ${STREAMS} NDJSON streams written one line per write, ${seconds} s`);
    const texts = bodies.map((b) => JSON.stringify(b));
    scenarios.push(
      await scenario(origin, serverPid, rss, "ndjson", seconds, async (s) => {
        const deadline = performance.now() + s * 1000;
        const results = await Promise.all(
          Array.from({ length: STREAMS }, () => oneLineStream(origin, texts, deadline)),
        );
        const counts = tally();
        for (const r of results) {
          if (r.status) counts.add(r.status);
          else counts.errors++;
        }
        return { counts, linesAnswered: results.reduce((sum, r) => sum + r.answered, 0) };
      }),
    );
    log(`resilience: ${BATCH_CLIENTS} clients posting ${BATCH_ITEMS}-item batches, ${seconds} s`);
    const batchBody = JSON.stringify({
      requests: Array.from({ length: BATCH_ITEMS }, (_, i) => bodies[i % bodies.length]),
    });
    scenarios.push(
      await scenario(origin, serverPid, rss, "batch", seconds, async (s) => {
        const counts = await loops(BATCH_CLIENTS, s, () => post(origin, "/api/quotes", batchBody));
        return { counts, batchesPerSecond: counts.ok / s };
      }),
    );
  } finally {
    clearInterval(timer);
  }
  // Let the garbage collector and the pools settle before the last reading.
  await sleep(5_000);
  rss.after = rssMb(serverPid);
  return { seconds, scenarios, rss: { before: rss.before, peak: rss.peak, after: rss.after } };
}

const SCENARIO_NAMES = {
  pdf: `${PDF_CLIENTS} concurrent ${PDF_LINES}-line PDFs`,
  ndjson: `${STREAMS} NDJSON streams, one line per write`,
  batch: `${BATCH_CLIENTS} concurrent ${fmt(BATCH_ITEMS)}-item batches`,
};
const ms = (n) => (n === null || n === undefined ? "—" : `${n.toFixed(0)} ms`);
const counted = (c) => `${c.ok} ok, ${c.s503} × 503, ${c.s5xx} other 5xx, ${c.errors} errors`;

export function report(f) {
  const healthOk = (s) => s.health.p99 < HEALTH_P99_TARGET_MS && s.health.failures === 0;
  const rssOk = f?.rss && f.rss.after <= f.rss.before * (1 + RSS_BACK_TARGET);
  const no5xx = f?.scenarios?.every((s) => s.counts.s5xx === 0 && s.counts.errors === 0);
  const targets = [
    ...Object.entries(SCENARIO_NAMES).map(([key, text]) => {
      const s = f?.scenarios?.find((x) => x.label === key);
      return target(
        `Resilience: /api/health p99 < ${HEALTH_P99_TARGET_MS} ms during ${text}`,
        f,
        s ? ms(s.health.p99) : "—",
        s ? healthOk(s) : null,
      );
    }),
    target(
      `Resilience: server RSS back within ${RSS_BACK_TARGET * 100}% of before`,
      f,
      `${f?.rss?.before?.toFixed(0)} → ${f?.rss?.after?.toFixed(0)} MB`,
      rssOk,
    ),
    target("Resilience: no 5xx but counted 503s", f, no5xx ? "none" : "some", no5xx),
  ];
  if (!f || f.skipped) {
    return {
      rows: [skippedRow("Resilience", f, `health p99 < ${HEALTH_P99_TARGET_MS} ms`)],
      details: [],
      targets,
    };
  }
  const rows = f.scenarios.map((s) => [
    `Resilience: /api/health during ${SCENARIO_NAMES[s.label]}`,
    `p50 ${ms(s.health.p50)}, p99 ${ms(s.health.p99)}`,
    "",
    "",
    `p99 < ${HEALTH_P99_TARGET_MS} ms`,
    verdict(healthOk(s)),
  ]);
  rows.push([
    "Resilience: server RSS before / peak / after",
    `${f.rss.before?.toFixed(0)} / ${f.rss.peak?.toFixed(0)} / ${f.rss.after?.toFixed(0)} MB`,
    "",
    "",
    `after ≤ before + ${RSS_BACK_TARGET * 100}%`,
    verdict(rssOk),
  ]);
  const details = f.scenarios.map(
    (s) =>
      `- Resilience, ${SCENARIO_NAMES[s.label]} (${s.seconds.toFixed(0)} s, load average after ${s.load}): ` +
      `health p50 ${ms(s.health.p50)}, p99 ${ms(s.health.p99)}, max ${ms(s.health.max)} over ${s.health.n} probes (${s.health.failures} failed); ` +
      `${counted(s.counts)}` +
      (s.pdfsPerSecond !== undefined ? `; ${s.pdfsPerSecond.toFixed(1)} PDFs/s` : "") +
      (s.linesAnswered !== undefined ? `; ${fmt(s.linesAnswered)} lines answered` : "") +
      (s.batchesPerSecond !== undefined ? `; ${s.batchesPerSecond.toFixed(2)} batches/s` : "") +
      ".",
  );
  return { rows, details, targets };
}

export const method = () => `**Resilience**: \`GET /api/health\` probed back to back (10 ms
apart) while, one after the other, ${PDF_CLIENTS} clients post ${PDF_LINES}-line
\`/api/offer.pdf\` requests in a loop, ${STREAMS} NDJSON streams of up to ${fmt(STREAM_LINES)}
lines are written one line per write, and ${BATCH_CLIENTS} clients post ${fmt(BATCH_ITEMS)}-item
JSON batches in a loop, 20 s each (\`--resilience-seconds=N\`, \`--quick\` for 5 s). 503s (the PDF
queue full) are counted apart from other 5xx. The server's \`VmRSS\` is sampled every 100 ms and
read again 5 s after the last scenario.`;
