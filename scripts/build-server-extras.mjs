// Part of `npm run build`, after `next build`: bundles the two server files Next does not build
// (each with what it imports, `@/` paths from tsconfig) into .next/extras/:
//   pdf-worker.cjs         the PDF worker thread (lib/pdf-pool/pdf-worker.ts), started by piscina
//   check-price-list.cjs   `npm start` runs it before `next start`: a broken PRICE_LIST stops the
//                          start before the server listens (and prints «Ready»)
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = {
  "pdf-worker": "lib/pdf-pool/pdf-worker.ts",
  "check-price-list": "lib/prices/check-price-list.ts",
};
await build({
  entryPoints: Object.fromEntries(
    Object.entries(ENTRIES).map(([name, file]) => [name, join(ROOT, file)]),
  ),
  outdir: join(ROOT, ".next/extras"),
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Read from node_modules at run time, as the server does (pdfkit loads its own data files).
  external: ["pdfkit"],
  tsconfig: join(ROOT, "tsconfig.json"),
  logLevel: "warning",
});
