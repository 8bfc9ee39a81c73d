import { attachmentDisposition } from "@/lib/http/content-disposition";
import type { LoadedPriceList } from "./load-price-list";
import { readPriceLine } from "./price-list-lines";
import { readPriceQuery, searchPriceItems } from "./price-search";
import { priceTableCsv, readPriceTableColumns } from "./price-table-csv";
import { pricesTexts } from "./prices-language";

/**
 * GET /prices/table.csv: the items /prices shows for the same `line` and `q`, as a table for
 * people (Russian titles, Kazakh with `?lang=kk` as /kk/prices shows them; API names with
 * `?columns=api`). The list's own facts go in headers, not in `#` lines; GET /api/prices keeps
 * the loadable price-list format.
 */
export function priceTableResponse(request: Request, loaded: LoadedPriceList): Response {
  const params = new URL(request.url).searchParams;
  const { catalog } = loaded;
  const texts = pricesTexts(params.get("lang"));
  const groups = searchPriceItems(
    catalog.items,
    readPriceLine(params.get("line") ?? undefined),
    readPriceQuery(params.get("q") ?? undefined),
    texts.itemTitle,
  );
  const items = groups.flatMap((group) => group.items);
  const columns = readPriceTableColumns(params.get("columns"));
  return new Response(priceTableCsv(items, catalog.asOf, columns, texts), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(texts.fileName(catalog.asOf)),
      "Cache-Control": "no-cache",
      "X-Price-List-Id": encodeURIComponent(catalog.id),
      "X-Price-List-Title": encodeURIComponent(catalog.title),
      "X-Price-List-Kind": catalog.kind,
      "X-Price-List-As-Of": catalog.asOf,
      "X-Price-List-Vat-Included": String(catalog.vatIncluded),
      "X-Price-List-Items": String(items.length),
    },
  });
}
