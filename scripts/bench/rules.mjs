// Rules: parse + quote per CPU second against parse only, in a child process of its own (a clean
// heap, and nothing else on its thread): scripts/bench-rules.ts through tsx.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, fmt, skippedRow, target, verdict } from "./shared.mjs";

export const name = "rules";
export const needs = [];

export async function run({ log }) {
  log("rules: 10 000 mixed requests, parse-only baseline vs parse + quote");
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "scripts/bench-rules.ts"), "--json"],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 2 ** 20 },
  );
  if (child.status !== 0) {
    return {
      skipped: `bench-rules failed: ${(child.stderr || child.stdout).trim().slice(0, 500)}`,
    };
  }
  const lines = child.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]);
}

export function report(rules) {
  const targets = [
    target(
      "Rules: parse + quote ≥ 100 000 quotes/s per CPU second",
      rules,
      `${fmt(rules?.quotesPerSecond)} quotes/s`,
      rules?.quotesPerSecond >= 100_000,
    ),
  ];
  if (!rules || rules.skipped) {
    return {
      rows: [skippedRow("Rules: parse + quote", rules, "≥ 100 000 /s")],
      details: [],
      targets,
    };
  }
  const rows = [
    [
      "Rules: parse + quote, 10 000 mixed requests, per CPU second",
      `${fmt(rules.quotesPerSecond)} quotes/s`,
      `parse only: ${fmt(rules.parsePerSecond)} /s`,
      `${(rules.quotesPerSecond / rules.parsePerSecond).toFixed(2)}×`,
      "≥ 100 000 /s",
      verdict(rules.quotesPerSecond >= 100_000),
    ],
    [
      "Rules: quote only (pre-parsed)",
      `${fmt(rules.quoteOnlyPerSecond)} quotes/s`,
      `parse only: ${fmt(rules.parsePerSecond)} /s`,
      `${(rules.quoteOnlyPerSecond / rules.parsePerSecond).toFixed(2)}×`,
      "",
      "",
    ],
  ];
  const details = [
    `- Rules set: ${rules.requests} requests (cloud ${rules.mix.cloud}, box ${rules.mix.box}, cms ${rules.mix.cms}; ` +
      `eligible ${rules.mix.eligible}, not eligible ${rules.mix.notEligible}), median of ${rules.rounds} timed rounds after warm-up. ` +
      `Per wall-clock second: parse + quote ${fmt(rules.wall.quotesPerSecond)} /s, quote only ${fmt(rules.wall.quoteOnlyPerSecond)} /s, parse only ${fmt(rules.wall.parsePerSecond)} /s.`,
  ];
  return { rows, details, targets };
}

export const method =
  () => `**Rules** (\`scripts/bench-rules.ts\`, run with \`tsx\` in a process of its own): 10 000 valid
requests generated deterministically (\`scripts/quote-requests.ts\`, fixed seed) over all three
product lines, operations, tiers, client kinds and cloud histories, eligible and not. Figure:
\`quote(quoteRequestSchema.parse(body))\` per CPU second of the benchmark process (one JS
thread; \`process.cpuUsage()\`, so time a shared machine gives to other processes does not
count; wall-clock rates are listed below the table); baseline: only
\`quoteRequestSchema.parse(body)\` on the same bodies. Rounds are interleaved. Money is
\`decimal.js\` (\`rules/money/\`).`;
