// First-load JavaScript, by issue 8's definition: the JavaScript requested before the page's
// `load` event. Chunks fetched after it (on idle or first input) are not first-load; they are
// reported apart, as "after load", from the same page load.
import { AFTER_LOAD_MS, pageWeight } from "./page-weight.mjs";
import { NOT_FOUND_PAGE, PAGES, kb, skippedRow, target, verdict } from "./shared.mjs";

export const name = "weight";
export const needs = ["server", "browser"];

const TARGET_KB = 35;
export async function run({ browser, origin, log }) {
  const measured = {};
  for (const path of [...PAGES, NOT_FOUND_PAGE]) {
    log(`weight: ${path}`);
    measured[path] = await pageWeight(await browser(), origin, path);
  }
  const notFound = measured[NOT_FOUND_PAGE];
  if (notFound.status !== 404) {
    return { skipped: `the 404 page (${NOT_FOUND_PAGE}) answers ${notFound.status}` };
  }
  const pages = {};
  for (const path of PAGES) {
    const m = measured[path];
    pages[path] =
      m.status === 404
        ? { skipped: `${path} answers 404 (not merged yet)` }
        : { ...m, overNotFound: m.gzip - notFound.gzip };
  }
  return { afterLoadMs: AFTER_LOAD_MS, notFound, pages };
}

const signedKb = (bytes) => `${bytes < 0 ? "−" : "+"}${kb(Math.abs(bytes))} KB`;

export function report(weight) {
  const aim = `≤ +${TARGET_KB} KB`;
  const targets = PAGES.map((path) => {
    const p = weight?.pages?.[path];
    return target(
      `First-load JS on ${path} ≤ +${TARGET_KB} KB gzip over the 404 page`,
      weight && !weight.skipped ? p : weight,
      p && `${signedKb(p.overNotFound)}`,
      p?.overNotFound <= TARGET_KB * 1024,
    );
  });
  if (!weight || weight.skipped) {
    return { rows: [skippedRow("First-load JS", weight, aim)], details: [], targets };
  }
  const rows = [];
  for (const path of PAGES) {
    const p = weight.pages[path];
    if (p.skipped) {
      rows.push(skippedRow(`First-load JS (gzip) ${path}`, p, aim));
      continue;
    }
    rows.push([
      `First-load JS (gzip) ${path}`,
      `${kb(p.gzip)} KB (${p.files} files, ${kb(p.raw)} KB raw)`,
      `404 page: ${kb(weight.notFound.gzip)} KB`,
      `${signedKb(p.overNotFound)} over the 404 page`,
      aim,
      verdict(p.overNotFound <= TARGET_KB * 1024),
    ]);
  }
  const afterLoad = PAGES.filter((path) => !weight.pages[path].skipped).map((path) => {
    const a = weight.pages[path].afterLoad;
    return `${path} ${a.files ? `${kb(a.gzip)} KB gzip in ${a.files} file(s)` : "none"}`;
  });
  const details = [
    `- The 404 page ships ${kb(weight.notFound.gzip)} KB gzip of JavaScript in ${weight.notFound.files} files before \`load\` (Next's runtime, React, the router).`,
    `- JavaScript requested after \`load\` (within ${weight.afterLoadMs / 1000} s of a quiet network, no input; not first-load): ${afterLoad.join(", ")}.`,
  ];
  return { rows, details, targets };
}

export const method =
  () => `**First-load JavaScript**: the JavaScript requested before the page's \`load\` event
(issue 8's definition: chunks fetched after it, on idle or first input, are not first-load).
Each page is loaded once in a fresh Chromium context (\`/usr/bin/chromium\` through Playwright),
without input, and watched until the network is idle, ${AFTER_LOAD_MS / 1000} s more and idle again; every
JavaScript response body is gzipped here with zlib level 9. A response counts as first-load when
its request started (Resource Timing \`startTime\`) before \`loadEventStart\`; the rest is listed
as after-load JavaScript below the table. Router prefetches of linked pages are refused, so only
the page's own load counts. Baseline: the 404 page of the same build (Next's runtime, React,
the router), measured the same way; the figure is the difference.`;
