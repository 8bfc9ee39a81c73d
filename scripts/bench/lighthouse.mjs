// Lighthouse 12 on each page, two presets: mobile (Lighthouse's default: phone form factor,
// simulated throttling of a slow 4G link and a 4× slower CPU) and desktop. The pages run in
// alternating rounds with /promo, a server-rendered page at Next's own floor: the ratio of a
// page's blocking and script time to /promo's in the same round holds on a busy machine, where
// the absolute figures swing with whatever else runs.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { CHROME_FLAGS, CHROMIUM, PAGES, ROOT, median, onCleanup, target } from "./shared.mjs";
import { lighthouseRows } from "./lighthouse-report.mjs";

export const name = "lighthouse";
export const needs = ["server"];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
/** The page every other page is compared with, run in the same round. */
export const FLOOR = "/promo";
/** The bare HTML page of the same server: the best this server, browser and machine can score. */
const BARE = "/api/bench-empty";
// What each preset's figures must reach: perf and TBT from issue 8 (absolute, they swing with
// the machine), TBT against /promo's from issue 22 (mobile; desktop TBT is mostly 0 ms).
export const PRESETS = {
  mobile: { config: undefined, perf: 97, tbtMs: 150, tbtRatio: 1.3 },
  desktop: { config: "lighthouse/core/config/desktop-config.js", perf: 95, tbtMs: null },
};
/** The pages held to the TBT ratio target (the floor is 1× by definition). */
export const RATIO_PAGES = PAGES.filter((p) => p !== FLOOR);
const VERSION = JSON.parse(
  readFileSync(join(ROOT, "node_modules/lighthouse/package.json"), "utf8"),
).version;

// The first item an audit lists (a console message, an element, a URL), shortened: enough to
// tell a one-off (a chunk that timed out on a busy machine) from a fault of the page.
function example(a) {
  const item = a.details?.items?.[0];
  const text = item?.description ?? item?.node?.snippet ?? item?.url ?? item?.source?.url;
  if (typeof text !== "string" || !text) return "";
  const oneLine = text.replace(/\s+/g, " ").trim();
  return `: \`${(oneLine.length > 100 ? `${oneLine.slice(0, 99)}…` : oneLine).replaceAll("`", "'")}\``;
}

/** Main-thread time by Lighthouse's task group (ms, already scaled by the simulated CPU slowdown). */
function breakdown(lhr) {
  const groups = {};
  for (const item of lhr.audits["mainthread-work-breakdown"]?.details?.items ?? []) {
    groups[item.group] = (groups[item.group] ?? 0) + item.duration;
  }
  return groups;
}

/** The figures of one Lighthouse run that the report uses. */
export function runFigures(lhr, load) {
  const numeric = (id) => {
    const v = lhr.audits[id]?.numericValue;
    return typeof v === "number" ? v : null;
  };
  const groups = breakdown(lhr);
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c].auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) {
        failing.push(`${c}: ${a.id} (${a.displayValue ?? Math.round(a.score * 100)}${example(a)})`);
      }
    }
  }
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ),
    fcp: numeric("first-contentful-paint"),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    // Script evaluation plus parse and compile: the main thread's time in JavaScript.
    scriptMs: (groups.scriptEvaluation ?? 0) + (groups.scriptParseCompile ?? 0),
    styleLayoutMs: groups.styleLayout ?? 0,
    mainThreadMs: numeric("mainthread-work-breakdown"),
    domSize: numeric("dom-size"),
    load,
    failing,
  };
}

async function once(lighthouse, port, config, url, log) {
  for (let attempt = 0; ; attempt++) {
    const load = os.loadavg()[0];
    const result = await lighthouse(
      url,
      { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
      config,
    );
    const lhr = result?.lhr;
    if (lhr && !lhr.runtimeError) return runFigures(lhr, load);
    // A busy machine sometimes loses the trace (NO_NAVSTART, ...): retry that run, twice.
    const why = lhr?.runtimeError?.message ?? "no result";
    if (attempt >= 2) return { skipped: `Lighthouse could not load ${url}: ${why}` };
    log(`lighthouse: run failed (${why}), retrying`);
  }
}

/** The order of round `r`: the pages rotated, so no page always runs first or right after another. */
export function roundOrder(paths, r) {
  const shift = r % paths.length;
  return [...paths.slice(shift), ...paths.slice(0, shift)];
}

/** a / b, with 0 / 0 as 1 (both at the floor) and x / 0 as no ratio. */
export function ratio(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return null;
  if (b === 0) return a === 0 ? 1 : null;
  return a / b;
}

/**
 * The medians of a page's runs, and its ratios to the floor: each round's page figure over the
 * floor's figure of the same round, then the median of those ratios.
 */
export function summarize(rounds, path) {
  const runs = rounds.map((r) => r[path]).filter((f) => f && !f.skipped);
  if (runs.length === 0) {
    return { skipped: rounds.find((r) => r[path]?.skipped)?.[path].skipped ?? "no run" };
  }
  const med = (pick) => median(runs.map(pick).filter((v) => typeof v === "number"));
  const ratios = (key) =>
    median(
      rounds
        .filter((r) => r[path] && !r[path].skipped && r[FLOOR] && !r[FLOOR].skipped)
        .map((r) => ratio(r[path][key], r[FLOOR][key]))
        .filter((v) => v !== null),
    );
  return {
    runs: runs.length,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med((f) => f.scores[c])])),
    metrics: {
      fcp: med((f) => f.fcp),
      lcp: med((f) => f.lcp),
      tbt: med((f) => f.tbt),
      cls: med((f) => f.cls),
      scriptMs: med((f) => f.scriptMs),
      styleLayoutMs: med((f) => f.styleLayoutMs),
      mainThreadMs: med((f) => f.mainThreadMs),
      domSize: med((f) => f.domSize),
    },
    toFloor: { tbt: ratios("tbt"), scriptMs: ratios("scriptMs") },
    tbtRuns: runs.map((f) => f.tbt),
    loads: runs.map((f) => f.load),
    failing: runs[runs.length - 1].failing,
  };
}

export async function run({ origin, status, log, options, option }) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const runs = options.lighthouseRuns;
  const wanted = option("lighthouse-presets", Object.keys(PRESETS).join(",")).split(",");
  const existing = [];
  const missing = {};
  for (const path of PAGES) {
    if ((await status(path)) === 200) existing.push(path);
    else missing[path] = { skipped: `${path} answers 404 (not merged yet)` };
  }
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    chromeFlags: CHROME_FLAGS,
  });
  onCleanup(() => chrome.kill());
  const presets = {};
  for (const [preset, { config }] of Object.entries(PRESETS)) {
    if (!wanted.includes(preset)) continue;
    const lhConfig = config ? (await import(config)).default : undefined;
    const rounds = [];
    for (let r = 0; r < runs; r++) {
      const round = {};
      for (const path of [BARE, ...roundOrder(existing, r)]) {
        log(`lighthouse ${preset}: round ${r + 1} of ${runs}, ${path}`);
        round[path] = await once(lighthouse, chrome.port, lhConfig, origin + path, log);
      }
      rounds.push(round);
    }
    const pages = { ...missing };
    for (const path of existing) pages[path] = summarize(rounds, path);
    presets[preset] = { baseline: summarize(rounds, BARE), pages, rounds: rounds.length };
  }
  await chrome.kill();
  return { version: VERSION, runs, presets };
}

const ms = (n) => (n === null || n === undefined ? "—" : `${Math.round(n)} ms`);
const times = (n) => (n === null || n === undefined ? "—" : `${n.toFixed(2)}×`);

// The targets of one preset on one page: { aim, short, figure, ok, row } for each; `row` says
// which report row shows it ("scores" or "floor").
function pageTargets(preset, path, t, p) {
  const list = [
    [
      "scores",
      "perf",
      `perf ≥ ${t.perf}`,
      p?.scores?.performance,
      p?.scores?.performance >= t.perf,
    ],
    [
      "scores",
      "a11y",
      "accessibility 100",
      p?.scores?.accessibility,
      p?.scores?.accessibility === 100,
    ],
  ];
  if (t.tbtMs !== null) {
    list.push([
      "scores",
      "TBT",
      `TBT ≤ ${t.tbtMs} ms`,
      ms(p?.metrics?.tbt),
      p?.metrics?.tbt <= t.tbtMs,
    ]);
  }
  if (t.tbtRatio && RATIO_PAGES.includes(path)) {
    const r = p?.toFloor?.tbt;
    list.push([
      "floor",
      "TBT ratio",
      `TBT ≤ ${t.tbtRatio}× ${FLOOR}'s (median of alternating rounds)`,
      times(r),
      r !== null && r !== undefined && r <= t.tbtRatio,
    ]);
  }
  return list.map(([row, short, aim, figure, ok]) => ({
    row,
    short,
    aim: `Lighthouse ${preset} ${path}: ${aim}`,
    figure,
    ok,
  }));
}

export function report(lighthouse) {
  const targets = [];
  for (const [preset, t] of Object.entries(PRESETS)) {
    const ran = lighthouse && !lighthouse.skipped;
    const measured = ran ? lighthouse.presets[preset] : null;
    for (const path of PAGES) {
      const figures = measured
        ? measured.pages[path]
        : ran
          ? { skipped: `preset not run (--lighthouse-presets)` }
          : lighthouse;
      for (const { aim, figure, ok } of pageTargets(preset, path, t, figures)) {
        targets.push(target(aim, figures, String(figure), ok));
      }
    }
  }
  const { rows, details } = lighthouseRows(lighthouse, { PRESETS, FLOOR, pageTargets, ms, times });
  return { rows, details, targets };
}

export const method = ({
  options,
}) => `**Lighthouse** ${VERSION}, two presets: mobile (Lighthouse's default
config: phone screen, simulated throttling of a slow 4G link and a 4× slower CPU; issue 8's
targets) and desktop (\`lighthouse/core/config/desktop-config.js\`, simulated throttling). Debian
Chromium via chrome-launcher with \`${CHROME_FLAGS.join(" ")}\`. ${options.lighthouseRuns}
round(s) per preset; each round runs the bare page, then ${PAGES.map((p) => `\`${p}\``).join(", ")}
in an order rotated from round to round, so the pages alternate with \`${FLOOR}\`. Scores and
metrics are the medians of the rounds. \`${FLOOR}\` is the floor: a server-rendered page with
Next's runtime and nearly no script of its own. Each page's TBT and main-thread script time
(Lighthouse's \`mainthread-work-breakdown\`: script evaluation plus parse and compile, scaled by
the simulated CPU slowdown) are divided by \`${FLOOR}\`'s of the same round, and the median of those
ratios is reported: on a busy machine the absolute figures swing from run to run, the ratio much
less. The DOM size is Lighthouse's \`dom-size\` (elements in the body). The load average (1 min)
is read before each run. A second baseline: a bare, valid Russian HTML page without JavaScript or
CSS served by the same server (\`GET ${BARE}\` with \`BENCH_BASELINE=1\`), under the same preset:
the best this server, browser and machine can score. Its SEO score misses the robots.txt audit
only because Lighthouse fetches robots.txt from inside the page and API responses forbid that
(\`connect-src 'none'\`); the perf ratio uses the performance score. \`--lighthouse-presets=mobile\`
runs one preset.`;
