import { describe, expect, it } from "vitest";
import { quote } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { CMS_OPERATION_LABELS } from "@/lib/quote/quote-labels";
import { COLUMNS, mapHeader, rowToRequest } from "./columns";
import { templateRows } from "./template";

describe("mapHeader", () => {
  it("template titles and API paths → the same columns; unknown headers kept aside", () => {
    const mapping = mapHeader([
      "Дата заказа",
      "customer.kind",
      "КЛИЕНТ ИЗ КАЗАХСТАНА",
      "«Для чего покупка»",
      "product.line",
      "Цена по прайс-листу, ₸",
      "product.from.edition",
      "Менеджер",
    ]);
    expect(mapping.columns.map((c) => c?.path ?? null)).toEqual([
      "orderedAt",
      "customer.kind",
      "customer.resident",
      "customer.purpose",
      "product.line",
      "product.listPrice",
      "product.from",
      null,
    ]);
    expect(mapping.unknown).toEqual(["Менеджер"]);
    expect(mapping.missing).toEqual([]);
  });

  it("a 3-column file → the required columns it lacks, by title", () => {
    expect(mapHeader(["Имя", "Сумма", "Дата"]).missing).toEqual([
      "Дата заказа",
      "Кто покупает",
      "Клиент из Казахстана",
      "Для чего покупка",
      "Линейка",
    ]);
  });

  it("columns chosen by hand → override the titles, '' leaves a column unread", () => {
    const mapping = mapHeader(["Когда", "Линейка", "Тариф"], {
      Когда: "orderedAt",
      Тариф: "",
    });
    expect(mapping.columns.map((c) => c?.path ?? null)).toEqual([
      "orderedAt",
      "product.line",
      null,
    ]);
    expect(mapping.unknown).toEqual(["Тариф"]);
  });

  it("a column named twice → the second is not read", () => {
    expect(mapHeader(["Линейка", "product.line"]).columns.map((c) => c?.path ?? null)).toEqual([
      "product.line",
      null,
    ]);
  });
});

describe("rowToRequest", () => {
  const [header, ...examples] = templateRows();
  const mapping = mapHeader(header!);

  it("every template example → a valid request the engine prices", () => {
    for (const example of examples) {
      const built = rowToRequest(example, header!, mapping);
      expect(built.ok, JSON.stringify(built)).toBe(true);
      if (built.ok)
        expect(quote(built.request, { catalog: examplePriceList }).listPrice).toBeGreaterThan(0);
    }
  });

  it("the box upgrade example → from as { edition, users }, dates in API form", () => {
    const built = rowToRequest(examples[1]!, header!, mapping);
    expect(built).toMatchObject({
      ok: true,
      request: {
        orderedAt: "2025-08-20",
        paidAt: "2025-08-21",
        customer: { kind: "sole_proprietor", resident: true, purpose: "business" },
        product: {
          line: "box",
          operation: "upgrade",
          edition: "corporate_portal",
          users: 100,
          from: { edition: "shop_crm" },
          sourcePurchasedAt: "2025-03-01",
        },
      },
    });
  });

  it("the CMS upgrade example → from as an edition", () => {
    const built = rowToRequest(examples[2]!, header!, mapping);
    expect(built).toMatchObject({
      ok: true,
      request: { product: { from: "start", edition: "business" } },
    });
  });

  it("bad cells → every one named by its column, with a Russian message", () => {
    const row = [...examples[0]!];
    const at = (path: string) => COLUMNS.findIndex((c) => c.path === path);
    row[at("orderedAt")] = "32.08.2025";
    row[at("customer.kind")] = "компания";
    row[at("customer.resident")] = "может быть";
    const built = rowToRequest(row, header!, mapping);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.errors.map((e) => e.column)).toEqual([
        "Дата заказа",
        "Кто покупает",
        "Клиент из Казахстана",
      ]);
    }
  });

  it("schema issues → the column of their path (cloud without history → «Покупал платную лицензию»)", () => {
    const row = [...examples[0]!];
    const at = (path: string) => COLUMNS.findIndex((c) => c.path === path);
    row[at("product.months")] = "";
    row[at("history.paidBefore")] = "";
    row[at("history.currentPlan")] = "";
    const built = rowToRequest(row, header!, mapping);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.errors).toEqual([
        { column: "Срок, месяцев", message: "Обязательное поле" },
        {
          column: "Покупал платную лицензию",
          message: "Для облачного тарифа нужна история клиента",
        },
      ]);
    }
  });
});

describe("rowToRequest: a file without the history columns", () => {
  it("a cloud row → the message names the template's column to add, not «Строка»", () => {
    const names = ["Дата заказа", "Кто покупает", "Клиент из Казахстана", "Для чего покупка"];
    const header = [...names, "Линейка", "Тариф", "Срок, месяцев"];
    const row = ["15.08.2025", "ИП", "да", "business", "cloud", "standard", "12"];
    expect(rowToRequest(row, header, mapHeader(header))).toEqual({
      ok: false,
      errors: [
        {
          column: "Покупал платную лицензию",
          message: "Для облачного тарифа нужна история клиента",
        },
      ],
    });
  });
});

describe("column readers", () => {
  const read = (path: string, cell: string) => COLUMNS.find((c) => c.path === path)!.read(cell);
  it.each([
    ["customer.kind", "Юридическое лицо", "legal_entity"],
    ["customer.kind", "ТОО / юрлицо", "legal_entity"],
    ["customer.kind", "физлицо", "individual"],
    ["product.line", "Облачный «Битрикс24»", "cloud"],
    ["product.line", "Облако Битрикс24", "cloud"],
    ["product.line", "Коробка Битрикс24", "box"],
    ["product.line", "1С-Битрикс: Управление сайтом", "cms"],
    ["product.operation", "Переход на старшую редакцию", "upgrade"],
    ["product.operation", "Переход на старшую лицензию", "upgrade"],
    ["history.currentPlan", "Без портала", "none"],
    ["history.currentPlan", "Портала ещё нет", "none"],
  ])("%s: the form's label or an older name «%s» → %s", (path, cell, value) => {
    expect(read(path, cell)).toEqual({ ok: true, value });
  });

  it("an unknown line → the form's labels, a name with its own guillemets not wrapped again", () => {
    expect(read("product.line", "Облако")).toEqual({ ok: true, value: "cloud" });
    expect(read("product.line", "сайт")).toEqual({
      ok: false,
      message:
        "Неизвестное значение «сайт»: допустимо Облачный «Битрикс24», Коробочный «Битрикс24», «1С-Битрикс: Управление сайтом»",
    });
  });
});

describe("rowToRequest: the move to the Bitrix24 shop", () => {
  const header = ["Дата заказа", "Кто покупает", "Клиент из Казахстана", "Для чего покупка"];
  const cells = ["15.08.2025", "ИП", "да", "business", "cms", "10.02.2025"];
  const build = (extra: Record<string, string>) => {
    const names = [...header, "Линейка", "Когда куплена текущая лицензия", ...Object.keys(extra)];
    return rowToRequest([...cells, ...Object.values(extra)], names, mapHeader(names));
  };

  it("no current edition → «Бизнес», the only one that moves (as the form does)", () => {
    const built = build({ Операция: CMS_OPERATION_LABELS.to_bitrix24 });
    expect(built).toMatchObject({ ok: true, request: { product: { from: "business" } } });
  });

  it("another current edition named → kept, and the engine refuses it (п. 4.1.1)", () => {
    const built = build({ Операция: "to_bitrix24", "Текущая редакция": "Старт" });
    expect(built).toMatchObject({ ok: true, request: { product: { from: "start" } } });
    if (built.ok) {
      const codes = quote(built.request, { catalog: examplePriceList }).reasons.map((r) => r.code);
      expect(codes).toContain("transition_not_covered");
    }
  });
});
