import { buildProposal, type ProposalRequest } from "@/rules";
import { API_HEADERS } from "@/lib/api/json-response";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { priceList } from "@/lib/prices/price-list";
import { partnerAppendix } from "./partner-appendix";
import { proposalPdf } from "./proposal-pdf";

/**
 * A validated offer priced with the list in use, as a PDF download named by its number; with the
 * «для партнёра» appendix when the request asks for it (`appendix: true`).
 */
export async function proposalPdfResponse(request: ProposalRequest): Promise<Response> {
  const proposal = buildProposal(request, { catalog: priceList().catalog });
  const appendix = request.appendix ? partnerAppendix(request, proposal) : null;
  return new Response(await proposalPdf(proposal, appendix), {
    headers: {
      ...API_HEADERS,
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(`${proposal.number}.pdf`),
    },
  });
}
