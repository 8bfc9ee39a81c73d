import { quote, quoteRequestSchema } from "@/rules";
import { jsonResponse } from "@/lib/api/json-response";
import { readJsonObject } from "@/lib/api/read-json";
import { guard, methodNotAllowed } from "@/lib/api/route-helpers";
import { validate } from "@/lib/api/validate";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/quote: prices one product for one client (API contract). */
export async function POST(request: Request): Promise<Response> {
  return guard(async () => {
    const body = await readJsonObject(request);
    if (!body.ok) return body.response;
    const input = validate(quoteRequestSchema, body.value);
    if (!input.ok) return input.response;
    return jsonResponse(quote(input.data));
  });
}

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const HEAD = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
export const OPTIONS = notAllowed;
