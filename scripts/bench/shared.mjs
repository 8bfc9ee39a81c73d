// What every benchmark part shares: paths, options, logging, cleanup, the machine's description,
// statistics helpers, the build, the production server and the browser.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const PAGES = ["/", "/offers", "/promo"];
export const NOT_FOUND_PAGE = "/bench-no-such-page";

// ---------------------------------------------------------------------------------------------
// Options: `--name=value` (and `--name value`) from the command line
export const args = process.argv.slice(2);
export function option(name, fallback) {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return fallback;
  if (args[i].includes("=")) return args[i].slice(name.length + 3);
  const next = args[i + 1];
  return next !== undefined && !next.startsWith("--") ? next : fallback;
}
export const flag = (name) => args.includes(`--${name}`);

export const log = (...a) => console.error("[bench]", ...a);

// ---------------------------------------------------------------------------------------------
// Cleanup: every process and browser started here is registered and stopped on any exit.
const cleanups = [];
let cleaning = false;
export const onCleanup = (fn) => cleanups.push(fn);
export async function cleanup() {
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
export const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

export function machine() {
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
    loadAverage: loadAverage(),
    commit,
  };
}

// CPU pressure (Linux PSI, /proc/pressure/cpu "some"), in µs: the time in which at least one
// runnable task waited for a CPU. Unlike the load average it covers exactly the span measured;
// it counts the benchmark's own processes too (the API part runs the load generator and the
// server on the same cores), so compare it between runs, part by part.
export function cpuPressureUs() {
  try {
    const match = /^some .*total=(\d+)/m.exec(readFileSync("/proc/pressure/cpu", "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting
export const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
export const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
export const round = (n, digits = 0) =>
  n === null || n === undefined ? null : Number(n.toFixed(digits));
export const kb = (bytes) => round(bytes / 1024, 1);
export const fmt = (n) =>
  n === null || n === undefined ? "—" : Math.round(n).toLocaleString("en-US");
export const verdict = (ok) => (ok === null ? "—" : ok ? "met" : "missed");
/** A report row for a part (or a page of it) that did not measure. */
export const skippedRow = (figure, figures, target) => [
  figure,
  `skipped: ${figures?.skipped ?? "not run"}`,
  "",
  "",
  target,
  "—",
];

/**
 * One target of the report's «Targets» table: what is aimed at, this run's figure, and whether it
 * is met (null: not measured). `figures` skipped or missing gives the reason as the figure.
 */
export const target = (aim, figures, figure, ok) =>
  !figures || figures.skipped
    ? { target: aim, figure: `skipped: ${figures?.skipped ?? "not run"}`, ok: null }
    : { target: aim, figure, ok };

// ---------------------------------------------------------------------------------------------
// Build: reuse .next when it is newer than every source file, else build
const SOURCE_ENTRIES = [
  "app",
  "components",
  "lib",
  "rules",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
  "scripts/build-server-extras.mjs",
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
export function ensureBuild({ skipBuild }) {
  const buildId = join(ROOT, ".next/BUILD_ID");
  const fresh = existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceMtime();
  if (fresh || (skipBuild && existsSync(buildId))) {
    log(`build: reusing .next (${fresh ? "up to date" : "--skip-build"})`);
    return;
  }
  log("build: .next is missing or older than the sources, running `npm run build`");
  const build = spawnSync("npm", ["run", "build"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("npm run build failed");
}

// ---------------------------------------------------------------------------------------------
// Production server: `next start` on a free port, BENCH_BASELINE=1 for the baseline route
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

export async function startServer() {
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
  onCleanup(() => killGroup(child));
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

/** The HTTP status `origin + path` answers (0 when it cannot be reached); the body is drained. */
export async function status(origin, path, init) {
  try {
    const res = await fetch(origin + path, init);
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** A process's resident memory in MB (VmRSS), or null off Linux. */
export function rssMb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// CPU time (user + system, all threads) a process has used, in ms; null off Linux.
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();
export function processCpuMs(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return null;
  // Fields after the parenthesized command name: utime and stime are the 12th and 13th.
  const fields = readFileSync(stat, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

// ---------------------------------------------------------------------------------------------
// Browser: Debian Chromium through Playwright, stopped on exit
export async function launchBrowser() {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: CHROME_FLAGS.filter((f) => f !== "--headless=new"),
  });
  onCleanup(() => browser.close());
  return browser;
}

/** A TypeScript module of the repository (e.g. scripts/quote-requests.ts), loaded through tsx. */
export async function importTs(pathFromRoot) {
  const { tsImport } = await import("tsx/esm/api");
  return tsImport(pathToFileURL(join(ROOT, pathFromRoot)).href, import.meta.url);
}
