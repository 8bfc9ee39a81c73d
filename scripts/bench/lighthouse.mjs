// Lighthouse 12 on each page, two presets: mobile (Lighthouse's default: phone form factor,
// simulated throttling of a slow 4G link and a 4× slower CPU) and desktop; median of
// `--lighthouse-runs` runs per page, preset and category.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CHROME_FLAGS,
  CHROMIUM,
  PAGES,
  ROOT,
  median,
  onCleanup,
  skippedRow,
  target,
  verdict,
} from "./shared.mjs";

export const name = "lighthouse";
export const needs = ["server"];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// What each preset's figure must reach (issue 8 for mobile; the desktop target predates it).
const PRESETS = {
  mobile: { config: undefined, perf: 97, tbtMs: 150 },
  desktop: { config: "lighthouse/core/config/desktop-config.js", perf: 95, tbtMs: null },
};
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

async function audit(lighthouse, port, config, url, runs, log) {
  const done = [];
  let failures = 0;
  while (done.length < runs) {
    const result = await lighthouse(
      url,
      { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
      config,
    );
    const lhr = result?.lhr;
    if (lhr && !lhr.runtimeError) {
      done.push(lhr);
      continue;
    }
    // A busy machine sometimes loses the trace (NO_NAVSTART, ...): retry that run, twice.
    const why = lhr?.runtimeError?.message ?? "no result";
    if (++failures > 2) return { skipped: `Lighthouse could not load ${url}: ${why}` };
    log(`lighthouse: run failed (${why}), retrying`);
  }
  const scores = {};
  for (const c of CATEGORIES) {
    scores[c] = median(done.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100)));
  }
  const metric = (id) =>
    median(done.map((lhr) => lhr.audits[id]?.numericValue).filter((v) => typeof v === "number"));
  const metrics = {
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
  };
  // What a reader needs to see why a score is below 100: the failing audits of the last run.
  const last = done[done.length - 1];
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of last.categories[c].auditRefs) {
      const a = last.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) {
        failing.push(`${c}: ${a.id} (${a.displayValue ?? Math.round(a.score * 100)}${example(a)})`);
      }
    }
  }
  return { scores, failing, metrics };
}

export async function run({ origin, status, log, options }) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const runs = options.lighthouseRuns;
  const existing = new Set();
  for (const path of PAGES) if ((await status(path)) === 200) existing.add(path);
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    chromeFlags: CHROME_FLAGS,
  });
  onCleanup(() => chrome.kill());
  const presets = {};
  for (const [preset, { config }] of Object.entries(PRESETS)) {
    const lhConfig = config ? (await import(config)).default : undefined;
    const measure = (url) => audit(lighthouse, chrome.port, lhConfig, url, runs, log);
    log(`lighthouse ${preset}: baseline page (${runs} run(s))`);
    const baseline = await measure(`${origin}/api/bench-empty`);
    const pages = {};
    for (const path of PAGES) {
      if (!existing.has(path)) {
        pages[path] = { skipped: `${path} answers 404 (not merged yet)` };
        continue;
      }
      log(`lighthouse ${preset}: ${path} (${runs} run(s))`);
      pages[path] = await measure(origin + path);
    }
    presets[preset] = { baseline, pages };
  }
  await chrome.kill();
  return { version: VERSION, runs, presets };
}

const ms = (n) => (n === null || n === undefined ? "—" : `${Math.round(n)} ms`);

// The targets of one preset on one page: [aim, figure, met] for each.
function pageTargets(preset, path, t, p) {
  const list = [
    [`perf ≥ ${t.perf}`, p?.scores?.performance, p?.scores?.performance >= t.perf],
    ["accessibility 100", p?.scores?.accessibility, p?.scores?.accessibility === 100],
  ];
  if (t.tbtMs !== null) {
    list.push([`TBT ≤ ${t.tbtMs} ms`, ms(p?.metrics?.tbt), p?.metrics?.tbt <= t.tbtMs]);
  }
  return list.map(([aim, figure, ok]) => ({
    aim: `Lighthouse ${preset} ${path}: ${aim}`,
    figure,
    ok,
  }));
}

export function report(lighthouse) {
  const rows = [];
  const details = [];
  const targets = [];
  const targetOf = ({ perf, tbtMs }) =>
    `perf ≥ ${perf}, a11y 100${tbtMs === null ? "" : `, TBT ≤ ${tbtMs} ms`}`;
  for (const [preset, t] of Object.entries(PRESETS)) {
    const measured = lighthouse && !lighthouse.skipped ? lighthouse.presets[preset] : null;
    for (const path of PAGES) {
      const figures = measured ? measured.pages[path] : lighthouse;
      for (const { aim, figure, ok } of pageTargets(preset, path, t, figures)) {
        targets.push(target(aim, figures, String(figure), ok));
      }
    }
    if (!measured) {
      rows.push(skippedRow(`Lighthouse ${preset}`, lighthouse, targetOf(t)));
      continue;
    }
    const base = measured.baseline.skipped ? null : measured.baseline;
    for (const path of PAGES) {
      const p = measured.pages[path];
      const figure = `Lighthouse ${preset} ${path} (perf / a11y / best pr. / SEO; TBT; LCP)`;
      if (p.skipped) {
        rows.push(skippedRow(figure, p, targetOf(t)));
        continue;
      }
      const s = p.scores;
      const missed = pageTargets(preset, path, t, p)
        .filter((x) => !x.ok)
        .map((x) => x.aim.split(": ")[1].split(" ")[0]);
      rows.push([
        figure,
        `${s.performance} / ${s.accessibility} / ${s["best-practices"]} / ${s.seo}; ${ms(p.metrics.tbt)}; ${ms(p.metrics.lcp)}`,
        base
          ? `bare HTML: ${base.scores.performance} / ${base.scores.accessibility} / ${base.scores["best-practices"]} / ${base.scores.seo}; ${ms(base.metrics.tbt)}; ${ms(base.metrics.lcp)}`
          : "—",
        base ? `${(s.performance / base.scores.performance).toFixed(2)}× (perf)` : "",
        targetOf(t),
        missed.length ? `${verdict(false)} (${missed.join(", ")})` : verdict(true),
      ]);
      const m = p.metrics;
      details.push(
        `- Lighthouse ${preset} ${path}: FCP ${ms(m.fcp)}, LCP ${ms(m.lcp)}, TBT ${ms(m.tbt)}, CLS ${m.cls?.toFixed(3)}` +
          (p.failing.length
            ? `; audits below 90: ${p.failing.join(", ")}`
            : "; no weighted audit below 90"),
      );
    }
    if (base?.failing.length) {
      details.push(
        `- Lighthouse ${preset} baseline page, audits below 90: ${base.failing.join(", ")}`,
      );
    }
  }
  return { rows, details, targets };
}

export const method = ({
  options,
}) => `**Lighthouse** ${VERSION}, two presets: mobile (Lighthouse's default
config: phone screen, simulated throttling of a slow 4G link and a 4× slower CPU; issue 8's
targets) and desktop (\`lighthouse/core/config/desktop-config.js\`, simulated throttling). Debian
Chromium via chrome-launcher with \`${CHROME_FLAGS.join(" ")}\`; median of
${options.lighthouseRuns} run(s) per page, preset and category (the metrics too). Baseline: a
bare, valid Russian HTML page without JavaScript or CSS served by the same server
(\`GET /api/bench-empty\` with \`BENCH_BASELINE=1\`), under the same preset: the best this
server, browser and machine can score. Its SEO score misses the robots.txt audit only because
Lighthouse fetches robots.txt from inside the page and API responses forbid that
(\`connect-src 'none'\`); the ratio uses the performance score.`;
