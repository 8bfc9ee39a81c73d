import { kzSummer2025 } from "@/rules";
import { jsonResponse } from "@/lib/api/json-response";
import { otherMethodsNotAllowed } from "@/lib/api/route-helpers";
import { priceList } from "@/lib/prices/price-list";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/health: liveness plus which promotion and price list this server serves. */
export function GET(): Response {
  return jsonResponse({
    status: "ok",
    promotion: kzSummer2025.id,
    catalog: priceList().catalog.id,
  });
}

/** HEAD: the GET answer's status and headers; Node sends no body for a HEAD request. */
export { GET as HEAD };

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("GET");
