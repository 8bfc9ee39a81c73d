#!/usr/bin/env node
// `npm run bench`: the product's performance as figures, each next to a baseline measured in
// the same run (so a slower or busier machine moves both), and written to docs/performance.md.
// A benchmark, not a test: it prints and records figures, and exits 0 whatever they are
// (it exits non-zero only when it cannot measure at all, e.g. the build fails).
//
//   npm run bench                      everything (builds first when .next is missing or stale)
//   npm run bench -- --only=rules,api  a subset: rules, api, weight, lighthouse, interaction
//   npm run bench -- --no-write        print only, leave docs/performance.md alone
//                                      (--only runs print only, unless --write is given)
//   --lighthouse-runs=N (default 3), --api-seconds=N (default 10), --skip-build
//
// It starts its own production server (`next start`, BENCH_BASELINE=1 for the baseline route,
// on a free port) and its own browsers, and stops them all on exit or Ctrl-C.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { METHODS } from "node:http";
import { createServer } from "node:net";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, constants as zlibConstants } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const PAGES = ["/", "/offers", "/promo"];
const NOT_FOUND_PAGE = "/bench-no-such-page";

// ---------------------------------------------------------------------------------------------
// Options
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const ALL_PARTS = ["rules", "api", "weight", "lighthouse", "interaction"];
const parts = new Set(option("only", ALL_PARTS.join(",")).split(","));
const LH_RUNS = Math.max(1, Number(option("lighthouse-runs", "3")));
const API_SECONDS = Math.max(2, Number(option("api-seconds", "10")));
// A partial run (--only) would overwrite the full figures with "not run": it writes on request.
const WRITE =
  args.includes("--write") ||
  (!args.includes("--no-write") && !args.some((a) => a.startsWith("--only=")));
const SKIP_BUILD = args.includes("--skip-build");

const log = (...a) => console.error("[bench]", ...a);

// ---------------------------------------------------------------------------------------------
// Cleanup: every process and browser started here is registered and stopped on any exit.
const cleanups = [];
let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch {
      // best effort: keep stopping the rest
    }
  }
}
function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    log(`${signal}: stopping servers and browsers`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Machine
function machine() {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd: ROOT,
    }).toString();
    if (dirty.trim()) commit += " (with uncommitted changes)";
  } catch {
    // not a git checkout
  }
  return {
    cores: os.availableParallelism?.() ?? os.cpus().length,
    cpu: model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    loadAverage: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" "),
    commit,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers
const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n, digits = 0) => (n === null || n === undefined ? null : Number(n.toFixed(digits)));
const kb = (bytes) => round(bytes / 1024, 1);
const fmt = (n) => (n === null || n === undefined ? "—" : Math.round(n).toLocaleString("en-US"));

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// 1. Rules, in a child process of its own (a clean heap, and nothing else on its thread)
function benchRules() {
  log("rules: 10 000 mixed requests, parse-only baseline vs parse + quote");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "scripts/bench-rules.ts"), "--json"],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 2 ** 20 },
  );
  if (run.status !== 0) {
    return { skipped: `bench-rules failed: ${(run.stderr || run.stdout).trim().slice(0, 500)}` };
  }
  const lines = run.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]);
}

// ---------------------------------------------------------------------------------------------
// Build: reuse .next when it is newer than every source file, else build
const SOURCE_ENTRIES = [
  "app",
  "components",
  "lib",
  "rules",
  "public",
  "middleware.ts",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
function newestSourceMtime() {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    // Directories count too: deleting or renaming a file only touches its directory.
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    }
  };
  for (const entry of SOURCE_ENTRIES) visit(join(ROOT, entry));
  return newest;
}
function ensureBuild() {
  const buildId = join(ROOT, ".next/BUILD_ID");
  const fresh = existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceMtime();
  if (fresh || (SKIP_BUILD && existsSync(buildId))) {
    log(`build: reusing .next (${fresh ? "up to date" : "--skip-build"})`);
    return;
  }
  log("build: .next is missing or older than the sources, running `next build`");
  const build = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/next/dist/bin/next"), "build"],
    {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  if (build.status !== 0) throw new Error("next build failed");
}

// ---------------------------------------------------------------------------------------------
// Production server
async function startServer() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true, // its own process group, so the whole tree stops together
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        BENCH_BASELINE: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
      },
    },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  cleanups.push(() => killGroup(child));
  process.on("exit", () => killGroup(child));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
      log(`server: next start on ${origin} (pid ${child.pid})`);
      return { origin, pid: child.pid };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

async function status(origin, path, init) {
  try {
    const res = await fetch(origin + path, init);
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// 2. API under autocannon: POST /api/quote vs the empty route, same server, same bodies
// CPU time (user + system, all threads) the server process has used, in ms; null off Linux.
// The server's side of a comparison, without the load generator's share of the cores.
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();
function processCpuMs(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return null;
  // Fields after the parenthesized command name: utime and stime are the 12th and 13th.
  const fields = readFileSync(stat, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function benchApi(origin, bodies, serverPid) {
  const { default: autocannon } = await import("autocannon");
  const json = { "content-type": "application/json" };
  const probe = await status(origin, "/api/quote", {
    method: "POST",
    headers: json,
    body: JSON.stringify(bodies[0]),
  });
  if (probe === 404) return { skipped: "POST /api/quote answers 404 (not merged yet)" };
  if (probe !== 200) return { skipped: `POST /api/quote answers ${probe} to a valid body` };
  const baselineProbe = await status(origin, "/api/bench-empty", { method: "POST", body: "{}" });
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
        { url: origin + path, connections: 50, duration: seconds, requests, timeout: 10 },
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
  // Two rounds each, in alternating order, so a burst of load elsewhere on the machine (or a
  // trend over the run) hits both sides alike.
  const runs = { empty: [], quote: [] };
  for (let i = 0; i < 2; i++) {
    log(`api: round ${i + 1}/2, ${API_SECONDS} s each at 50 connections`);
    const order = i % 2 === 0 ? ["empty", "quote"] : ["quote", "empty"];
    for (const side of order) {
      const path = side === "empty" ? "/api/bench-empty" : "/api/quote";
      runs[side].push(summarize(await fire(path, API_SECONDS)));
    }
  }
  const merge = (list) => ({
    rps: list.reduce((s, r) => s + r.rps, 0) / list.length,
    p50: list.reduce((s, r) => s + r.p50, 0) / list.length,
    p99: Math.max(...list.map((r) => r.p99)),
    total: list.reduce((s, r) => s + r.total, 0),
    errors: list.reduce((s, r) => s + r.errors, 0),
    timeouts: list.reduce((s, r) => s + r.timeouts, 0),
    non2xx: list.reduce((s, r) => s + r.non2xx, 0),
    // Server CPU per answered request, in µs: total CPU over total requests of the rounds.
    cpuPerRequestUs: list.some((r) => r.serverCpuMs === null)
      ? null
      : (list.reduce((s, r) => s + r.serverCpuMs, 0) * 1000) /
        Math.max(
          1,
          list.reduce((s, r) => s + r.total, 0),
        ),
  });
  return {
    connections: 50,
    seconds: API_SECONDS,
    rounds: 2,
    empty: merge(runs.empty),
    quote: merge(runs.quote),
  };
}

// ---------------------------------------------------------------------------------------------
// Browsers
async function launchBrowser() {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: CHROME_FLAGS.filter((f) => f !== "--headless=new"),
  });
  cleanups.push(() => browser.close());
  return browser;
}

// 3. First-load JavaScript: every JS response of a fresh load, gzip computed here (level 9, as
// Next's own build report does), router prefetches refused so links to other pages add nothing.
async function pageWeight(browser, origin, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback(),
  );
  const scripts = [];
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (response.request().resourceType() === "script" || type.includes("javascript")) {
      scripts.push(
        response
          .body()
          .then((body) => ({
            url: response.url(),
            raw: body.length,
            gzip: gzipSync(body, { level: zlibConstants.Z_BEST_COMPRESSION }).length,
          }))
          .catch(() => null),
      );
    }
  });
  const response = await page.goto(origin + path, { waitUntil: "load" });
  await page.waitForLoadState("networkidle").catch(() => {});
  const files = (await Promise.all(scripts)).filter(Boolean);
  await context.close();
  return {
    status: response?.status() ?? 0,
    files: files.length,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

async function benchWeight(browser, origin) {
  const measured = {};
  for (const path of [...PAGES, NOT_FOUND_PAGE]) {
    log(`weight: ${path}`);
    measured[path] = await pageWeight(browser, origin, path);
  }
  // The lightest page of this build: the 404 page, or any of ours that ships less.
  // The 404 page first, so it is the one named on a tie.
  const candidates = Object.entries(measured)
    .filter(([path, m]) => path === NOT_FOUND_PAGE || m.status === 200)
    .sort(([a], [b]) => Number(b === NOT_FOUND_PAGE) - Number(a === NOT_FOUND_PAGE));
  const [lightestPath, lightest] = candidates.reduce((a, b) => (b[1].gzip < a[1].gzip ? b : a));
  const pages = {};
  for (const path of PAGES) {
    const m = measured[path];
    pages[path] =
      m.status === 404
        ? { skipped: `${path} answers 404 (not merged yet)` }
        : { ...m, aboveLightest: m.gzip - lightest.gzip };
  }
  return { lightestPath, lightest, pages, notFound: measured[NOT_FOUND_PAGE] };
}

// ---------------------------------------------------------------------------------------------
// 4. Lighthouse 12 (desktop preset), median of LH_RUNS runs per page and category
async function benchLighthouse(origin, existing) {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    chromeFlags: CHROME_FLAGS,
  });
  cleanups.push(() => chrome.kill());
  const categories = ["performance", "accessibility", "best-practices", "seo"];
  const audit = async (url) => {
    const runs = [];
    let failures = 0;
    while (runs.length < LH_RUNS) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories },
        desktopConfig,
      );
      const lhr = result?.lhr;
      if (lhr && !lhr.runtimeError) {
        runs.push(lhr);
        continue;
      }
      // A busy machine sometimes loses the trace (NO_NAVSTART, ...): retry that run, twice.
      const why = lhr?.runtimeError?.message ?? "no result";
      if (++failures > 2) return { skipped: `Lighthouse could not load ${url}: ${why}` };
      log(`lighthouse: run failed (${why}), retrying`);
    }
    const scores = {};
    for (const c of categories) {
      scores[c] = median(runs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100)));
    }
    // What a reader needs to see why a score is below 100: the failing audits of the last run.
    const last = runs[runs.length - 1];
    const failing = [];
    for (const c of categories) {
      for (const ref of last.categories[c].auditRefs) {
        const a = last.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) {
          failing.push(`${c}: ${a.id} (${a.displayValue ?? Math.round(a.score * 100)})`);
        }
      }
    }
    const metrics = {
      fcp: last.audits["first-contentful-paint"]?.numericValue,
      lcp: last.audits["largest-contentful-paint"]?.numericValue,
      tbt: last.audits["total-blocking-time"]?.numericValue,
      cls: last.audits["cumulative-layout-shift"]?.numericValue,
    };
    return { scores, failing, metrics };
  };
  log(`lighthouse: baseline page (${LH_RUNS} run(s))`);
  const baseline = await audit(`${origin}/api/bench-empty`);
  const pages = {};
  for (const path of PAGES) {
    if (!existing.has(path)) {
      pages[path] = { skipped: `${path} answers 404 (not merged yet)` };
      continue;
    }
    log(`lighthouse: ${path} (${LH_RUNS} run(s))`);
    pages[path] = await audit(origin + path);
  }
  await chrome.kill();
  return { runs: LH_RUNS, preset: "desktop", baseline, pages };
}

// ---------------------------------------------------------------------------------------------
// 5. Interaction on /: change a field, time until the aria-live result text changes
const CHANGES = 50;

// Runs in the page: `count` changes of one control, each timed from just before the change to
// the MutationObserver callback that sees the text of an aria-live region change (the DOM
// commit, before paint). A radio is clicked (the browser then fires input and change, as for a
// user); a text field gets its value through the native setter plus an input event, which is
// what React listens to.
async function timeChanges(control, { kind, values, count }) {
  return control.evaluate(
    async (el, { kind, values, count }) => {
      const regions = [...document.querySelectorAll("[aria-live], [role=status], [role=alert]")];
      if (regions.length === 0) return { error: "no aria-live region on /" };
      const group = kind === "radio" ? el.closest("[role=radiogroup], fieldset") : null;
      const radios = group ? [...group.querySelectorAll("input[type=radio]")] : [];
      // React tracks the value property; the native setter makes the change visible to it.
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
      const change = (i) => {
        if (kind === "radio") {
          radios.find((r) => r.value === values[i % 2]).click();
        } else {
          setValue.call(el, values[i % 2]);
          el.dispatchEvent(new Event("input", { bubbles: true }));
        }
      };
      const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times = [];
      let timeouts = 0;
      for (let i = 0; i < count; i++) {
        const before = regions.map((r) => r.textContent);
        const elapsed = await new Promise((resolve) => {
          let start = 0;
          const observer = new MutationObserver(() => {
            if (regions.some((r, j) => r.textContent !== before[j])) {
              observer.disconnect();
              clearTimeout(timer);
              resolve(performance.now() - start);
            }
          });
          for (const r of regions) {
            observer.observe(r, { subtree: true, childList: true, characterData: true });
          }
          const timer = setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, 2000);
          start = performance.now();
          change(i);
        });
        if (elapsed === null) timeouts++;
        else times.push(elapsed);
        // Let the frame paint and effects run, so each change starts from a settled page.
        await nextFrame();
      }
      return { times, timeouts };
    },
    { kind, values, count },
  );
}

async function benchInteraction(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const response = await page.goto(`${origin}/`, { waitUntil: "load" });
    if (response?.status() !== 200) return { skipped: `/ answers ${response?.status()}` };
    await page.waitForLoadState("networkidle").catch(() => {});

    // One frame of this browser on this machine: the baseline the figure is compared with.
    const frameMs = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const stamps = [];
          const tick = (t) => {
            stamps.push(t);
            if (stamps.length < 61) requestAnimationFrame(tick);
            else {
              const deltas = stamps
                .slice(1)
                .map((s, i) => s - stamps[i])
                .sort((a, b) => a - b);
              resolve(deltas[Math.floor(deltas.length / 2)]);
            }
          };
          requestAnimationFrame(tick);
        }),
    );

    // The quote page's own controls (components/quote/fields/cloud-fields.tsx): the cloud term
    // radios (cloud is the default line) and the list price field.
    const controls = [];
    const term = page.getByRole("radiogroup", { name: "Срок оплаты" });
    if ((await term.count()) === 1 && (await term.isVisible())) {
      const yearly = term.getByRole("radio", { name: "12 месяцев" });
      const monthly = term.getByRole("radio", { name: "1 месяц" });
      const checked = (await yearly.isChecked()) ? "12" : "1";
      controls.push({
        label: "«Срок оплаты»: «12 месяцев» ⇄ «1 месяц»",
        locator: monthly,
        kind: "radio",
        values: checked === "12" ? ["1", "12"] : ["12", "1"],
      });
    }
    const price = page.getByLabel("Цена по прайс-листу, ₸", { exact: true });
    if ((await price.count()) === 1 && (await price.isVisible())) {
      const current = await price.inputValue();
      controls.push({
        label: "«Цена по прайс-листу, ₸» field",
        locator: price,
        kind: "input",
        values: current === "1234567" ? ["2345678", "1234567"] : ["1234567", "2345678"],
      });
    }
    if (controls.length === 0) {
      return { skipped: "no «Срок оплаты» radios or «Цена по прайс-листу, ₸» field on /" };
    }

    const measured = [];
    for (const c of controls) {
      // No warm-up: the first change (cold code paths) counts like any other; see `max`.
      const m = await timeChanges(c.locator, { kind: c.kind, values: c.values, count: CHANGES });
      if (m.error) return { skipped: m.error };
      measured.push({
        control: c.label,
        changes: CHANGES,
        timeouts: m.timeouts,
        p50: percentile(m.times, 50),
        p95: percentile(m.times, 95),
        max: m.times.length ? Math.max(...m.times) : null,
      });
    }
    return { frameMs, controls: measured };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report
function verdict(ok) {
  return ok === null ? "—" : ok ? "met" : "missed";
}

function buildReport(m, results) {
  const rows = []; // [figure, value, baseline, ratio, target, verdict]
  const { rules, api, weight, lighthouse, interaction } = results;
  const skippedRow = (figure, part, target) =>
    rows.push([figure, `skipped: ${part?.skipped ?? "not run"}`, "", "", target, "—"]);

  if (rules && !rules.skipped) {
    rows.push([
      "Rules: parse + quote, 10 000 mixed requests, per CPU second",
      `${fmt(rules.quotesPerSecond)} quotes/s`,
      `parse only: ${fmt(rules.parsePerSecond)} /s`,
      `${(rules.quotesPerSecond / rules.parsePerSecond).toFixed(2)}×`,
      "≥ 100 000 /s",
      verdict(rules.quotesPerSecond >= 100_000),
    ]);
    rows.push([
      "Rules: quote only (pre-parsed)",
      `${fmt(rules.quoteOnlyPerSecond)} quotes/s`,
      `parse only: ${fmt(rules.parsePerSecond)} /s`,
      `${(rules.quoteOnlyPerSecond / rules.parsePerSecond).toFixed(2)}×`,
      "",
      "",
    ]);
  } else skippedRow("Rules", rules, "≥ 100 000 /s");

  if (api && !api.skipped) {
    const ratio = api.quote.rps / api.empty.rps;
    rows.push([
      "API: POST /api/quote throughput, 50 connections",
      `${fmt(api.quote.rps)} req/s`,
      `empty route: ${fmt(api.empty.rps)} req/s`,
      `${(ratio * 100).toFixed(0)}%`,
      "≥ 85%",
      verdict(ratio >= 0.85),
    ]);
    rows.push([
      "API: POST /api/quote latency p50 / p99",
      `${api.quote.p50.toFixed(1)} / ${api.quote.p99} ms`,
      `empty route: ${api.empty.p50.toFixed(1)} / ${api.empty.p99} ms`,
      `${(api.quote.p99 / Math.max(api.empty.p99, 1)).toFixed(2)}× (p99)`,
      "p99 < 50 ms",
      verdict(api.quote.p99 < 50),
    ]);
  } else skippedRow("API", api, "≥ 85%, p99 < 50 ms");

  if (weight && !weight.skipped) {
    for (const path of PAGES) {
      const p = weight.pages[path];
      if (p.skipped) {
        skippedRow(`First-load JS ${path}`, p, "≤ +35 KB");
        continue;
      }
      rows.push([
        `First-load JS (gzip) ${path}`,
        `${kb(p.gzip)} KB (${p.files} files, ${kb(p.raw)} KB raw)`,
        `lightest (${weight.lightestPath === NOT_FOUND_PAGE ? "404 page" : weight.lightestPath}): ${kb(weight.lightest.gzip)} KB`,
        `+${kb(p.aboveLightest)} KB`,
        "≤ +35 KB",
        verdict(p.aboveLightest <= 35 * 1024),
      ]);
    }
  } else skippedRow("First-load JS", weight, "≤ +35 KB");

  if (lighthouse && !lighthouse.skipped) {
    const base = lighthouse.baseline.scores;
    for (const path of PAGES) {
      const p = lighthouse.pages[path];
      if (p.skipped) {
        skippedRow(`Lighthouse ${path}`, p, "perf ≥ 95, a11y 100");
        continue;
      }
      const s = p.scores;
      rows.push([
        `Lighthouse ${path} (perf / a11y / best pr. / SEO)`,
        `${s.performance} / ${s.accessibility} / ${s["best-practices"]} / ${s.seo}`,
        base
          ? `bare HTML: ${base.performance} / ${base.accessibility} / ${base["best-practices"]} / ${base.seo}`
          : "—",
        base ? `${(s.performance / base.performance).toFixed(2)}× (perf)` : "",
        "perf ≥ 95, a11y 100",
        verdict(s.performance >= 95 && s.accessibility === 100),
      ]);
    }
  } else skippedRow("Lighthouse", lighthouse, "perf ≥ 95, a11y 100");

  if (interaction && !interaction.skipped) {
    for (const [n, i] of interaction.controls.entries()) {
      rows.push([
        `Interaction on / (${i.control} → result), p50 / p95 of ${i.changes}`,
        `${i.p50?.toFixed(1) ?? "—"} / ${i.p95?.toFixed(1) ?? "—"} ms (max ${i.max?.toFixed(1) ?? "—"})${i.timeouts ? `, ${i.timeouts} without a change in 2 s` : ""}`,
        `one frame: ${interaction.frameMs.toFixed(1)} ms`,
        i.p95 === null ? "" : `${(i.p95 / interaction.frameMs).toFixed(2)} frame (p95)`,
        n === 0 ? "p95 < 16 ms" : "",
        n === 0 ? verdict(i.p95 !== null && i.timeouts === 0 && i.p95 < 16) : "",
      ]);
    }
  } else skippedRow("Interaction", interaction, "p95 < 16 ms");

  return rows;
}

function printTable(rows) {
  const header = ["figure", "value", "baseline (same run)", "ratio", "target", ""];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const line = (r) =>
    r
      .map((cell, c) => String(cell).padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

function detailLines(results) {
  const { rules, api, weight, lighthouse } = results;
  const details = [];
  if (rules && !rules.skipped) {
    details.push(
      `- Rules set: ${rules.requests} requests (cloud ${rules.mix.cloud}, box ${rules.mix.box}, cms ${rules.mix.cms}; ` +
        `eligible ${rules.mix.eligible}, not eligible ${rules.mix.notEligible}), median of ${rules.rounds} timed rounds after warm-up. ` +
        `Per wall-clock second: parse + quote ${fmt(rules.wall.quotesPerSecond)} /s, quote only ${fmt(rules.wall.quoteOnlyPerSecond)} /s, parse only ${fmt(rules.wall.parsePerSecond)} /s.`,
    );
  }
  if (api && !api.skipped) {
    details.push(
      `- API: ${api.rounds} alternating rounds of ${api.seconds} s per route at ${api.connections} connections after a 3 s warm-up each; ` +
        `throughput and p50 are the mean of the rounds, p99 the worse round. Requests: quote ${api.quote.total} ` +
        `(errors ${api.quote.errors}, timeouts ${api.quote.timeouts}, non-2xx ${api.quote.non2xx}), empty route ${api.empty.total} ` +
        `(errors ${api.empty.errors}, timeouts ${api.empty.timeouts}, non-2xx ${api.empty.non2xx}).`,
    );
  }
  if (api && !api.skipped && api.quote.cpuPerRequestUs !== null) {
    details.push(
      `- API server CPU time per request (user + system of the \`next start\` process over the same rounds; ` +
        `the server's side of the same comparison, without the load generator's share; it varies by ±200 µs between runs): quote ${fmt(api.quote.cpuPerRequestUs)} µs, ` +
        `empty route ${fmt(api.empty.cpuPerRequestUs)} µs: the quote route costs ` +
        `${fmt(api.quote.cpuPerRequestUs - api.empty.cpuPerRequestUs)} µs more, a CPU-bound ceiling of ` +
        `${((api.empty.cpuPerRequestUs / api.quote.cpuPerRequestUs) * 100).toFixed(0)}% of the empty route's throughput.`,
    );
  }
  if (api && !api.skipped) {
    // Little's law for a closed loop: mean latency = connections / throughput.
    const floor = (api.connections / api.empty.rps) * 1000;
    details.push(
      `- With ${api.connections} connections always waiting, mean latency = ${api.connections} / throughput (Little's law): ` +
        `at the empty route's ${Math.round(api.empty.rps)} req/s no handler on this server can average under ${Math.round(floor)} ms; ` +
        `p99 < 50 ms needs well over ${api.connections * 20} req/s from the server process.`,
    );
  }
  if (weight && !weight.skipped && weight.notFound) {
    details.push(
      `- The 404 page ships ${kb(weight.notFound.gzip)} KB gzip of JavaScript in ${weight.notFound.files} files (Next's runtime, React, the router).`,
    );
  }
  if (lighthouse && !lighthouse.skipped) {
    for (const [path, p] of Object.entries(lighthouse.pages)) {
      if (p.skipped) continue;
      const t = p.metrics;
      details.push(
        `- Lighthouse ${path}: FCP ${Math.round(t.fcp)} ms, LCP ${Math.round(t.lcp)} ms, TBT ${Math.round(t.tbt)} ms, CLS ${t.cls?.toFixed(3)}` +
          (p.failing.length
            ? `; audits below 90: ${p.failing.join(", ")}`
            : "; no weighted audit below 90"),
      );
    }
    if (lighthouse.baseline.failing?.length) {
      details.push(
        `- Lighthouse baseline page, audits below 90: ${lighthouse.baseline.failing.join(", ")}`,
      );
    }
  }
  return details;
}

function markdown(m, rows, details) {
  const esc = (s) => String(s).replaceAll("|", "\\|");
  const table = [
    "| figure | value | baseline (same run) | ratio | target | |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");

  return `# Performance

Written by \`npm run bench\` (\`scripts/bench.mjs\`); rerun it to refresh this page. A benchmark, not
a test: it never fails on machine noise. Every figure stands next to a baseline measured in the
same run on the same machine, so the ratio says more than the absolute number. Parts that cannot
run yet (a page or endpoint answering 404) say "skipped".

## Latest figures

- Date: ${m.date}; commit ${m.commit}
- Machine: ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}
- Load average (1, 5, 15 min) at the start: ${m.loadAverage}; at the end: ${m.loadAverageEnd}. Above ${m.cores}, other work shared the cores: absolute figures drop, the ratios much less.${m.pressure ? `\n- CPU pressure during each part (share of its time some runnable task waited for a CPU, Linux PSI; the benchmark's own processes included): ${m.pressure}.` : ""}

${table}

${details.join("\n")}

## How each figure is measured

1. **Rules** (\`scripts/bench-rules.ts\`, run with \`tsx\` in a process of its own): 10 000 valid
   requests generated deterministically (\`scripts/quote-requests.ts\`, fixed seed) over all three
   product lines, operations, tiers, client kinds and cloud histories, eligible and not. Figure:
   \`quote(quoteRequestSchema.parse(body))\` per CPU second of the benchmark process (one JS
   thread; \`process.cpuUsage()\`, so time a shared machine gives to other processes does not
   count; wall-clock rates are listed below the table); baseline: only
   \`quoteRequestSchema.parse(body)\` on the same bodies. Rounds are interleaved.
2. **API**: autocannon (in the benchmark process) at 50 connections against a production server
   (\`next start\`) on a free port, rotating the fixed valid bodies of
   \`scripts/quote-requests.ts\`. Baseline: \`POST /api/bench-empty\` in the same server, a route
   that reads the body and returns a constant; it answers 404 unless the server runs with
   \`BENCH_BASELINE=1\`, which only the benchmark sets. Two rounds per route in alternating
   order after a warm-up. On 2 cores the load generator and the server share the machine; the
   server's CPU time per request (from \`/proc/<pid>/stat\`) is listed too: the
   server's side of the comparison, without the load generator's share.
3. **First-load JavaScript**: each page loaded once in a fresh Chromium context
   (\`/usr/bin/chromium\` through Playwright); the bodies of all JavaScript responses until the
   network is idle are gzipped here with zlib level 9 and summed. Router prefetches of linked
   pages are refused, so only the page's own load counts. Baseline: the lightest page of the same
   build (the 404 page, unless one of ours ships less).
4. **Lighthouse** 12.2.3, desktop preset (\`lighthouse/core/config/desktop-config.js\`, simulated
   throttling), Debian Chromium via chrome-launcher with
   \`${CHROME_FLAGS.join(" ")}\`; median of ${LH_RUNS} run(s) per page and
   category. Baseline: a bare, valid Russian HTML page without JavaScript or CSS served by the same
   server (\`GET /api/bench-empty\` with \`BENCH_BASELINE=1\`): the best this server, browser and
   machine can score. Its SEO score misses the robots.txt audit only because Lighthouse fetches
   robots.txt from inside the page and API responses forbid that (\`connect-src 'none'\`); the
   ratio uses the performance score.
5. **Interaction** on \`/\`: in Chromium, ${CHANGES} changes of each control, alternating two
   values, no warm-up: the «Срок оплаты» radios («12 месяцев» ⇄ «1 месяц», clicked; the
   target's figure) and the «Цена по прайс-листу, ₸» field (value set, \`input\` event). Each
   change is timed in the page with \`performance.now()\` from just before the change to the
   MutationObserver callback that sees the text of an \`aria-live\` region change (the result's
   \`role="status"\` region: the DOM commit, before paint); the next change waits for a frame.
   Baseline: one animation frame of the same page (median \`requestAnimationFrame\` interval).

## HTTP methods

Node's HTTP parser accepts the ${METHODS.length} methods of \`http.METHODS\` (Node
${process.versions.node}); an App Router route handler can export only seven (GET, HEAD, POST,
PUT, PATCH, DELETE, OPTIONS). Next answers the others (PROPFIND, LOCK, QUERY, ...) on an API
route itself, before the handler runs, with a bare \`400\` and no body. \`middleware.ts\`
answers them instead: \`405\` with the contract's error body and the route's \`Allow\`
(\`e2e/security.spec.ts\`).

Its matcher takes API requests only when they carry no \`Content-Type: application/json\`.
Middleware on every API request cost \`POST /api/quote\` about 45% of its throughput (548 → 301
req/s; 4 alternating autocannon rounds of 8 s at 50 connections against two standalone builds of
the same code, with and without API routes in the matcher; Next clones the request body for
middleware and runs it in a sandbox of its own; the Node.js middleware runtime did no better, 257
req/s). With the content-type condition the JSON path showed no measurable cost (server CPU time
per request within the run-to-run noise). An unknown method sent with a JSON content type still
gets Next's bare \`400\`. Requests without a JSON body (\`GET /api/health\`, \`GET /api/openapi.json\`)
do run middleware: about 0.6 ms more server CPU each, which probes and documentation fetches can
afford.

Next buffers the body of every request that reaches middleware (pages included) so that
middleware could read it. \`experimental.middlewareClientMaxBodySize\` caps that at 256 KB in
\`next.config.ts\` (Next's default: 10 MB per request), still far enough above the API's 64 KiB
that an oversized body keeps its 413.

\`TRACE\` (like \`TRACK\` and \`CONNECT\`) is a forbidden method in the Fetch standard. Next
builds a WHATWG \`Request\` for middleware (\`next/dist/server/web/adapter.js\`) and for every
route handler (\`NextRequestAdapter.fromNodeNextRequest\`) before any of our code runs; the
constructor throws \`TypeError: 'TRACE' HTTP method is unsupported.\` and Next renders its 500
page, on every path that reaches middleware or a route handler. No middleware, route or
\`next.config.ts\` setting can see such a request (headers, redirects and matchers cannot select
by method): it is a \`test.fixme\` in \`e2e/security.spec.ts\`. Refuse \`TRACE\` at the load
balancer in front of the instances (nginx, for one, answers it with 405 by itself). Inside the app
only the Node server itself can: an \`instrumentation.ts\` whose \`register()\` wraps
\`http.Server.prototype.emit\` to answer \`TRACE\` with 405 before Next sees the request works
with \`next start\` and the standalone server alike (tried on a scratch build), at the price of
patching Node's server class. \`TRACK\` and unknown tokens never reach Next (Node's parser answers
\`400\` and closes the connection); \`CONNECT\` gets no answer (Node closes the socket).

## Dependency audit

\`npm audit --omit=dev\` cannot run on the machine these figures come from: the network path to
the registry answers the audit endpoint (\`POST /-/npm/v1/security/advisories/bulk\`) with
\`405 Method Not Allowed\`, so no advisory data is available there and the audit is not claimed
as passed. Run it where the public npm registry is reachable (CI with internet access, a
developer machine); the target is no high or critical advisory in the production dependencies
(next, react, react-dom, react-hook-form, @hookform/resolvers, zod, decimal.js).

The page CSP is set in \`middleware.ts\`: keep Next at 15.2.3 or later, which closed the
middleware bypass through the \`x-middleware-subrequest\` header (CVE-2025-29927). The other
security headers come from \`next.config.ts\` and do not depend on middleware.
`;
}

// ---------------------------------------------------------------------------------------------
// CPU pressure (Linux PSI, /proc/pressure/cpu "some"): the share of a part's wall time in which
// at least one runnable task waited for a CPU. Unlike the load average it covers exactly the
// span measured; it counts the benchmark's own processes too (the API part runs the load
// generator and the server on the same cores), so compare it between runs, part by part.
function cpuPressureUs() {
  try {
    const match = /^some .*total=(\d+)/m.exec(readFileSync("/proc/pressure/cpu", "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
const pressure = {};
async function timed(part, fn) {
  const before = cpuPressureUs();
  const start = performance.now();
  const result = await fn();
  const after = cpuPressureUs();
  if (before !== null && after !== null) {
    pressure[part] = (after - before) / ((performance.now() - start) * 1000);
  }
  return result;
}

async function main() {
  const m = machine();
  log(`machine: ${m.cores} cores, ${m.cpu}, Node ${m.node}, load ${m.loadAverage}`);
  const results = {};
  if (parts.has("rules")) results.rules = await timed("rules", benchRules);

  const needServer = ["api", "weight", "lighthouse", "interaction"].some((p) => parts.has(p));
  if (needServer) {
    ensureBuild();
    const { origin, pid } = await startServer();
    const { tsImport } = await import("tsx/esm/api");
    const { SAMPLE_QUOTE_BODIES } = await tsImport("./quote-requests.ts", import.meta.url);
    if (parts.has("api")) {
      results.api = await timed("api", () => benchApi(origin, SAMPLE_QUOTE_BODIES, pid));
    }

    const existing = new Set();
    for (const path of PAGES) if ((await status(origin, path)) === 200) existing.add(path);
    if (parts.has("weight") || parts.has("interaction")) {
      const browser = await launchBrowser();
      if (parts.has("weight")) {
        results.weight = await timed("weight", () => benchWeight(browser, origin));
      }
      if (parts.has("interaction")) {
        log(`interaction: ${CHANGES} changes per control on /`);
        results.interaction = await timed("interaction", () => benchInteraction(browser, origin));
      }
      await browser.close();
    }
    if (parts.has("lighthouse")) {
      results.lighthouse = await timed("lighthouse", () => benchLighthouse(origin, existing));
    }
  }

  m.pressure = Object.keys(pressure).length
    ? Object.entries(pressure)
        .map(([part, share]) => `${part} ${(share * 100).toFixed(0)}%`)
        .join(", ")
    : null;
  m.loadAverageEnd = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
  const rows = buildReport(m, results);
  console.log("");
  console.log(
    `Machine: ${m.cores} cores, ${m.cpu}, Node ${m.node}, ${m.date}; load ${m.loadAverage} → ${m.loadAverageEnd}`,
  );
  if (m.pressure) console.log(`CPU pressure (PSI some) per part: ${m.pressure}`);
  printTable(rows);
  const details = detailLines(results);
  console.log("");
  console.log(details.join("\n"));
  if (WRITE) {
    const file = join(ROOT, "docs/performance.md");
    mkdirSync(dirname(file), { recursive: true });
    // Through Prettier, so the written file passes `prettier --check` like the rest of the repo.
    const prettier = await import("prettier");
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(
      file,
      await prettier.format(markdown(m, rows, details), { ...options, filepath: file }),
    );
    log(`wrote ${relative(process.cwd(), file) || file}`);
  }
}

try {
  await main();
} catch (error) {
  console.error("[bench] cannot measure:", error?.stack ?? error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
