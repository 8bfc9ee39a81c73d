import type { QuoteRequest } from "../request/quote-request";
import type { OverviewRequest } from "../request/overview-request";
import { allProducts, DEFAULT_SOURCE_PURCHASED_AT, type Product } from "../products/all-products";
import { quote, type QuoteOptions, type QuoteResult } from "./quote";

/** The quote request of one overview row: the client's answers plus one product. */
export function overviewRowRequest(request: OverviewRequest, product: Product): QuoteRequest {
  const franchisee = request.franchisee ? { franchisee: true } : {};
  return {
    orderedAt: request.orderedAt,
    ...(request.paidAt === undefined ? {} : { paidAt: request.paidAt }),
    customer: request.customer,
    history: request.history,
    product: { ...product, ...franchisee } as Product,
  };
}

export interface OverviewRow {
  request: QuoteRequest;
  result: QuoteResult;
  /** An upgrade row priced with the assumed source date (none was given): see the page's caption. */
  assumedSourceDate: boolean;
}

/** Everything this client can get: one quote per catalog product (POST /api/offers, /offers). */
export function overviewFor(request: OverviewRequest, options: QuoteOptions): OverviewRow[] {
  const assumed = request.sourcePurchasedAt === undefined;
  return allProducts(request.sourcePurchasedAt ?? DEFAULT_SOURCE_PURCHASED_AT).map((product) => {
    const quoteRequest = overviewRowRequest(request, product);
    return {
      request: quoteRequest,
      result: quote(quoteRequest, options),
      assumedSourceDate: assumed && "sourcePurchasedAt" in product,
    };
  });
}
