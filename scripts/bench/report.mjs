// The report: the console table and docs/performance.md, from what each part's `report` returns.
import { intro, notes } from "./prose.mjs";

const HEADER = ["figure", "value", "baseline (same run)", "ratio", "target", ""];

export function printTable(rows) {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const line = (r) =>
    r
      .map((cell, c) => String(cell).padEnd(widths[c]))
      .join("  ")
      .trimEnd();
  console.log(line(HEADER));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

const mdTable = (header, rows) => {
  const esc = (s) => String(s).replaceAll("|", "\\|");
  return [
    `| ${header.map(esc).join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
};

const status = (ok) => (ok === null || ok === undefined ? "—" : ok ? "met" : "missed");

/** Every target the parts name, one a line: the target, its figure, met or missed. */
export function targetLines(targets) {
  return targets.map((t) => `${t.target}: ${t.figure}: ${status(t.ok)}`);
}

/**
 * @param m the machine (shared.mjs `machine()`, plus loadAverageEnd and pressure)
 * @param sections one per part run, in table order: { rows, details, targets, method }
 */
export function markdown(m, sections) {
  const rows = sections.flatMap((s) => s.rows);
  const details = sections.flatMap((s) => s.details);
  const targets = sections.flatMap((s) => s.targets ?? []);
  const methods = sections
    .filter((s) => s.method)
    .map((s, i) => `${i + 1}. ${s.method.replaceAll("\n", "\n   ")}`);
  return `${intro}

## Latest figures

- Date: ${m.date}; commit ${m.commit}
- Machine: ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}
- Load average (1, 5, 15 min) at the start: ${m.loadAverage}; at the end: ${m.loadAverageEnd}. Above ${m.cores}, other work shared the cores: absolute figures drop, the ratios much less.${m.pressure ? `\n- CPU pressure during each part (share of its time some runnable task waited for a CPU, Linux PSI; the benchmark's own processes included): ${m.pressure}.` : ""}

${mdTable(HEADER, rows)}

${details.join("\n")}

## Targets

Each target, the figure of this run, met or missed.

${mdTable(
  ["target", "figure", ""],
  targets.map((t) => [t.target, t.figure, status(t.ok)]),
)}

## How each figure is measured

${methods.join("\n")}

${notes()}`;
}
