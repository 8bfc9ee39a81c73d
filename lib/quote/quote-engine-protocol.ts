import type { PriceList } from "@/rules";
import type { QuoteFormValues } from "./quote-form";
import type { QuoteView } from "./quote-view";

/*
 * Messages between the quote page and its engine worker (components/quote/quote.worker.ts).
 * Types only: the page imports this module without carrying the engine, the request schema or
 * decimal.js, which live in the worker alone.
 */

/** Page → worker. */
export type ToQuoteEngine =
  /** The price list the server loaded (page data): sent once, before any form state. */
  | { type: "price-list"; priceList: PriceList }
  /** One state of the form; `id` grows with every state, so the page knows the latest answer. */
  | { type: "view"; id: number; values: QuoteFormValues };

/** Worker → page. */
export type FromQuoteEngine =
  | { type: "view"; id: number; view: QuoteView }
  /** The worker could not price this state (no price list yet, or the engine threw). */
  | { type: "failed"; id: number };
