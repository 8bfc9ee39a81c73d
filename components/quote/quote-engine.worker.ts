/// <reference lib="webworker" />
import { createQuoteEngine } from "@/lib/quote/quote-engine";
import type { ToQuoteEngine } from "@/lib/quote/quote-engine-protocol";

// The quote page's engine off the main thread: the rules library, the request schema and
// decimal.js load and run here only; the page sends form states and renders the views.

declare const self: DedicatedWorkerGlobalScope;

const answer = createQuoteEngine();

self.onmessage = (event: MessageEvent<ToQuoteEngine>) => {
  const reply = answer(event.data);
  if (reply) self.postMessage(reply);
};
