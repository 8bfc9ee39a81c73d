import { describe, expect, it } from "vitest";
import { catalogItemId } from "./item-ids";
import { examplePriceList } from "../catalog/example-price-list";
import { readProductName, type ProductReading } from "./read-product-name";
import { foldText } from "./read-product-name-text";

describe("readProductName: the issue's spellings and their variants", () => {
  it.each<[string, ProductReading | null]>([
    ["Битрикс24 Профессиональный 12 мес", { line: "cloud", plan: "professional", months: 12 }],
    ["битрикс24 профессиональный 12 мес.", { line: "cloud", plan: "professional", months: 12 }],
    [
      "БИТРИКС24 «ПРОФЕССИОНАЛЬНЫЙ», 12 МЕСЯЦЕВ",
      { line: "cloud", plan: "professional", months: 12 },
    ],
    ['Битрикс24 "Профессиональный" на год', { line: "cloud", plan: "professional", months: 12 }],
    ["Б24 Стандартный, 1 месяц", { line: "cloud", plan: "standard", months: 1 }],
    ["Б 24 Стандарт 1 мес", { line: "cloud", plan: "standard", months: 1 }],
    ["B24 Standard 12 months", { line: "cloud", plan: "standard", months: 12 }],
    ["Облако Базовый 12 мес", { line: "cloud", plan: "basic", months: 12 }],
    ["Битрикс24 «Базовый»", { line: "cloud", plan: "basic" }],
    [
      "Bitrix24 Enterprise 1000 пользователей",
      { line: "cloud", plan: "enterprise", users: 1000, months: undefined },
    ],
    [
      "Битрикс24 Энтерпрайз 10 000 пользователей, 12 месяцев",
      { line: "cloud", plan: "enterprise", users: 10000, months: 12 },
    ],
    [
      "Битрикс24 Энтерпрайз 250, 1 мес",
      { line: "cloud", plan: "enterprise", users: 250, months: 1 },
    ],
    ["1С-Битрикс: Управление сайтом — Малый бизнес", { line: "cms", edition: "small_business" }],
    ["1C-Битрикс: Управление сайтом - Старт", { line: "cms", edition: "start" }],
    ["БУС Бизнес", { line: "cms", edition: "business" }],
    ["бус «Стандарт», продление", { line: "cms", edition: "standard", operation: "renewal" }],
    ["БУС Энтерпрайз", { line: "cms", edition: "enterprise" }],
    ["Управление сайтом", { line: "cms" }],
    [
      "1С-Битрикс24. Корпоративный портал (50 польз.)",
      { line: "box", edition: "corporate_portal", users: 50 },
    ],
    [
      "1C-Битрикс24. Корпоративный портал 250 пользователей, продление",
      { line: "box", edition: "corporate_portal", users: 250, operation: "renewal" },
    ],
    ["Коробочный Битрикс24 Энтерпрайз 5000", { line: "box", edition: "enterprise", users: 5000 }],
    [
      "коробка Битрикс24 Интернет-магазин + CRM, новая лицензия",
      { line: "box", edition: "shop_crm", operation: "purchase" },
    ],
    ["SIP-коннектор", { line: "box", edition: "sip_connector" }],
    ["sip коннектор, продление", { line: "box", edition: "sip_connector", operation: "renewal" }],
    [
      "Переход с КП 50 на Энтерпрайз 1000",
      {
        line: "box",
        edition: "enterprise",
        users: 1000,
        operation: "upgrade",
        from: { edition: "corporate_portal", users: 50 },
      },
    ],
    [
      "Переход с редакции «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM»",
      { line: "cms", operation: "to_bitrix24", from: "business" },
    ],
    ["Подарочный сертификат", null],
    ["Битрикс24", null],
    ["Стандарт", null],
    ["", null],
    ["   ", null],
    ["Консультация по внедрению", null],
  ])("«%s»", (text, expected) => {
    const reading = readProductName(text);
    if (expected === null) expect(reading).toBeNull();
    else expect(reading).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

describe("readProductName: every title of the example price list reads as its item", () => {
  const items = examplePriceList.items.filter((item) => !item.id.startsWith("addon/"));
  it.each(items.map((item) => [item.title, item.id] as const))("«%s» → %s", (title, id) => {
    const reading = readProductName(title);
    expect(reading).not.toBeNull();
    // Operations the title does not state are purchases; a cloud title always states its term.
    const product = { operation: "purchase", ...reading } as Parameters<typeof catalogItemId>[0];
    expect(catalogItemId(product)).toBe(id);
  });
});

describe("foldText", () => {
  it.each([
    ["1C-Битрикс", "1с-битрикс"],
    ["«Ёлка»  \u00a0 “Тест”", "елка тест"],
    ["Интернет–магазин", "интернет-магазин"],
    ["Bitrix24", "bitrix24"],
    ["Тaриф", "тариф"],
  ])("«%s» → «%s»", (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });
});
