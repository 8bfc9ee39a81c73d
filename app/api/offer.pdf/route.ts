import { buildOffer, offerRequestSchema } from "@/rules";
import { API_HEADERS } from "@/lib/api/json-response";
import { otherMethodsNotAllowed, postRoute } from "@/lib/api/route-helpers";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { offerPdf } from "@/lib/offer/offer-pdf";
import { priceList } from "@/lib/prices/price-list";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/offer.pdf: the same offer as POST /api/offer, as an A4 PDF to download. */
export const POST = postRoute(offerRequestSchema, async (request) => {
  const offer = buildOffer(request, { catalog: priceList().catalog });
  const pdf = await offerPdf(offer);
  return new Response(pdf, {
    headers: {
      ...API_HEADERS,
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(`${offer.number}.pdf`),
    },
  });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
