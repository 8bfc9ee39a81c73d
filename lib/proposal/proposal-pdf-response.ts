import { buildProposal, type ProposalRequest } from "@/rules";
import { API_HEADERS } from "@/lib/api/json-response";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { priceList } from "@/lib/prices/price-list";
import { proposalPdf } from "./proposal-pdf";

/** A validated offer priced with the list in use, as a PDF download named by its number. */
export async function proposalPdfResponse(request: ProposalRequest): Promise<Response> {
  const proposal = buildProposal(request, { catalog: priceList().catalog });
  return new Response(await proposalPdf(proposal), {
    headers: {
      ...API_HEADERS,
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(`${proposal.number}.pdf`),
    },
  });
}
