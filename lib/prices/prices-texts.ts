import { countOf, type CatalogItem, type PriceListKind } from "@/rules";
import { LINE_LABELS } from "@/lib/quote/quote-labels";
import type { PriceLine } from "./price-list-lines";
import { priceListNote } from "./price-list-text";

/*
 * Every word of /prices and of its table download, keyed by what it means: a Kazakh page
 * (/kk/prices) is another table of the same shape.
 */
export interface PricesTexts {
  pageTitle: string;
  pageDescription: string;
  heading: (list: { title: string; kind: PriceListKind }) => string;
  facts: { kind: string; asOf: string; vat: string; count: string };
  kind: (kind: PriceListKind, shipped: boolean) => string;
  vat: (included: boolean | null) => string;
  allLines: string;
  line: string;
  search: string;
  searchHint: string;
  show: string;
  reset: string;
  found: (shown: number, total: number) => string;
  nothing: string;
  noneInLine: string;
  download: string;
  downloadHint: string;
  downloadList: string;
  columns: { title: string; price: string; asOf: string; source: string; id: string };
  example: string;
  sourceLink: (host: string) => string;
  tableCaption: (line: string) => string;
  /** The product lines' names (headings, the filter). */
  lines: Record<PriceLine, string>;
  /** An item as the page and the table name it; the search looks in this and the id. */
  itemTitle: (item: Pick<CatalogItem, "id" | "title">) => string;
  /** Whose the prices are, and the link to the whole list after it. */
  listNote: (list: { kind: PriceListKind; title: string; asOf: string }) => string;
  allPrices: string;
  /** The list's own note (written in the list's language), or null to leave it out. */
  ownNote: (note: string | undefined) => string | null;
  /** The table download's file name. */
  fileName: (asOf: string) => string;
}

/** The Russian page. */
export const PRICES_TEXTS_RU: PricesTexts = {
  pageTitle: "Прайс-лист калькулятора — акция «Лето с выгодой», 1С-Битрикс Казахстан",
  pageDescription:
    "Цены, по которым калькулятор считает акционные цены: позиции, даты и источники.",
  heading: (list) => `Прайс-лист: ${list.title}`,
  facts: { kind: "Вид", asOf: "Цены на", vat: "НДС", count: "Позиций" },
  kind: (kind, shipped) =>
    (kind === "example"
      ? "пример — цены не из прайс-листа Организатора"
      : "прайс-лист, загруженный оператором калькулятора") +
    (shipped ? " (поставляется с калькулятором)" : ""),
  vat: (included) =>
    included === true
      ? "Цены с НДС."
      : included === false
        ? "Цены без НДС."
        : "Включён ли НДС, в прайс-листе не указано.",
  allLines: "Все линейки",
  line: "Линейка",
  search: "Название",
  searchHint: "Например: Энтерпрайз, Бизнес, 100 пользователей",
  show: "Найти",
  reset: "Показать все",
  found: (shown, total) =>
    `Показано: ${countOf(shown, ["позиция", "позиции", "позиций"])} из ${total}.`,
  nothing: "Ничего не найдено: проверьте название или выберите все линейки.",
  noneInLine: "В этом прайс-листе нет позиций этой линейки.",
  download: "Скачать таблицу (CSV)",
  downloadHint: "показанные позиции; открывается в Excel",
  downloadList: "Весь прайс-лист в формате для загрузки (CSV)",
  columns: {
    title: "Позиция",
    price: "Цена по прайс-листу, ₸",
    asOf: "Цена на дату",
    source: "Источник",
    id: "Код позиции",
  },
  example: "пример цены",
  sourceLink: (host) => `Источник: ${host}`,
  tableCaption: (line) => `Цены: ${line}`,
  lines: LINE_LABELS,
  itemTitle: (item) => item.title,
  listNote: priceListNote,
  allPrices: "Весь прайс-лист",
  ownNote: (note) => note ?? null,
  fileName: (asOf) => `Прайс-лист ${asOf}.csv`,
};
