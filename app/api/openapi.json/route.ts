import { jsonResponse } from "@/lib/api/json-response";
import { openApiDocument } from "@/lib/api/openapi";
import { guard, otherMethodsNotAllowed } from "@/lib/api/route-helpers";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The document depends only on the code, so it is built once per server process.
let document: Record<string, unknown> | undefined;

/** GET /api/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas. */
export async function GET(): Promise<Response> {
  return guard(() => jsonResponse((document ??= openApiDocument())));
}

/** HEAD: the GET answer's status and headers; Node sends no body for a HEAD request. */
export { GET as HEAD };

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("GET");
