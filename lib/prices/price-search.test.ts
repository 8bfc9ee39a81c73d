import { describe, expect, it } from "vitest";
import type { CatalogItem } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { matchesQuery, readPriceQuery, searchPriceItems } from "./price-search";
import { priceItemTitleKk } from "./prices-texts-kk";

const item = (title: string, id = "cloud/x"): CatalogItem =>
  ({ id, title, price: 1, source: "https://example.kz" }) as CatalogItem;

describe("matchesQuery", () => {
  it.each([
    ["", "Битрикс24 «Энтерпрайз» 250", true],
    ["энтерпрайз", "Битрикс24 «Энтерпрайз» 250", true],
    ["ЭНТЕРПРАЙЗ 250", "Битрикс24 «Энтерпрайз» 250", true],
    ["250 энтерпрайз", "Битрикс24 «Энтерпрайз» 250", true],
    ["«Энтерпрайз»", "Битрикс24 «Энтерпрайз» 250", true],
    ["ё", "Битрикс24 «Учёт»", true],
    ["учет", "Битрикс24 «Учёт»", true],
    ["бизнес", "Битрикс24 «Энтерпрайз» 250", false],
    ["энтерпрайз 500", "Битрикс24 «Энтерпрайз» 250", false],
  ])("%j in %j → %s", (query, title, expected) => {
    expect(matchesQuery(item(title), query)).toBe(expected);
  });

  it("searches the title as the page shows it (the Kazakh page's), and the id", () => {
    const shown = () => "Битрикс24 «Энтерпрайз» (250 пайдаланушы), 12 ай";
    const enterprise = item("Битрикс24 «Энтерпрайз», 250 пользователей", "cloud/enterprise-250/12");
    expect(matchesQuery(enterprise, "250 пайдаланушы", shown)).toBe(true);
    expect(matchesQuery(enterprise, "пользователей", shown)).toBe(false);
    expect(matchesQuery(enterprise, "enterprise-250", shown)).toBe(true);
  });

  it("finds by the item's id too", () => {
    expect(matchesQuery(item("Буст", "addon/copilot-12"), "copilot")).toBe(true);
  });
});

describe("readPriceQuery", () => {
  it.each([
    [undefined, ""],
    ["  Бизнес ", "Бизнес"],
    [["первый", "второй"], "первый"],
    ["я".repeat(150), "я".repeat(100)],
  ])("%j → %j", (value, expected) => {
    expect(readPriceQuery(value)).toBe(expected);
  });
});

describe("searchPriceItems", () => {
  const items = examplePriceList.items;

  it("no search, no line → every item, grouped by line", () => {
    const groups = searchPriceItems(items, null, "");
    expect(groups.flatMap((g) => g.items)).toHaveLength(items.length);
  });

  it("a search and a line → only that line's matching items", () => {
    const groups = searchPriceItems(items, "cloud", "Энтерпрайз");
    expect(groups.map((g) => g.line)).toEqual(["cloud"]);
    expect(groups[0]!.items.length).toBeGreaterThan(0);
    for (const found of groups[0]!.items) expect(found.title).toMatch(/Энтерпрайз/);
  });

  it("in Kazakh → the items whose Kazakh title matches", () => {
    const groups = searchPriceItems(items, null, "пайдаланушы", priceItemTitleKk);
    const found = groups.flatMap((g) => g.items);
    expect(found.length).toBeGreaterThan(0);
    for (const one of found) expect(priceItemTitleKk(one)).toMatch(/пайдаланушы/);
    expect(searchPriceItems(items, null, "пайдаланушы")).toEqual([]);
  });

  it("nothing matching → no groups", () => {
    expect(searchPriceItems(items, null, "нет такого")).toEqual([]);
  });
});
