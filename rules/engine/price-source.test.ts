import { describe, expect, it } from "vitest";
import type { Catalog } from "../catalog/catalog";
import { indexPriceList } from "../catalog/index-price-list";
import { examplePriceList } from "../catalog/example-price-list";
import { quoteRequestSchema } from "../request/quote-request";
import { quote } from "./quote";

const official: Catalog = indexPriceList({
  id: "kz-official",
  title: "Прайс-лист от 01.08.2025",
  kind: "official",
  currency: "KZT",
  asOf: "2025-08-01",
  vatIncluded: true,
  items: [
    {
      id: "cloud/standard/12",
      title: "Битрикс24 «Стандартный», 12 месяцев",
      price: 400_000,
      source: "https://www.bitrix24.kz/prices/",
    },
  ],
});

const request = (listPrice?: number) =>
  quoteRequestSchema.parse({
    orderedAt: "2025-08-15T10:30:00+05:00",
    customer: { kind: "legal_entity", resident: true, purpose: "business" },
    product: { line: "cloud", plan: "standard", months: 12, ...(listPrice ? { listPrice } : {}) },
    history: { paidBefore: false, currentPlan: "none" },
  });

describe("priceSource.kind: whose price a quote uses", () => {
  it.each([
    {
      label: "the example list",
      catalog: examplePriceList,
      listPrice: undefined,
      expected: { kind: "example", reference: true, overridden: false, list: 335_880 },
    },
    {
      label: "an official list",
      catalog: official,
      listPrice: undefined,
      expected: { kind: "official", reference: false, overridden: false, list: 400_000 },
    },
    {
      label: "a typed price over the example list",
      catalog: examplePriceList,
      listPrice: 500_000,
      expected: { kind: "manual", reference: false, overridden: true, list: 500_000 },
    },
    {
      label: "a typed price over an official list",
      catalog: official,
      listPrice: 500_000,
      expected: { kind: "manual", reference: false, overridden: true, list: 500_000 },
    },
  ])("$label → $expected.kind", ({ catalog, listPrice, expected }) => {
    const result = quote(request(listPrice), { catalog });
    expect(result.listPrice).toBe(expected.list);
    expect(result.priceSource).toMatchObject({
      kind: expected.kind,
      reference: expected.reference,
      overridden: expected.overridden,
      catalogId: catalog.id,
      itemId: "cloud/standard/12",
    });
  });

  it("an item missing from the loaded list → price 0, the note asks for one", () => {
    const result = quote(
      quoteRequestSchema.parse({
        ...request(),
        product: { line: "cms", operation: "purchase", edition: "start" },
      }),
      { catalog: official },
    );
    expect(result.listPrice).toBe(0);
    expect(result.priceSource).toMatchObject({ kind: "official", itemId: null });
    expect(result.notes.map((n) => n.code)).toContain("no_catalog_price");
  });
});
