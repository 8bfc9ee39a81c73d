import { kzSummer2025, referenceCatalog } from "@/rules";
import { jsonResponse } from "@/lib/api/json-response";
import { otherMethodsNotAllowed } from "@/lib/api/route-helpers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/health: liveness plus which promotion and price catalog this build serves. */
export function GET(): Response {
  return jsonResponse({ status: "ok", promotion: kzSummer2025.id, catalog: referenceCatalog.id });
}

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("GET");
