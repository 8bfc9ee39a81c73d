import { guard } from "@/lib/api/route-helpers";
import { priceList } from "@/lib/prices/price-list";
import { priceTableResponse } from "@/lib/prices/price-table-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /prices/table.csv: the /prices table for people (Excel-ready CSV). */
export function GET(request: Request): Promise<Response> {
  return guard(() => priceTableResponse(request, priceList()));
}
