import { buildOffer, type OfferRequest } from "@/rules";
import { API_HEADERS } from "@/lib/api/json-response";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { priceList } from "@/lib/prices/price-list";
import { offerPdf } from "./offer-pdf";

/** A validated offer priced with the list in use, as a PDF download named by its number. */
export async function offerPdfResponse(request: OfferRequest): Promise<Response> {
  const offer = buildOffer(request, { catalog: priceList().catalog });
  return new Response(await offerPdf(offer), {
    headers: {
      ...API_HEADERS,
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(`${offer.number}.pdf`),
    },
  });
}
