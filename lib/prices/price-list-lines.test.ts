import { describe, expect, it } from "vitest";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { itemsByLine, priceLineOf, readPriceLine } from "./price-list-lines";

describe("/prices filter by line", () => {
  it.each([
    { id: "cloud/enterprise-250/12", line: "cloud" },
    { id: "addon/copilot-boost/12", line: "cloud" },
    { id: "box/shop_crm", line: "box" },
    { id: "box-upgrade/shop_crm>corporate_portal-50", line: "box" },
    { id: "cms-renewal/start", line: "cms" },
    { id: "cms-to-b24/business>shop_crm", line: "cms" },
  ])("$id → $line", ({ id, line }) => {
    expect(priceLineOf(id)).toBe(line);
  });

  it.each([
    { value: "box", expected: "box" },
    { value: ["cms", "box"], expected: "cms" },
    { value: "", expected: null },
    { value: "gold", expected: null },
    { value: undefined, expected: null },
  ])("?line=$value → $expected", ({ value, expected }) => {
    expect(readPriceLine(value)).toBe(expected);
  });

  it("every line → the groups hold every item once; one line → only its items", () => {
    const all = itemsByLine(examplePriceList.items, null);
    expect(all.map((g) => g.line)).toEqual(["cloud", "box", "cms"]);
    expect(all.flatMap((g) => g.items)).toHaveLength(examplePriceList.items.length);
    const box = itemsByLine(examplePriceList.items, "box");
    expect(box).toHaveLength(1);
    expect(box[0]?.items).toHaveLength(56);
  });
});
