import type { QuoteFormValues } from "./quote-form";
import type { FromQuoteEngine, ToQuoteEngine } from "./quote-engine-protocol";
import type { QuoteView } from "./quote-view";

/** What the page hears from its engine. */
export interface QuoteEngineEvents {
  /** The view of the latest form state sent (never an older one). */
  onView(view: QuoteView): void;
  /** The worker could not price the latest state: the page falls back to its GET form. */
  onFailed(): void;
}

/** The page's side of the engine worker: send form states, receive their views. */
export interface QuoteEngineClient {
  request(values: QuoteFormValues): void;
  receive(message: FromQuoteEngine): void;
}

/**
 * At most one form state is with the worker at a time; while it prices, only the newest state
 * waits, and an answer is shown only if no newer state is waiting (typing faster than the
 * worker answers never queues stale work, and the page never shows an older result after a
 * newer one). Pure: `post` is the worker's `postMessage`, so it is tested without a worker.
 */
export function quoteEngineClient(
  post: (message: ToQuoteEngine) => void,
  events: QuoteEngineEvents,
): QuoteEngineClient {
  let nextId = 1;
  let inFlight: number | null = null;
  let waiting: { id: number; values: QuoteFormValues } | null = null;

  const send = (id: number, values: QuoteFormValues) => {
    inFlight = id;
    post({ type: "view", id, values });
  };

  return {
    request(values) {
      const id = nextId++;
      if (inFlight === null) send(id, values);
      else waiting = { id, values };
    },
    receive(message) {
      if (typeof message !== "object" || message === null || message.id !== inFlight) return;
      inFlight = null;
      if (waiting) {
        const next = waiting;
        waiting = null;
        send(next.id, next.values);
        return;
      }
      if (message.type === "view") events.onView(message.view);
      else if (message.type === "failed") events.onFailed();
    },
  };
}
