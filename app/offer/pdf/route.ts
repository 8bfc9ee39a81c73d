import { requestDay } from "@/lib/page/clock";
import { seeOther } from "@/lib/http/see-other";
import { readProposalForm } from "@/lib/proposal/proposal-form";
import { proposalPdfResponse } from "@/lib/proposal/proposal-pdf-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /offer/pdf?<the offer page's query>: «Скачать PDF» as a plain link, so it works without
 * JavaScript; the same PDF as POST /api/offer.pdf for the same offer. An offer with errors goes
 * back to its page, where the messages are.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const form = readProposalForm(url.searchParams, requestDay());
  if (!form.request) return seeOther(`/offer${url.search}`);
  return proposalPdfResponse(form.request);
}

/** HEAD: the GET answer's status and headers; Node sends no body for a HEAD request. */
export { GET as HEAD };
