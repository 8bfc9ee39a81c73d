import { pricesResponse } from "@/lib/api/prices-response";
import { guard, otherMethodsNotAllowed } from "@/lib/api/route-helpers";
import { priceList } from "@/lib/prices/price-list";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/prices: the price list in use, JSON or CSV, with ETag / 304 (API contract). */
export function GET(request: Request): Promise<Response> {
  return guard(() => pricesResponse(request, priceList()));
}

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("GET");
