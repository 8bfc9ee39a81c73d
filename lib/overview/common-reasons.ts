import type { OverviewRow, ReasonCode } from "@/rules";

/**
 * The reasons every row fails on (the client's answers or the dates, not the product): the page
 * says them once above the tables instead of on each of a hundred rows. Texts are the first row's.
 */
export function commonReasons(rows: readonly OverviewRow[]): { code: ReasonCode; text: string }[] {
  const [first, ...rest] = rows;
  if (!first) return [];
  return first.result.reasons
    .filter((reason) => rest.every((row) => row.result.reasons.some((r) => r.code === reason.code)))
    .map(({ code, text }) => ({ code, text }));
}

/** The date assumed for upgrade rows when the answers give none, or null when none was assumed. */
export function assumedSourceDate(rows: readonly OverviewRow[]): string | null {
  for (const row of rows) {
    const p = row.request.product;
    if (row.assumedSourceDate && "sourcePurchasedAt" in p && p.sourcePurchasedAt) {
      return p.sourcePurchasedAt;
    }
  }
  return null;
}
