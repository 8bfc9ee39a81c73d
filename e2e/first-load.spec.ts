import { expect, test } from "@playwright/test";
// The bench's own measurement (scripts/bench/page-weight.mjs): one fresh load in Chromium, the
// JavaScript requested before `load`, each body gzipped at level 9, so the figures are bytes of
// this build, not timings. Imported as a native ES module (the bench is plain Node).
const measure = () =>
  import("../scripts/bench/page-weight.mjs") as Promise<
    typeof import("../scripts/bench/page-weight.mjs")
  >;

/**
 * First-load JavaScript budgets, in KB gzip over Next's own 404 page of the same build: a few KB
 * above what each page ships today (docs/performance.md). A page that grows past its budget fails
 * here, in `npm test`, not only in `npm run bench`.
 */
const BUDGETS_KB: Record<string, number> = {
  "/": 39,
  "/offers": 39,
  "/offer": 39,
  "/check": 82,
  "/prices": 4,
  "/promo": 4,
  "/kk/prices": 4,
  "/kk/promo": 4,
};

const NOT_FOUND = "/no-such-page-first-load";
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

test.describe("first-load JavaScript", () => {
  test.describe.configure({ timeout: 120_000 });

  test("every page within its budget over the 404 page", async ({ browser, baseURL }) => {
    const { pageWeight } = await measure();
    const origin = baseURL ?? "";
    const notFound = await pageWeight(browser, origin, NOT_FOUND);
    expect(notFound.status).toBe(404);
    const over: Record<string, number> = {};
    for (const path of Object.keys(BUDGETS_KB)) {
      const page = await pageWeight(browser, origin, path);
      expect(page.status, path).toBe(200);
      over[path] = kb(page.gzip - notFound.gzip);
    }
    test
      .info()
      .annotations.push({ type: "first-load KB over 404", description: JSON.stringify(over) });
    for (const [path, budget] of Object.entries(BUDGETS_KB)) {
      expect(
        over[path],
        `${path}: +${over[path]} KB over the 404 page; all: ${JSON.stringify(over)}`,
      ).toBeLessThanOrEqual(budget);
    }
  });
});
