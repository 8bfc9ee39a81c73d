import Papa from "papaparse";
import { templateRows } from "@/lib/check/template";

export const dynamic = "force-static";

/** GET /check/template.csv: the list template for Excel (UTF-8 with BOM, «;» between cells). */
export function GET(): Response {
  const csv = Papa.unparse(templateRows(), { delimiter: ";", newline: "\r\n" });
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="shablon-proverki-zakazov.csv"',
    },
  });
}
