import { hasListPrice, quote, type Catalog, type QuoteRequest, type ReasonCode } from "@/rules";
import { describeProduct } from "@/lib/quote/describe";
import { quoteFormValuesFromRequest } from "@/lib/quote/form-from-request";
import { quoteQueryString } from "@/lib/quote/quote-url";
import type { Cell } from "./cells";
import { rowToRequest, type CellError, type HeaderMapping } from "./columns";

export type RowStatus = "eligible" | "not_eligible" | "invalid";

/** One checked row, small enough to send from the worker to the page by the thousand. */
export interface CheckRow {
  /** 0-based index among the data rows. */
  index: number;
  /** The row's number in the spreadsheet (the header is row 1). */
  line: number;
  status: RowStatus;
  product: string;
  listPrice: number | null;
  discountPercent: number | null;
  promoPrice: number | null;
  /** Promo price plus the bonus's, when a bonus is quoted. */
  total: number | null;
  clauses: string[];
  reasons: { code: ReasonCode; clauses: readonly string[]; text: string }[];
  errors: CellError[];
  /** The validated request, for the link to the quote page. */
  request: QuoteRequest | null;
}

/** Prices one data row with the same schema and engine as the API; bad cells make it invalid. */
export function priceRow(
  cells: readonly Cell[],
  index: number,
  header: readonly string[],
  mapping: HeaderMapping,
  catalog: Catalog,
): CheckRow {
  const base = { index, line: index + 2 };
  const built = rowToRequest(cells, header, mapping);
  if (!built.ok) {
    return {
      ...base,
      status: "invalid",
      product: "",
      listPrice: null,
      discountPercent: null,
      promoPrice: null,
      total: null,
      clauses: [],
      reasons: [],
      errors: built.errors,
      request: null,
    };
  }
  const result = quote(built.request, { catalog });
  // A move without a price (not an upgrade) has no figures: «—», never «0 ₸».
  const priced = hasListPrice(result);
  return {
    ...base,
    status: result.eligible ? "eligible" : "not_eligible",
    product: describeProduct(built.request, result),
    listPrice: priced ? result.listPrice : null,
    discountPercent: result.discountPercent,
    promoPrice: priced ? result.promoPrice : null,
    total: priced ? result.total : null,
    clauses: result.clauses,
    reasons: result.reasons.map((r) => ({ code: r.code, clauses: r.clauses, text: r.text })),
    errors: [],
    request: built.request,
  };
}

/** The quote page's address for a row's request: `/` with the form filled in. */
export function quoteLink(request: QuoteRequest, catalog: Catalog): string {
  const values = quoteFormValuesFromRequest(request, request.orderedAt, catalog);
  return `/${quoteQueryString(values, catalog)}`;
}
