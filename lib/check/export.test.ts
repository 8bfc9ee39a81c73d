import { describe, expect, it } from "vitest";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { columnByPath } from "./columns";
import { exportHeader, exportRow } from "./export";
import type { CheckRow } from "./price-row";

const invalid: CheckRow = {
  index: 0,
  line: 2,
  status: "invalid",
  product: "",
  listPrice: null,
  discountPercent: null,
  promoPrice: null,
  total: null,
  clauses: [],
  reasons: [],
  errors: [{ column: "Продукт", message: "продукт «Сертификат» не распознан" }],
  request: null,
  shown: [],
};

describe("the result file", () => {
  it("the file's columns in place, the check's after them, no name twice", () => {
    const columns = [null, columnByPath("orderedAt")!, columnByPath("product.listPrice")!, null];
    const { header, kinds } = exportHeader(["№", "Дата", "Сумма", "Решение"], columns);
    expect(header.slice(0, 4)).toEqual(["№", "Дата", "Сумма", "Решение"]);
    expect(header.slice(4, 6)).toEqual(["Решение (проверка)", "Основание"]);
    expect(new Set(header).size).toBe(header.length);
    expect(kinds.slice(0, 4)).toEqual(["text", "date", "money", "text"]);
  });

  it("dates of a date column as dates, sums as numbers, the row's grounds in words", () => {
    const columns = [columnByPath("orderedAt")!, columnByPath("product.listPrice")!, null];
    const row = exportRow(
      ["15.08.2025 10:30", "1 200 000,00", "D-1"],
      columns,
      3,
      invalid,
      "https://example.kz",
      examplePriceList,
    );
    expect(row[0]).toEqual(new Date("2025-08-15T10:30:00Z"));
    expect(row[1]).toBe(1200000);
    expect(row[2]).toBe("D-1");
    expect(row.slice(3, 5)).toEqual([
      "Ошибка в данных",
      "«Продукт»: продукт «Сертификат» не распознан",
    ]);
    expect(row.at(-1)).toBe("");
  });
});
