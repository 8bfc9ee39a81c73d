// One page load's JavaScript, by issue 8's definition of first-load: what is requested before
// the page's `load` event. Shared by the bench (weight.mjs) and the budget test
// (e2e/first-load.spec.ts); imports nothing of the bench, so a test can load it alone.
import { gzipSync, constants as zlibConstants } from "node:zlib";

// How long the page is watched after `load` (and after the network has been quiet for 500 ms)
// so that chunks loaded on idle show up as after-load JavaScript.
export const AFTER_LOAD_MS = 3000;

// One fresh load of `path`: every JS response, split by when its request started (Resource
// Timing, the page's own clock) against the start of the `load` event. Bodies are gzipped here
// (zlib level 9, as Next's own build report does), so the figure does not depend on the
// server's compression. Router prefetches are refused: links to other pages add nothing.
export async function pageWeight(browser, origin, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback(),
  );
  const scripts = [];
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (response.request().resourceType() === "script" || type.includes("javascript")) {
      scripts.push(
        response
          .body()
          .then((body) => ({
            url: response.url(),
            raw: body.length,
            gzip: gzipSync(body, { level: zlibConstants.Z_BEST_COMPRESSION }).length,
          }))
          .catch(() => null),
      );
    }
  });
  try {
    const response = await page.goto(origin + path, { waitUntil: "load" });
    await page.waitForLoadState("networkidle").catch(() => {});
    await page.waitForTimeout(AFTER_LOAD_MS);
    await page.waitForLoadState("networkidle").catch(() => {});
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation");
      return {
        loadEventStart: navigation?.loadEventStart ?? 0,
        starts: performance
          .getEntriesByType("resource")
          .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
      };
    });
    const files = (await Promise.all(scripts)).filter(Boolean);
    // A URL fetched twice counts by its first request.
    const startOf = new Map();
    for (const { url, startTime } of timing.starts) {
      if (!startOf.has(url)) startOf.set(url, startTime);
    }
    const beforeLoad = [];
    const afterLoad = [];
    for (const file of files) {
      const start = startOf.get(file.url);
      // Not in Resource Timing (cannot happen for a page's own scripts): counted as first-load.
      (start === undefined || start < timing.loadEventStart ? beforeLoad : afterLoad).push(file);
    }
    const total = (list) => ({
      files: list.length,
      raw: list.reduce((s, f) => s + f.raw, 0),
      gzip: list.reduce((s, f) => s + f.gzip, 0),
    });
    return {
      status: response?.status() ?? 0,
      loadMs: timing.loadEventStart,
      ...total(beforeLoad),
      afterLoad: total(afterLoad),
    };
  } finally {
    await context.close();
  }
}
