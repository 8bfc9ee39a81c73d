import type { Browser } from "@playwright/test";

interface Scripts {
  files: number;
  raw: number;
  gzip: number;
}

/** One fresh load of `path`: the JavaScript requested before `load` (and after it, apart). */
export function pageWeight(
  browser: Browser,
  origin: string,
  path: string,
): Promise<Scripts & { status: number; loadMs: number; afterLoad: Scripts }>;
