import { apiError } from "@/lib/api/errors";
import {
  BATCH_MEDIA_TYPE_MESSAGE,
  BATCH_NOT_REQUESTS_MESSAGE,
  BATCH_TOO_LARGE_MESSAGE,
  batchResponse,
  batchSizeProblem,
  MAX_BATCH_BYTES,
} from "@/lib/api/batch";
import { isNdjsonContentType, ndjsonResponse } from "@/lib/api/ndjson";
import { isJsonContentType, readJsonObject } from "@/lib/api/read-json";
import { inLanguage, requestLanguage } from "@/lib/api/language";
import { guard, otherMethodsNotAllowed } from "@/lib/api/route-helpers";
import { priceList } from "@/lib/prices/price-list";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/quotes: a JSON batch of up to 10 000 quote requests, or an NDJSON stream of any length. */
export async function POST(request: Request): Promise<Response> {
  const language = requestLanguage(request);
  const response = await guard(async () => {
    const contentType = request.headers.get("content-type");
    // The same price list as POST /api/quote, so each item is priced exactly as it would be.
    const { catalog } = priceList();
    if (isNdjsonContentType(contentType)) return ndjsonResponse(request, catalog, language);
    if (!isJsonContentType(contentType)) {
      return apiError("unsupported_media_type", { message: BATCH_MEDIA_TYPE_MESSAGE });
    }
    const body = await readJsonObject(request, {
      bytes: MAX_BATCH_BYTES,
      message: BATCH_TOO_LARGE_MESSAGE,
    });
    if (!body.ok) return body.response;
    const requests = body.value.requests;
    if (!Array.isArray(requests)) {
      return apiError("invalid_json", { message: BATCH_NOT_REQUESTS_MESSAGE });
    }
    const problem = batchSizeProblem(requests);
    if (problem !== null) {
      return apiError("invalid_input", { message: problem.message, issues: [problem] });
    }
    return batchResponse(requests, catalog, language);
  });
  return inLanguage(response, language);
}

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
