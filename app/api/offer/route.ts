import { buildProposal, proposalRequestSchema } from "@/rules";
import { priceList } from "@/lib/prices/price-list";
import { jsonPostRoute, otherMethodsNotAllowed } from "@/lib/api/route-helpers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/offer: a priced commercial offer, several lines for one client (API contract). */
export const POST = jsonPostRoute(proposalRequestSchema, (request, language) =>
  buildProposal(request, { catalog: priceList().catalog, language }),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
