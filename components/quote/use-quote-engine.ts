import { useEffect, useRef, useState } from "react";
import type { PriceList } from "@/rules";
import { afterLoad } from "@/components/ui/after-load";
import { quoteEngineClient, type QuoteEngineClient } from "@/lib/quote/quote-engine-client";
import type { FromQuoteEngine, ToQuoteEngine } from "@/lib/quote/quote-engine-protocol";
import type { QuoteFormValues } from "@/lib/quote/quote-form";
import type { QuoteView } from "@/lib/quote/quote-view";

const sameValues = (a: QuoteFormValues, b: QuoteFormValues) =>
  (Object.keys(a) as (keyof QuoteFormValues)[]).every((k) => a[k] === b[k]);

/**
 * The view of the form's current values, priced in a Web Worker that holds the engine (the
 * rules library, the request schema, decimal.js): none of it loads or runs on the main thread.
 * The server's view of the first values stands until the first change is answered; the worker
 * starts once the page is idle after `load` (or at the first input), so it is no part of the
 * first load. `failed`: the worker could not start or price, and the page says so by showing
 * its GET form's button again.
 */
export function useQuoteEngine(
  values: QuoteFormValues,
  priceList: PriceList,
  initialValues: QuoteFormValues,
  initialView: QuoteView,
): { view: QuoteView; failed: boolean } {
  const [view, setView] = useState(initialView);
  const [failed, setFailed] = useState(false);
  const client = useRef<QuoteEngineClient | null>(null);
  const latest = useRef(values);

  useEffect(() => {
    latest.current = values;
    client.current?.request(values);
  }, [values]);

  useEffect(
    () =>
      afterLoad(() => {
        let worker: Worker;
        try {
          worker = new Worker(new URL("./quote-engine.worker.ts", import.meta.url), {
            type: "module",
            name: "quote-engine",
          });
        } catch {
          // No module workers here (or a policy forbids them): the GET form still prices.
          setFailed(true);
          return;
        }
        const post = (message: ToQuoteEngine) => worker.postMessage(message);
        const engine = quoteEngineClient(post, {
          onView: setView,
          onFailed: () => setFailed(true),
        });
        worker.onmessage = (event: MessageEvent<FromQuoteEngine>) => engine.receive(event.data);
        worker.onerror = () => setFailed(true);
        post({ type: "price-list", priceList });
        client.current = engine;
        // A change made before the worker was up (the server's view is of the first values).
        if (!sameValues(latest.current, initialValues)) engine.request(latest.current);
        return () => {
          client.current = null;
          worker.terminate();
        };
      }),
    [priceList, initialValues],
  );

  return { view, failed };
}
