import { describe, expect, it, vi } from "vitest";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { priceListData } from "@/lib/prices/load-price-list";
import { createQuoteEngine } from "./quote-engine";
import { quoteEngineClient } from "./quote-engine-client";
import type { FromQuoteEngine, ToQuoteEngine } from "./quote-engine-protocol";
import { defaultQuoteFormValues, type QuoteFormValues } from "./quote-form";
import { quoteView, type QuoteView } from "./quote-view";

const NOW = "2025-08-15T12:00:00+05:00";
const form = (patch: Partial<QuoteFormValues> = {}): QuoteFormValues => ({
  ...defaultQuoteFormValues(NOW, examplePriceList),
  ...patch,
});
const PRICE_LIST: ToQuoteEngine = {
  type: "price-list",
  priceList: priceListData(examplePriceList),
};

describe("createQuoteEngine (the worker's side)", () => {
  it("answers a form state before the price list with «failed», not a guess", () => {
    const answer = createQuoteEngine();
    expect(answer({ type: "view", id: 7, values: form() })).toEqual({ type: "failed", id: 7 });
  });

  it("takes the price list silently", () => {
    expect(createQuoteEngine()(PRICE_LIST)).toBeNull();
  });

  it.each([
    {
      label: "cloud «Стандартный» 12 months, new client: 335 880 − 35% = 218 322 ₸",
      values: form({ line: "cloud", cloudPlan: "standard", cloudMonths: "12" }),
      check: (v: QuoteView) => {
        expect(v.result?.eligible).toBe(true);
        expect(v.result?.promoPrice).toBe(218_322);
        expect(v.query).toContain("plan=standard");
      },
    },
    {
      label: "1 month: not eligible, with the 12-month suggestion",
      values: form({ line: "cloud", cloudPlan: "standard", cloudMonths: "1" }),
      check: (v: QuoteView) => {
        expect(v.result?.eligible).toBe(false);
        expect(v.suggestions.map((s) => s.changes[0]?.kind)).toContain("months");
      },
    },
    {
      label: "an order date left empty: no result, the error beside its field",
      values: form({ orderedAt: "" }),
      check: (v: QuoteView) => {
        expect(v.result).toBeNull();
        expect(v.validation.errors.orderedAt).toBeTruthy();
      },
    },
    {
      label: "a typed list price for the priced product: the view shows it and prices by it",
      values: form({ line: "cms", cmsOperation: "purchase", cmsEdition: "business" }),
      check: (v: QuoteView) => {
        expect(v.catalog.id).not.toBe("");
        expect(v.priceText).toBe(String(v.catalog.item?.price));
      },
    },
  ])("$label", ({ values, check }) => {
    const answer = createQuoteEngine();
    answer(PRICE_LIST);
    const reply = answer({ type: "view", id: 1, values });
    expect(reply?.type).toBe("view");
    if (reply?.type !== "view") return;
    expect(reply.id).toBe(1);
    // The same view the server renders for the same values.
    expect(reply.view).toEqual(quoteView(values, examplePriceList));
    // What crosses the thread boundary is a structured clone: it must survive one unchanged.
    expect(structuredClone(reply)).toEqual(reply);
    check(reply.view);
  });

  it("answers «failed» with the state's id when the engine throws", () => {
    const answer = createQuoteEngine(() => {
      throw new Error("boom");
    });
    answer(PRICE_LIST);
    expect(answer({ type: "view", id: 3, values: form() })).toEqual({ type: "failed", id: 3 });
  });

  it.each([
    { label: "null", message: null },
    { label: "a string", message: "view" },
    { label: "an unknown type", message: { type: "export", id: 1 } },
  ])("ignores $label", ({ message }) => {
    const answer = createQuoteEngine();
    answer(PRICE_LIST);
    expect(answer(message as unknown as ToQuoteEngine)).toBeNull();
  });
});

describe("quoteEngineClient (the page's side)", () => {
  const setup = () => {
    const posted: ToQuoteEngine[] = [];
    const onView = vi.fn<(view: QuoteView) => void>();
    const onFailed = vi.fn<() => void>();
    const client = quoteEngineClient((m) => posted.push(m), { onView, onFailed });
    const views = () => posted.filter((m) => m.type === "view");
    const view = (id: number, marker: string): FromQuoteEngine => ({
      type: "view",
      id,
      view: { query: marker } as QuoteView,
    });
    return { client, posted, views, view, onView, onFailed };
  };

  it("sends a state at once when the worker is free, and shows its answer", () => {
    const { client, views, view, onView } = setup();
    client.request(form({ cloudMonths: "1" }));
    expect(views()).toEqual([{ type: "view", id: 1, values: form({ cloudMonths: "1" }) }]);
    client.receive(view(1, "?a"));
    expect(onView).toHaveBeenCalledExactlyOnceWith({ query: "?a" });
  });

  it("while the worker prices, only the newest state waits; the stale answer is not shown", () => {
    const { client, views, view, onView } = setup();
    client.request(form({ listPrice: "1" }));
    client.request(form({ listPrice: "12" }));
    client.request(form({ listPrice: "123" }));
    expect(views().map((m) => m.type === "view" && m.id)).toEqual([1]);
    client.receive(view(1, "?1"));
    expect(onView).not.toHaveBeenCalled();
    expect(views().map((m) => m.type === "view" && [m.id, m.values.listPrice])).toEqual([
      [1, "1"],
      [3, "123"],
    ]);
    client.receive(view(3, "?123"));
    expect(onView).toHaveBeenCalledExactlyOnceWith({ query: "?123" });
  });

  it.each([
    { label: "an answer to no state sent", message: { type: "view", id: 9, view: {} } },
    { label: "a repeated answer", message: { type: "view", id: 1, view: {} }, repeat: true },
    { label: "null", message: null },
  ])("ignores $label", ({ message, repeat }) => {
    const { client, view, onView, onFailed } = setup();
    client.request(form());
    if (repeat) {
      client.receive(view(1, "?first"));
      onView.mockClear();
    }
    client.receive(message as unknown as FromQuoteEngine);
    expect(onView).not.toHaveBeenCalled();
    expect(onFailed).not.toHaveBeenCalled();
  });

  it("reports a failure of the latest state, and carries on with the next one", () => {
    const { client, views, view, onView, onFailed } = setup();
    client.request(form());
    client.receive({ type: "failed", id: 1 });
    expect(onFailed).toHaveBeenCalledOnce();
    client.request(form({ cloudMonths: "1" }));
    expect(views()).toHaveLength(2);
    client.receive(view(2, "?b"));
    expect(onView).toHaveBeenCalledExactlyOnceWith({ query: "?b" });
  });

  it("end to end with the real engine: the page shows the view of the last state typed", () => {
    const answer = createQuoteEngine();
    answer(PRICE_LIST);
    const shown: QuoteView[] = [];
    const queue: ToQuoteEngine[] = [];
    const client = quoteEngineClient((m) => queue.push(m), {
      onView: (v) => shown.push(v),
      onFailed: () => {},
    });
    const cms = form({ line: "cms", cmsOperation: "purchase", cmsEdition: "business" });
    const id = quoteView(cms, examplePriceList).catalog.id;
    const states = ["1", "12", "123", "1234", "12345"].map((p) =>
      form({ ...cms, listPrice: p, listPriceFor: id }),
    );
    // The worker answers one message per tick while the page keeps typing.
    for (const values of states) {
      client.request(values);
      const next = queue.shift();
      if (next) {
        const reply = answer(next);
        if (reply) client.receive(reply);
      }
    }
    while (queue.length > 0) {
      const reply = answer(queue.shift()!);
      if (reply) client.receive(reply);
    }
    expect(shown.at(-1)).toEqual(quoteView(states.at(-1)!, examplePriceList));
    expect(shown.at(-1)?.priceText).toBe("12345");
    expect(shown.at(-1)?.result?.listPrice).toBe(12_345);
  });
});
