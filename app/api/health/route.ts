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

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("GET");
