import { requestDay } from "@/lib/page/clock";
import { addLinesResponse } from "@/lib/proposal/add-lines-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /offer/add?l=…&<answers>[&draft=…]: lines join an offer, then the offer page (303). */
export function GET(request: Request): Response {
  return addLinesResponse(request, requestDay());
}

/** HEAD: the GET answer's status and headers. */
export { GET as HEAD };
