import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { CatalogItem } from "@/rules";
import { priceTableCsv, readPriceTableColumns } from "./price-table-csv";
import { PRICES_TEXTS_RU } from "./prices-texts";
import { PRICES_TEXTS_KK } from "./prices-texts-kk";
import { pricesTexts } from "./prices-language";

const ITEMS = [
  {
    id: "cms/business",
    title: "Бизнес; «1С-Битрикс»",
    price: 389_900,
    source: "https://1c-bitrix.kz/",
  },
  {
    id: "cloud/standard-12",
    title: '=HYPERLINK("x")',
    price: 335_880,
    source: "https://bitrix24.kz/prices/",
    asOf: "2025-07-20",
  },
] as CatalogItem[];

const rows = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;

describe("priceTableCsv", () => {
  it("people → a BOM, Russian titles, no «#» lines, dates as on the page, CRLF", () => {
    const text = priceTableCsv(ITEMS, "2025-07-28", "people", PRICES_TEXTS_RU);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).not.toMatch(/^#/m);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(rows(text)).toEqual([
      ["Позиция", "Цена по прайс-листу, ₸", "Цена на дату", "Источник", "Код позиции"],
      ["Бизнес; «1С-Битрикс»", "389900", "28.07.2025", "https://1c-bitrix.kz/", "cms/business"],
      [
        '\'=HYPERLINK("x")',
        "335880",
        "20.07.2025",
        "https://bitrix24.kz/prices/",
        "cloud/standard-12",
      ],
    ]);
  });

  it("api → the API's field names and ISO dates", () => {
    const text = priceTableCsv(ITEMS, "2025-07-28", "api", PRICES_TEXTS_RU);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(rows(text)[0]).toEqual(["id", "title", "price", "source", "asOf"]);
    expect(rows(text)[1]).toEqual([
      "cms/business",
      "Бизнес; «1С-Битрикс»",
      "389900",
      "https://1c-bitrix.kz/",
      "2025-07-28",
    ]);
  });

  it("people in Kazakh → Kazakh column titles, Kazakh titles of known ids, the rest as written", () => {
    const text = priceTableCsv(ITEMS, "2025-07-28", "people", PRICES_TEXTS_KK);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(rows(text)).toEqual([
      ["Өнімнің атауы", "Прайс-парақ бойынша баға, ₸", "Баға күні", "Дереккөз", "Өнім коды"],
      [
        "«1С-Битрикс: Управление сайтом» «Бизнес» лицензиясы",
        "389900",
        "28.07.2025",
        "https://1c-bitrix.kz/",
        "cms/business",
      ],
      // An id outside the vocabulary keeps the list's own title (defused all the same).
      [
        '\'=HYPERLINK("x")',
        "335880",
        "20.07.2025",
        "https://bitrix24.kz/prices/",
        "cloud/standard-12",
      ],
    ]);
  });

  it("api in Kazakh → the same API names and the list's own titles", () => {
    expect(priceTableCsv(ITEMS, "2025-07-28", "api", PRICES_TEXTS_KK)).toBe(
      priceTableCsv(ITEMS, "2025-07-28", "api", PRICES_TEXTS_RU),
    );
  });

  it("no items → the header row only", () => {
    expect(rows(priceTableCsv([], "2025-07-28", "people", PRICES_TEXTS_RU))).toHaveLength(1);
  });
});

describe("readPriceTableColumns", () => {
  it.each([
    [null, "people"],
    ["", "people"],
    ["ru", "people"],
    ["api", "api"],
    [" API ", "api"],
  ] as const)("%j → %s", (value, expected) => {
    expect(readPriceTableColumns(value)).toBe(expected);
  });
});

describe("pricesTexts (?lang= of the table download)", () => {
  it.each([
    [null, PRICES_TEXTS_RU],
    ["", PRICES_TEXTS_RU],
    ["ru", PRICES_TEXTS_RU],
    ["kk", PRICES_TEXTS_KK],
    [" KK ", PRICES_TEXTS_KK],
    ["kz", PRICES_TEXTS_RU],
    ["en", PRICES_TEXTS_RU],
  ] as const)("%j → the right table", (value, expected) => {
    expect(pricesTexts(value)).toBe(expected);
  });
});
