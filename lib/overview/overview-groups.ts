import { LINES, type ProductLine } from "@/lib/quote/product-labels";

/*
 * /offers shows one collapsible group per product line. The closed ones are remembered in the URL
 * (`closed=cloud&closed=box`), so a reload, a shared link and a plain GET form keep them closed.
 */

/** The query key of the closed groups. */
export const CLOSED_KEY = "closed";

/** The closed groups a query names (unknown names ignored, in the lines' order). */
export function readClosedGroups(values: readonly string[]): Set<ProductLine> {
  const named = new Set(values.flatMap((value) => value.split(",")).map((v) => v.trim()));
  return new Set(LINES.filter((line) => named.has(line)));
}

/** `query` with its closed groups replaced by `closed` (none: the key left out). */
export function withClosedGroups(
  query: URLSearchParams,
  closed: ReadonlySet<ProductLine>,
): URLSearchParams {
  const next = new URLSearchParams(query);
  next.delete(CLOSED_KEY);
  for (const line of LINES) if (closed.has(line)) next.append(CLOSED_KEY, line);
  return next;
}
