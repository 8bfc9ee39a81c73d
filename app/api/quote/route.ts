import { quote, quoteRequestSchema } from "@/rules";
import { jsonPostRoute, otherMethodsNotAllowed } from "@/lib/api/route-helpers";
import { priceList } from "@/lib/prices/price-list";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/quote: prices one product for one client (API contract). */
export const POST = jsonPostRoute(quoteRequestSchema, (request, language) =>
  quote(request, { catalog: priceList().catalog, language }),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
