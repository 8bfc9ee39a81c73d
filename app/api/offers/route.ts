import { offersFor, offersRequestSchema } from "@/rules";
import { jsonResponse } from "@/lib/api/json-response";
import { readJsonObject } from "@/lib/api/read-json";
import { guard, methodNotAllowed } from "@/lib/api/route-helpers";
import { validate } from "@/lib/api/validate";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/offers: one quote per catalog product, each row tagged with its product. */
export async function POST(request: Request): Promise<Response> {
  return guard(async () => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.response;
    const input = validate(offersRequestSchema, body.value);
    if (!input.ok) return input.response;
    const rows = offersFor(input.data).map((row) => ({
      ...row.result,
      product: row.request.product,
    }));
    return jsonResponse(rows);
  });
}

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const HEAD = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = notAllowed;
