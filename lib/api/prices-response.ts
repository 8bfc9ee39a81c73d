import { priceListToCsv } from "@/rules";
import { priceListData, type LoadedPriceList } from "@/lib/prices/load-price-list";
import { jsonResponse } from "./json-response";

/** Whether the client asked for CSV (`?format=csv`, or `Accept: text/csv` without JSON first). */
function wantsCsv(request: Request): boolean {
  const format = new URL(request.url).searchParams.get("format");
  if (format !== null) return format.toLowerCase() === "csv";
  const accept = request.headers.get("accept") ?? "";
  return /\btext\/csv\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept);
}

/** RFC 9110 If-None-Match: `*` or any listed tag (weak or strong) matches. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

/**
 * GET /api/prices: the list in use as JSON (plus `loadedFrom`) or CSV, with an ETag per
 * representation; a matching If-None-Match gets 304. Clients may cache it but must revalidate,
 * as a restart may load another list.
 */
export function pricesResponse(request: Request, loaded: LoadedPriceList): Response {
  const csv = wantsCsv(request);
  const etag = csv ? loaded.etag.replace(/"$/, '-csv"') : loaded.etag;
  const headers = { ETag: etag, "Cache-Control": "no-cache", Vary: "Accept" };
  if (matches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  const list = priceListData(loaded.catalog);
  if (!csv) return jsonResponse({ ...list, loadedFrom: loaded.loadedFrom }, { headers });
  return new Response(priceListToCsv(list), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${list.id.replace(/[^\w.-]/g, "_")}.csv"`,
    },
  });
}
