import { buildProposal, proposalRequestSchema, textLanguage } from "@/rules";
import { priceList } from "@/lib/prices/price-list";
import { jsonResponse } from "@/lib/api/json-response";
import { otherMethodsNotAllowed, postRoute } from "@/lib/api/route-helpers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * POST /api/offer: a priced commercial offer, several lines for one client (API contract). Its
 * texts are in the document's language when the body names one (`language`), else in the
 * request's; `Content-Language` says which.
 */
export const POST = postRoute(proposalRequestSchema, (request, asked) => {
  const language = textLanguage(request.language, asked);
  const offer = buildProposal(request, { catalog: priceList().catalog, language });
  return jsonResponse(offer, { headers: { "Content-Language": language } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
