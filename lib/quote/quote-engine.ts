import { indexPriceList, type Catalog } from "@/rules";
import type { FromQuoteEngine, ToQuoteEngine } from "./quote-engine-protocol";
import { quoteView } from "./quote-view";

/**
 * The worker's side of the quote page's engine: a pure function of the messages it is sent
 * (the worker file only wires it to `postMessage`). It holds the indexed price list between
 * messages and answers every form state with its view; anything else is ignored.
 */
export function createQuoteEngine(view: typeof quoteView = quoteView) {
  let catalog: Catalog | null = null;
  return function answer(message: ToQuoteEngine): FromQuoteEngine | null {
    if (typeof message !== "object" || message === null) return null;
    switch (message.type) {
      case "price-list":
        catalog = indexPriceList(message.priceList);
        return null;
      case "view": {
        if (catalog === null) return { type: "failed", id: message.id };
        try {
          return { type: "view", id: message.id, view: view(message.values, catalog) };
        } catch {
          return { type: "failed", id: message.id };
        }
      }
      default:
        return null;
    }
  };
}
