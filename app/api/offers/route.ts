import { overviewFor, overviewRequestSchema } from "@/rules";
import { jsonPostRoute, otherMethodsNotAllowed } from "@/lib/api/route-helpers";
import { priceList } from "@/lib/prices/price-list";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/offers: one quote per catalog product, each row tagged with its product. */
export const POST = jsonPostRoute(overviewRequestSchema, (request, language) =>
  overviewFor(request, { catalog: priceList().catalog, language }).map((row) => ({
    ...row.result,
    product: row.request.product,
  })),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
