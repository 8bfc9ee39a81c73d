import { countOf, type PriceListKind } from "@/rules";

/*
 * Every word of /prices and of its table download, keyed by what it means: a Kazakh page
 * (/kk/prices) is another table of the same shape.
 */
export interface PricesTexts {
  pageTitle: string;
  pageDescription: string;
  heading: (title: string) => string;
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
}

/** The Russian page. */
export const PRICES_TEXTS_RU: PricesTexts = {
  pageTitle: "Прайс-лист калькулятора — акция «Лето с выгодой», 1С-Битрикс Казахстан",
  pageDescription:
    "Цены, по которым калькулятор считает акционные цены: позиции, даты и источники.",
  heading: (title) => `Прайс-лист: ${title}`,
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
};
