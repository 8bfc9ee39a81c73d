import { jsonResponse } from "@/lib/api/json-response";
import { openApiDocument } from "@/lib/api/openapi";
import { guard, methodNotAllowed } from "@/lib/api/route-helpers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The document depends only on the code, so it is built once per server process.
let document: Record<string, unknown> | undefined;

/** GET /api/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas. */
export async function GET(): Promise<Response> {
  return guard(() => jsonResponse((document ??= openApiDocument())));
}

const notAllowed = methodNotAllowed("GET");
export const HEAD = notAllowed;
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = notAllowed;
