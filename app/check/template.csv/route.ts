import Papa from "papaparse";
import { excelCsv } from "@/lib/check/export";
import { templateRows } from "@/lib/check/template";

export const dynamic = "force-static";

/** GET /check/template.csv: the list template for Excel (UTF-8 with BOM, «;» between cells). */
export function GET(): Response {
  return new Response(excelCsv(Papa, templateRows()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="shablon-proverki-zakazov.csv"',
    },
  });
}

/** HEAD: the GET answer's status and headers; Node sends no body for a HEAD request. */
export { GET as HEAD };
