import { buildOffer, offerRequestSchema } from "@/rules";
import { priceListFacts } from "@/lib/offer/price-list-facts";
import { jsonPostRoute, otherMethodsNotAllowed } from "@/lib/api/route-helpers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/offer: a priced commercial offer, several lines for one client (API contract). */
export const POST = jsonPostRoute(offerRequestSchema, (request) =>
  buildOffer(request, priceListFacts()),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
