import { describe, expect, it } from "vitest";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { parseDateCell, sheetDate, type Cell } from "./cells";
import { columnValues, missingColumns } from "./file-values";
import { suggestColumns } from "./headers";
import { headersKey, loadMapping, saveMapping, type Mapping } from "./mapping";
import { readPlan } from "./readers";
import { rowToRequest } from "./row-request";

const CRM = [
  "№ сделки",
  "Дата создания",
  "Тип клиента",
  "Резидент РК",
  "Цель",
  "Продукт",
  "Цена, тг",
  "Тип сделки",
  "Текущий тариф",
];
const suggested = (header: readonly string[]): Mapping => ({
  columns: suggestColumns(header).map((s) => s.path),
  values: {},
});
const read = (cells: Cell[], mapping = suggested(CRM)) =>
  rowToRequest(cells, CRM, readPlan(mapping, examplePriceList));

describe("suggestColumns", () => {
  it.each([
    ["Тип клиента", "customer.kind"],
    ["Вид лица", "customer.kind"],
    ["Организационно-правовая форма", "customer.kind"],
    ["ТИП  КЛИЕНТА", "customer.kind"],
    ["Сумма", "product.listPrice"],
    ["Цена, тг", "product.listPrice"],
    ["Цена по прайс-листу, ₸", "product.listPrice"],
    ["Дата заказа*", "orderedAt"],
    ["Дaта зaкaза", "orderedAt"], // Latin «a» typed for Cyrillic
    ["Дата заказ", "orderedAt"],
    ["Тариф / редакция", "product.name"],
    ["Продукт", "product.name"],
    ["product.from.edition", "product.from"],
    ["Текущий тариф", "history.currentPlan"],
    ["Менеджер", ""],
    ["Клиент", ""],
  ])("«%s» → %s", (header, path) => {
    expect(suggestColumns([header])[0]!.path).toBe(path);
  });

  it("a column goes to one header only, the surest", () => {
    expect(suggestColumns(["Сумма", "Цена по прайс-листу"]).map((s) => s.path)).toEqual([
      "",
      "product.listPrice",
    ]);
  });
});

describe("rowToRequest on a CRM export", () => {
  const base: Cell[] = ["D-1", "15.08.2025 10:30", "Юр. лицо", "да", "Бизнес"];

  it("a product in one cell, the CRM's values, the form's defaults for what is empty", () => {
    expect(read([...base, "Битрикс24 Профессиональный 12 мес", "", "Новая лицензия", ""])).toEqual({
      ok: true,
      request: {
        orderedAt: "2025-08-15T10:30:00",
        customer: { kind: "legal_entity", resident: true, purpose: "business" },
        product: { line: "cloud", plan: "professional", months: 12 },
        history: { paidBefore: false, currentPlan: "none" },
      },
    });
  });

  it("the operation column over the product cell; a sum with zero tiyn", () => {
    const r = read([
      ...base,
      "1С-Битрикс24. Корпоративный портал (50 польз.)",
      "1 200 000,00 ₸",
      "продление",
      "",
    ]);
    expect(r.ok && r.request.product).toEqual({
      line: "box",
      edition: "corporate_portal",
      users: 50,
      operation: "renewal",
      listPrice: 1200000,
    });
  });

  it.each([
    [
      [...base, "Подарочный сертификат", "", "", ""],
      "Продукт",
      "продукт «Подарочный сертификат» не распознан: выберите его в списке значений файла над таблицей или заполните столбцы «Линейка» и «Тариф» или «Редакция»",
    ],
    [
      ["D-1", "15.08.2025 10:30", "Госорган", "да", "Бизнес", "Б24 Стандартный 12 мес", "", "", ""],
      "Тип клиента",
      "значение «Госорган» не распознано: выберите, что оно значит, в списке значений файла над таблицей",
    ],
    [
      [...base, "Б24 Стандартный 12 мес", "1 200 000,50", "", ""],
      "Цена, тг",
      "в сумме «1 200 000,50» есть тиыны: укажите целую сумму в тенге, например 1\u00a0200\u00a0000",
    ],
    [
      ["D-1", "32.08.2025", "ТОО", "да", "Бизнес", "Б24 Стандартный 12 мес", "", "", ""],
      "Дата создания",
      "дата «32.08.2025» не распознана: напишите её как 15.08.2025, 15.08.2025 10:30 или 2025-08-15",
    ],
    [
      ["D-1", "15.08.2025", "ТОО", "да", "Бизнес", "", "", "", ""],
      "Продукт",
      "ячейка пустая: укажите линейку: облако, коробку или «Управление сайтом»",
    ],
    [
      [...base, "Коробочный Битрикс24 Корпоративный портал 1000 пользователей", "", "", ""],
      "Продукт",
      "«Коробочный Битрикс24 Корпоративный портал 1000 пользователей»: у этой редакции другое число пользователей: укажите 50, 100, 250 или 500",
    ],
  ])(
    "a bad row → the column as the file names it, the value as written, what to do",
    (cells, column, message) => {
      const r = read(cells as Cell[]);
      expect(r).toEqual({ ok: false, errors: [{ column, message }] });
      // Never an API value list or a field path.
      expect(message).not.toMatch(/legal_entity|cloud, box|product\.|line —/);
    },
  );

  it("a value chosen on the page applies to every row that has it", () => {
    const mapping = suggested(CRM);
    mapping.values["customer.kind"] = { госорган: "legal_entity" };
    const r = read(
      ["D-1", "15.08.2025", "ГОСОРГАН", "да", "Бизнес", "Б24 Стандартный 12 мес", "", "", ""],
      mapping,
    );
    expect(r.ok && r.request.customer.kind).toBe("legal_entity");
  });

  it("a product chosen from the price list for a name the reader cannot tell", () => {
    const mapping = suggested(CRM);
    mapping.values["product.name"] = { подарочныйсертификат: "cloud/basic/12" };
    const r = read([...base, "Подарочный сертификат", "", "", ""], mapping);
    expect(r.ok && r.request.product).toEqual({ line: "cloud", plan: "basic", months: 12 });
  });
});

describe("dates from spreadsheets", () => {
  it("an Excel serial or a Date that falls short of the minute reads as the wall time shown", () => {
    // 02.09.2025 10:00 as Excel stores it, and as a reader turns it into a Date (1 ms short).
    expect(parseDateCell(45902 + 10 / 24)).toEqual({ ok: true, value: "2025-09-02T10:00:00" });
    expect(parseDateCell(new Date(Date.UTC(2025, 8, 2, 10) - 1))).toEqual({
      ok: true,
      value: "2025-09-02T10:00:00",
    });
    expect(parseDateCell(new Date(Date.UTC(2025, 7, 22)))).toEqual({
      ok: true,
      value: "2025-08-22",
    });
    expect(sheetDate(45901).toISOString()).toBe("2025-09-01T00:00:00.000Z");
  });

  it.each([
    ["15.08.2025", "2025-08-15"],
    ["15.08.2025 10:30", "2025-08-15T10:30:00"],
    ["2025-08-15", "2025-08-15"],
    ["5.8.2025", "2025-08-05"],
  ])("«%s» → %s", (text, value) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value });
  });
});

describe("value matching and the saved mapping", () => {
  it("distinct values with their meanings, the unknown first with their row counts", () => {
    const mapping = suggested(CRM);
    const distinct: [string, number][][] = CRM.map(() => []);
    distinct[2] = [
      ["Юр. лицо", 5],
      ["юрлицо", 2],
      ["ИП", 3],
      ["Госорган", 1],
    ];
    const [kind] = columnValues(CRM, distinct, [], mapping, examplePriceList);
    expect(kind!.values.map((v) => [v.text, v.count, v.meaning])).toEqual([
      ["Госорган", 1, undefined],
      ["Юр. лицо", 7, "legal_entity"],
      ["ИП", 3, "sole_proprietor"],
    ]);
    expect(kind!.unknownRows).toBe(1);
  });

  it("a product cell stands for the line", () => {
    expect(missingColumns(suggested(CRM))).toEqual([]);
    expect(missingColumns(suggested(["Дата", "Сумма"]))).toEqual([
      "Кто покупает",
      "Клиент из Казахстана",
      "Для чего покупка",
      "Линейка",
    ]);
  });

  it("saved by header name, loaded onto the same headers in another order", () => {
    const mapping = suggested(CRM);
    mapping.columns[0] = "";
    mapping.values["customer.kind"] = { госорган: "legal_entity" };
    const text = JSON.stringify(saveMapping(CRM, mapping));
    const reversed = [...CRM].reverse();
    const loaded = loadMapping(text, reversed, suggested(reversed));
    expect(loaded?.columns).toEqual([...mapping.columns].reverse());
    expect(loaded?.values).toEqual(mapping.values);
    expect(headersKey(reversed)).toBe(headersKey(CRM));
    expect(loadMapping("{}", CRM, mapping)).toBeNull();
    expect(loadMapping("not json", CRM, mapping)).toBeNull();
  });
});
