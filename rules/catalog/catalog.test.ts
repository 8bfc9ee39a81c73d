import { describe, expect, it } from "vitest";
import { loadCatalog, referenceCatalog } from "./catalog";
import data from "./kz-reference-2025.json";

const SOURCES = [
  "https://www.bitrix24.kz/prices/",
  "https://www.bitrix24.kz/prices/self-hosted.php",
  "https://www.1c-bitrix.kz/buy/products/b24.php#tab-section-3",
  "https://www.1c-bitrix.kz/buy/products/cms.php",
  "https://www.1c-bitrix.kz/buy/products/cms.php#tab-section-3",
  "https://www.1c-bitrix.kz/buy/products/cms.php#tab-section-4",
  "https://www.bitrix24.kz/extension_conditions/",
];

describe("reference catalog", () => {
  it("every item cites one of the price pages the Rules name", () => {
    for (const item of referenceCatalog.items) expect(SOURCES).toContain(item.source);
  });

  it("every price is whole tenge above zero", () => {
    for (const item of referenceCatalog.items) {
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
    { label: "CoPilot boost", prefix: "addon/", count: 1 },
  ])("$label → $count items", ({ prefix, count }) => {
    expect(referenceCatalog.items.filter((i) => i.id.startsWith(prefix))).toHaveLength(count);
  });

  it("a 12-month cloud term costs less than twelve 1-month terms", () => {
    for (const item of referenceCatalog.items.filter(
      (i) => i.id.endsWith("/12") && i.id.startsWith("cloud/"),
    )) {
      const monthly = referenceCatalog.byId.get(item.id.replace(/\/12$/, "/1"));
      expect(monthly, item.id).toBeDefined();
      expect(item.price).toBeLessThan(monthly!.price * 12);
    }
  });

  it("refuses malformed data", () => {
    expect(() =>
      loadCatalog({
        ...data,
        items: [{ id: "x", title: "x", price: -1, source: "https://a.kz/" }],
      }),
    ).toThrow();
    expect(() =>
      loadCatalog({
        ...data,
        items: [{ id: "x", title: "x", price: 1.5, source: "https://a.kz/" }],
      }),
    ).toThrow();
    expect(() => loadCatalog({ ...data, items: [data.items[0], data.items[0]] })).toThrow(
      /Duplicate/,
    );
  });
});
