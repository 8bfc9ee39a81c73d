import { describe, expect, it } from "vitest";
import { PRICE_ITEM_IDS } from "../products/item-ids";
import { checkPriceList } from "./catalog";
import { examplePriceList } from "./example-price-list";
import data from "./example-price-list.json";

const SOURCES = [
  "https://www.bitrix24.kz/prices/",
  "https://www.bitrix24.kz/prices/self-hosted.php",
  "https://www.1c-bitrix.kz/buy/products/b24.php#tab-section-3",
  "https://www.1c-bitrix.kz/buy/products/cms.php",
  "https://www.1c-bitrix.kz/buy/products/cms.php#tab-section-3",
  "https://www.1c-bitrix.kz/buy/products/cms.php#tab-section-4",
  "https://www.bitrix24.kz/extension_conditions/",
];

describe("example price list", () => {
  it("says it is an example, in tenge", () => {
    expect(examplePriceList).toMatchObject({ kind: "example", currency: "KZT" });
  });

  it("prices every id of the vocabulary, and nothing else", () => {
    expect([...examplePriceList.byId.keys()].sort()).toEqual([...PRICE_ITEM_IDS].sort());
  });

  it("every item cites one of the price pages the Rules name", () => {
    for (const item of examplePriceList.items) expect(SOURCES).toContain(item.source);
  });

  it("every price is whole tenge above zero", () => {
    for (const item of examplePriceList.items) {
      expect(Number.isInteger(item.price), item.id).toBe(true);
      expect(item.price, item.id).toBeGreaterThan(0);
    }
  });

  it.each([
    { label: "cloud plans and Enterprise tiers for 1 and 12 months", prefix: "cloud/", count: 30 },
    { label: "box licenses incl. SIP", prefix: "box/", count: 10 },
    { label: "box renewals", prefix: "box-renewal/", count: 10 },
    { label: "box upgrades to every higher license", prefix: "box-upgrade/", count: 36 },
    { label: "CMS licenses", prefix: "cms/", count: 5 },
    { label: "CMS renewals", prefix: "cms-renewal/", count: 5 },
    { label: "CMS upgrades", prefix: "cms-upgrade/", count: 10 },
    { label: "CMS Бизнес → Интернет-магазин + CRM", prefix: "cms-to-b24/", count: 1 },
    { label: "Copilot boost", prefix: "addon/", count: 1 },
  ])("$label → $count items", ({ prefix, count }) => {
    expect(examplePriceList.items.filter((i) => i.id.startsWith(prefix))).toHaveLength(count);
  });

  it("a 12-month cloud term costs less than twelve 1-month terms", () => {
    for (const item of examplePriceList.items.filter(
      (i) => i.id.endsWith("/12") && i.id.startsWith("cloud/"),
    )) {
      const monthly = examplePriceList.byId.get(item.id.replace(/\/12$/, "/1"));
      expect(monthly, item.id).toBeDefined();
      expect(item.price).toBeLessThan(monthly!.price * 12);
    }
  });

  it("refuses malformed data, naming every problem's path", () => {
    const item = { id: "cms/start", title: "x", source: "https://a.kz/" };
    const checked = checkPriceList({
      ...data,
      items: [
        { ...item, price: -1 },
        { ...item, price: 1.5 },
      ],
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.path.join("."))).toEqual([
      "items.0.price",
      "items.1.price",
      "items.1.id",
    ]);
  });
});
