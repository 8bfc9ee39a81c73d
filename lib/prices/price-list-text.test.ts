import { describe, expect, it } from "vitest";
import type { PriceSource } from "@/rules";
import { EXAMPLE_PRICE_TEXT, priceListNote, priceSourceText } from "./price-list-text";

const source = (patch: Partial<PriceSource>): PriceSource => ({
  catalog: "https://www.bitrix24.kz/prices/",
  asOf: "2025-08-01",
  overridden: false,
  catalogId: "x",
  itemId: "cloud/standard/12",
  title: "Битрикс24 «Стандартный», 12 месяцев",
  reference: false,
  kind: "official",
  ...patch,
});

describe("what the product says about a price", () => {
  it.each([
    {
      label: "example",
      patch: { kind: "example", reference: true } as const,
      expected:
        "пример цены — не из прайс-листа Организатора; укажите цену по действующему прайс-листу",
    },
    {
      label: "official",
      patch: { kind: "official" } as const,
      expected: "цена по прайс-листу от 01.08.2025, https://www.bitrix24.kz/prices/",
    },
    {
      label: "manual",
      patch: { kind: "manual", overridden: true } as const,
      expected: "цена указана вручную",
    },
  ])("$label → «$expected»", ({ patch, expected }) => {
    expect(priceSourceText(source(patch))).toBe(expected);
  });

  it("an example never reads as a price-list price", () => {
    for (const text of [
      EXAMPLE_PRICE_TEXT,
      priceListNote({ kind: "example", title: "x", asOf: "2025-07-28" }),
    ]) {
      expect(text).toMatch(/пример/i);
      expect(text).toMatch(/не из прайс-листа Организатора/);
      expect(text).not.toMatch(/справочн/);
    }
  });

  it("an official list → its title and date", () => {
    expect(
      priceListNote({ kind: "official", title: "Прайс-лист от 01.08.2025", asOf: "2025-08-01" }),
    ).toBe("Цены — по прайс-листу «Прайс-лист от 01.08.2025» от 01.08.2025.");
  });
});
