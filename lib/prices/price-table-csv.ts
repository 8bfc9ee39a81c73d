import Papa from "papaparse";
import type { CatalogItem } from "@/rules";
import { escapeCell } from "@/lib/csv/escape-cell";
import { formatListDate } from "./price-list-text";
import type { PricesTexts } from "./prices-texts";

/** The column titles: the people's (the page's words) or the API's field names (`?columns=api`). */
export type PriceTableColumns = "people" | "api";

/** `?columns=` of the table download: `api` for the API's names, anything else the people's. */
export function readPriceTableColumns(value: string | null): PriceTableColumns {
  return value?.trim().toLowerCase() === "api" ? "api" : "people";
}

/**
 * The /prices table as CSV for Excel: a UTF-8 BOM, «;» between cells, CRLF lines, one header row
 * and no `#` lines (the list's title and date travel in the HTTP headers). Texts are defused
 * against formulas; prices are whole numbers.
 */
export function priceTableCsv(
  items: readonly CatalogItem[],
  listAsOf: string,
  columns: PriceTableColumns,
  texts: PricesTexts,
): string {
  const c = texts.columns;
  const fields =
    columns === "api"
      ? ["id", "title", "price", "source", "asOf"]
      : [c.title, c.price, c.asOf, c.source, c.id];
  const data = items.map((item) => {
    const asOf = item.asOf ?? listAsOf;
    return columns === "api"
      ? [escapeCell(item.id), escapeCell(item.title), item.price, escapeCell(item.source), asOf]
      : [
          escapeCell(texts.itemTitle(item)),
          item.price,
          formatListDate(asOf),
          escapeCell(item.source),
          escapeCell(item.id),
        ];
  });
  return `\uFEFF${Papa.unparse({ fields, data }, { delimiter: ";", newline: "\r\n" })}\r\n`;
}
