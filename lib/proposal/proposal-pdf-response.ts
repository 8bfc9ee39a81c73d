import { buildProposal, documentLanguages, type ProposalRequest } from "@/rules";
import { apiError } from "@/lib/api/errors";
import { API_HEADERS } from "@/lib/api/json-response";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { PDF_RETRY_AFTER, PoolBusyError, pdfFromPool } from "./pdf-pool";
import { priceList } from "@/lib/prices/price-list";
import { partnerAppendix } from "./partner-appendix";

/**
 * A validated offer priced with the list in use, as a PDF download named by its number, with the
 * «для партнёра» appendix when the request asks for it (`appendix: true`); rendered in the PDF
 * worker pool, 503 with Retry-After when its queue is full.
 */
export async function proposalPdfResponse(request: ProposalRequest): Promise<Response> {
  const options = { catalog: priceList().catalog };
  const proposal = buildProposal(request, options);
  const appendix = request.appendix ? partnerAppendix(request, proposal, options) : null;
  let pdf: Uint8Array;
  try {
    pdf = await pdfFromPool({ proposal, appendix });
  } catch (error) {
    if (!(error instanceof PoolBusyError)) throw error;
    return apiError("service_unavailable", {
      headers: { "Retry-After": String(PDF_RETRY_AFTER) },
    });
  }
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...API_HEADERS,
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(`${proposal.number}.pdf`),
      // The document's language(s), Kazakh first in a bilingual one (RFC 9110 §8.5).
      "Content-Language": documentLanguages(proposal.language).join(", "),
    },
  });
}
