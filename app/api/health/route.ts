import { kzSummer2025, referenceCatalog } from "@/rules";
import { jsonResponse } from "@/lib/api/json-response";
import { methodNotAllowed } from "@/lib/api/route-helpers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/health: liveness plus which promotion and price catalog this build serves. */
export function GET(): Response {
  return jsonResponse({ status: "ok", promotion: kzSummer2025.id, catalog: referenceCatalog.id });
}

const notAllowed = methodNotAllowed("GET");
export const HEAD = notAllowed;
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = notAllowed;
