// The rows and details of the Lighthouse part (lighthouse.mjs measures; this lays the figures out).
import { PAGES, fmt, median, skippedRow, verdict } from "./shared.mjs";

const scoreText = (s) =>
  `${s.performance} / ${s.accessibility} / ${s["best-practices"]} / ${s.seo}`;

function loadText(loads) {
  if (loads.length === 0) return "—";
  const min = Math.min(...loads);
  const max = Math.max(...loads);
  return `${min.toFixed(2)}–${max.toFixed(2)} (median ${median(loads).toFixed(2)})`;
}

/**
 * @param lighthouse the part's figures (undefined when not run)
 * @param helpers the part's PRESETS and FLOOR, pageTargets (the targets of a page), ms and times
 *   (formatting)
 */
export function lighthouseRows(lighthouse, { PRESETS, FLOOR, pageTargets, ms, times }) {
  const rows = [];
  const details = [];
  const targetOf = ({ perf, tbtMs }) =>
    `perf ≥ ${perf}, a11y 100${tbtMs === null ? "" : `, TBT ≤ ${tbtMs} ms`}`;
  for (const [preset, t] of Object.entries(PRESETS)) {
    const measured = lighthouse && !lighthouse.skipped ? lighthouse.presets[preset] : null;
    if (!measured) {
      const why = lighthouse?.skipped
        ? lighthouse
        : { skipped: lighthouse ? "preset not run (--lighthouse-presets)" : "not run" };
      rows.push(skippedRow(`Lighthouse ${preset}`, why, targetOf(t)));
      continue;
    }
    const base = measured.baseline.skipped ? null : measured.baseline;
    const floor = measured.pages[FLOOR]?.skipped ? null : measured.pages[FLOOR];
    const loads = [];
    for (const path of PAGES) {
      const p = measured.pages[path];
      const figure = `Lighthouse ${preset} ${path} (perf / a11y / best pr. / SEO; TBT; LCP)`;
      if (p.skipped) {
        rows.push(skippedRow(figure, p, targetOf(t)));
        continue;
      }
      loads.push(...p.loads);
      const m = p.metrics;
      const missed = pageTargets(preset, path, t, p)
        .filter((x) => x.row === "scores" && !x.ok)
        .map((x) => x.short);
      rows.push([
        figure,
        `${scoreText(p.scores)}; ${ms(m.tbt)}; ${ms(m.lcp)}`,
        base
          ? `bare HTML: ${scoreText(base.scores)}; ${ms(base.metrics.tbt)}; ${ms(base.metrics.lcp)}`
          : "—",
        base ? `${(p.scores.performance / base.scores.performance).toFixed(2)}× (perf)` : "",
        targetOf(t),
        missed.length ? `${verdict(false)} (${missed.join(", ")})` : verdict(true),
      ]);
      if (path !== FLOOR && floor) {
        const ratioTarget = t.tbtRatio ? `TBT ≤ ${t.tbtRatio}× ${FLOOR}'s` : "";
        rows.push([
          `Lighthouse ${preset} ${path} against ${FLOOR} (TBT; script; DOM elements)`,
          `${ms(m.tbt)}; ${ms(m.scriptMs)}; ${fmt(m.domSize)}`,
          `${FLOOR}: ${ms(floor.metrics.tbt)}; ${ms(floor.metrics.scriptMs)}; ${fmt(floor.metrics.domSize)}`,
          `${times(p.toFloor.tbt)} (TBT), ${times(p.toFloor.scriptMs)} (script)`,
          ratioTarget,
          t.tbtRatio ? verdict(p.toFloor.tbt !== null && p.toFloor.tbt <= t.tbtRatio) : "",
        ]);
      }
      details.push(
        `- Lighthouse ${preset} ${path}: FCP ${ms(m.fcp)}, LCP ${ms(m.lcp)}, TBT ${ms(m.tbt)} (runs: ${p.tbtRuns.map(ms).join(", ")}), CLS ${m.cls?.toFixed(3)}; main thread ${ms(m.mainThreadMs)}, of it script ${ms(m.scriptMs)}, style and layout ${ms(m.styleLayoutMs)}; DOM ${fmt(m.domSize)} elements` +
          (p.failing.length
            ? `; audits below 90: ${p.failing.join(", ")}`
            : "; no weighted audit below 90"),
      );
    }
    if (base) loads.push(...base.loads);
    details.push(
      `- Lighthouse ${preset}: ${measured.rounds} alternating round(s); load average (1 min) before each run ${loadText(loads)}`,
    );
    if (base?.failing.length) {
      details.push(
        `- Lighthouse ${preset} baseline page, audits below 90: ${base.failing.join(", ")}`,
      );
    }
  }
  return { rows, details };
}
