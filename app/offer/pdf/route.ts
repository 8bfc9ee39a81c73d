import { requestDay } from "@/lib/page/clock";
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
  if (!form.request) return Response.redirect(new URL(`/offer${url.search}`, url), 303);
  return proposalPdfResponse(form.request);
}
