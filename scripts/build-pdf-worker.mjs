// Part of `npm run build`: bundles the PDF worker thread (lib/pdf-pool/pdf-worker.ts and what it
// imports, `@/` paths from tsconfig) into one CommonJS file that `next start` loads with
// worker_threads. Next bundles the app itself, but not a file a Worker is started from.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [join(ROOT, "lib/pdf-pool/pdf-worker.ts")],
  outfile: join(ROOT, ".next/pdf-worker/pdf-worker.cjs"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Read from node_modules at run time, as the server does (pdfkit loads its own data files).
  external: ["pdfkit"],
  tsconfig: join(ROOT, "tsconfig.json"),
  logLevel: "warning",
});
