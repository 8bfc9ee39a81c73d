#!/usr/bin/env node
// `npm run bench`: the product's performance as figures, each next to a baseline measured in
// the same run (so a slower or busier machine moves both), and written to docs/performance.md.
// A benchmark, not a test: it prints and records figures, and exits 0 whatever they are
// (it exits non-zero only when it cannot measure at all, e.g. the build fails).
//
//   npm run bench                       every part (builds first when .next is missing or stale)
//   npm run bench -- --only=rules,api   a subset, by the names in PARTS below
//   npm run bench -- --no-write         print only, leave docs/performance.md alone
//                                       (--only runs print only, unless --write is given)
//   --lighthouse-runs=N (default 3), --api-seconds=N (default 10), --skip-build
//   (every option also takes its value after a space: --only rules,weight)
//
// It starts its own production server (`next start`, BENCH_BASELINE=1 for the baseline route,
// on a free port) and its own browsers, and stops them all on exit or Ctrl-C.
//
// A part is a module `scripts/bench/<name>.mjs`; adding one is one line in PARTS. It exports:
//   name             its name for --only (the file name)
//   needs            what it needs started: [] | ["server"] | ["server", "browser"]
//   async run(ctx)   measures; returns its figures (plain data), or { skipped: "why" } when it
//                    cannot measure (e.g. its route answers 404; a throw becomes
//                    { skipped: "failed: …" } and the other parts go on). ctx:
//                      origin      "http://127.0.0.1:<port>" of the server (with "server")
//                      serverPid   its process id (shared.processCpuMs(pid) gives its CPU time)
//                      browser()   the shared Playwright Chromium (with "browser"); never close it
//                      status(path, init)  the HTTP status the server answers (0: unreachable)
//                      options     { lighthouseRuns, apiSeconds }; option(name, fallback) for
//                                  options of its own (--name=value)
//                      log(...)    progress on stderr
//   report(figures, ctx)  figures is undefined when the part did not run (not in --only);
//                    returns { rows, details, targets }:
//                      rows     table rows [figure, value, baseline, ratio, target, met/missed]
//                      details  markdown bullet lines printed below the table
//                      targets  [shared.target(aim, figures, figure, ok)]: every target the part
//                               has, met or missed, listed even when it did not run
//   method(ctx)      markdown: how its figures are measured (a numbered item of the page)
// Helpers (statistics, formatting, target(), the build, the server, the browser) are in
// shared.mjs. A page every page-level part measures (first-load JS, Lighthouse) goes in its
// PAGES; weight.mjs exports pageWeight(browser, origin, path) for a part of its own.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { markdown, printTable, targetLines } from "./bench/report.mjs";
import {
  ROOT,
  args,
  cleanup,
  cpuPressureUs,
  ensureBuild,
  flag,
  launchBrowser,
  loadAverage,
  log,
  machine,
  option,
  startServer,
  status,
} from "./bench/shared.mjs";

// Run order and the order of the report.
const PARTS = [
  "rules",
  "api",
  "batch-api",
  "weight",
  "lighthouse",
  "interaction",
  "check-page",
  "resilience",
];

const parts = await Promise.all(PARTS.map((file) => import(`./bench/${file}.mjs`)));
const only = option("only", undefined);
const selected = new Set((only ?? PARTS.join(",")).split(","));
for (const name of selected) {
  if (!PARTS.includes(name)) {
    console.error(`[bench] --only: no part "${name}"; the parts: ${PARTS.join(", ")}`);
    process.exit(2);
  }
}
const options = {
  lighthouseRuns: Math.max(1, Number(option("lighthouse-runs", "3"))),
  apiSeconds: Math.max(2, Number(option("api-seconds", "10"))),
};
// A partial run (--only) would overwrite the full figures with "not run": it writes on request.
const WRITE = flag("write") || (!flag("no-write") && only === undefined);

async function main() {
  const m = machine();
  log(`machine: ${m.cores} cores, ${m.cpu}, Node ${m.node}, load ${m.loadAverage}`);
  const ctx = { options, option, log, args };
  const toRun = parts.filter((p) => selected.has(p.name));
  if (toRun.some((p) => p.needs.includes("server"))) {
    ensureBuild({ skipBuild: flag("skip-build") });
    const { origin, pid } = await startServer();
    Object.assign(ctx, {
      origin,
      serverPid: pid,
      status: (path, init) => status(origin, path, init),
    });
  }
  // One Playwright Chromium, launched for the first part that needs it and closed when the next
  // part does not (so it does not idle beside Lighthouse's own Chrome).
  let browser = null;
  ctx.browser = async () => (browser ??= launchBrowser());
  const closeBrowser = async () => {
    if (browser) await (await browser).close();
    browser = null;
  };

  const results = {};
  const pressure = [];
  for (const part of toRun) {
    if (!part.needs.includes("browser")) await closeBrowser();
    const before = cpuPressureUs();
    const start = performance.now();
    try {
      results[part.name] = await part.run(ctx);
    } catch (error) {
      // One part that breaks must not cost the figures of the others.
      log(`${part.name} failed:`, error?.stack ?? error);
      results[part.name] = { skipped: `failed: ${String(error?.message ?? error).split("\n")[0]}` };
    }
    const after = cpuPressureUs();
    if (before !== null && after !== null) {
      const share = (after - before) / ((performance.now() - start) * 1000);
      pressure.push(`${part.name} ${(share * 100).toFixed(0)}%`);
    }
  }
  await closeBrowser();

  m.pressure = pressure.length ? pressure.join(", ") : null;
  m.loadAverageEnd = loadAverage();
  const sections = parts.map((part) => ({
    ...part.report(results[part.name], ctx),
    method: part.method(ctx),
  }));
  console.log("");
  console.log(
    `Machine: ${m.cores} cores, ${m.cpu}, Node ${m.node}, ${m.date}; load ${m.loadAverage} → ${m.loadAverageEnd}`,
  );
  if (m.pressure) console.log(`CPU pressure (PSI some) per part: ${m.pressure}`);
  printTable(sections.flatMap((s) => s.rows));
  console.log("");
  console.log(sections.flatMap((s) => s.details).join("\n"));
  console.log("");
  console.log(targetLines(sections.flatMap((s) => s.targets)).join("\n"));
  if (WRITE) {
    const file = join(ROOT, "docs/performance.md");
    mkdirSync(dirname(file), { recursive: true });
    // Through Prettier, so the written file passes `prettier --check` like the rest of the repo.
    const prettier = await import("prettier");
    const prettierOptions = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(
      file,
      await prettier.format(markdown(m, sections), { ...prettierOptions, filepath: file }),
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
