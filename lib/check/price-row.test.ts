import { describe, expect, it } from "vitest";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { suggestColumns } from "./headers";
import { readPlan } from "./readers";
import { priceRow } from "./price-row";

const HEADER = [
  "Дата заказа",
  "Кто покупает",
  "Клиент из Казахстана",
  "Для чего покупка",
  "Линейка",
  "Операция",
  "Редакция",
  "Текущая редакция",
  "Когда куплена текущая лицензия",
];
const row = (edition: string, from: string) => [
  "15.08.2025",
  "Юридическое лицо",
  "да",
  "business",
  "cms",
  "upgrade",
  edition,
  from,
  "10.02.2025",
];

describe("priceRow", () => {
  const price = (cells: string[]) =>
    priceRow(
      cells,
      0,
      HEADER,
      readPlan(
        { columns: suggestColumns(HEADER).map((s) => s.path), values: {} },
        examplePriceList,
      ),
      examplePriceList,
    );

  it("an upgrade → the list's prices", () => {
    const r = price(row("Бизнес", "Старт"));
    expect(r.status).toBe("eligible");
    expect(r.listPrice).toBeGreaterThan(0);
    expect(r.total).toBeLessThan(r.listPrice!);
  });

  it("a move down (no price exists) → not eligible, no figures rather than 0 ₸", () => {
    const r = price(row("Старт", "Бизнес"));
    expect(r.status).toBe("not_eligible");
    expect(r.reasons.map((reason) => reason.code)).toEqual(["not_an_upgrade"]);
    expect([r.listPrice, r.promoPrice, r.total]).toEqual([null, null, null]);
  });
});
