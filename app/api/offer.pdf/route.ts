import { proposalRequestSchema } from "@/rules";
import { otherMethodsNotAllowed, postRoute } from "@/lib/api/route-helpers";
import { proposalPdfResponse } from "@/lib/proposal/proposal-pdf-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** POST /api/offer.pdf: the same offer as POST /api/offer, as an A4 PDF to download. */
export const POST = postRoute(proposalRequestSchema, proposalPdfResponse);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethodsNotAllowed("POST");
