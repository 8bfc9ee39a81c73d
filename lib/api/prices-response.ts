import { priceListToCsv } from "@/rules";
import { priceListData, type LoadedPriceList } from "@/lib/prices/load-price-list";
import { negotiate } from "@/lib/http/accept";
import { apiError } from "./errors";
import { jsonResponse } from "./json-response";

/**
 * The representation asked for: `?format=csv` (any other `format`: JSON), else `Accept` by its
 * q-values (lib/http/accept: a tie or neither named → JSON); null when `Accept` names only types
 * this route cannot give (406).
 */
function representation(request: Request): "json" | "csv" | null {
  const format = new URL(request.url).searchParams.get("format");
  if (format !== null) return format.toLowerCase() === "csv" ? "csv" : "json";
  const type = negotiate(request.headers.get("accept"), ["application/json", "text/csv"]);
  return type === null ? null : type === "text/csv" ? "csv" : "json";
}

/** The CSV's first character: a UTF-8 BOM, so that Excel reads it as UTF-8 (API contract). */
const BOM = "\uFEFF";

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
  const wanted = representation(request);
  if (wanted === null) {
    return apiError("not_acceptable", {
      headers: { Vary: "Accept" },
    });
  }
  const csv = wanted === "csv";
  const etag = csv ? loaded.etag.replace(/"$/, '-csv"') : loaded.etag;
  const headers = { ETag: etag, "Cache-Control": "no-cache", Vary: "Accept" };
  if (matches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  const list = priceListData(loaded.catalog);
  if (!csv) return jsonResponse({ ...list, loadedFrom: loaded.loadedFrom }, { headers });
  return new Response(BOM + priceListToCsv(list), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${list.id.replace(/[^\w.-]/g, "_")}.csv"`,
    },
  });
}
