import { pricesResponse } from "@/lib/api/prices-response";
import { guard, otherMethodsNotAllowed } from "@/lib/api/route-helpers";
import { priceList } from "@/lib/prices/price-list";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/prices: the price list in use, JSON or CSV, with ETag / 304 (API contract). */
export function GET(request: Request): Promise<Response> {
  return guard(() => pricesResponse(request, priceList()));
}

/** HEAD: the GET answer's status and headers; Node sends no body for a HEAD request. */
export { GET as HEAD };

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("GET");
