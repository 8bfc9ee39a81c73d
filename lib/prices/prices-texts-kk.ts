import type { CatalogItem } from "@/rules";
import { itemTitleKk } from "@/rules/catalog/item-title-kk";
import { LINE_NAMES_KK } from "@/rules/promotion/names-kk";
import { formatListDate } from "./price-list-text";
import type { PricesTexts } from "./prices-texts";

/*
 * Every visible word of the price list page (/kk/prices) and of its table for people
 * (`/prices/table.csv?lang=kk`) in Kazakh, keyed as the Russian table (`prices-texts.ts`): the Law
 * «On languages» (as amended in January 2022) asks for price lists in the state language. Trade
 * names stay as written; an item's title comes from its id (`itemTitleKk`), since a list's own
 * titles are Russian sentences. The API's CSV keeps its own headers (api-contract.md).
 */

/** The Kazakh title of a list item: from its id, else the list's own title (a custom item). */
export const priceItemTitleKk = (item: Pick<CatalogItem, "id" | "title">): string =>
  itemTitleKk(item.id) ?? item.title;

/** The Kazakh page and table. */
export const PRICES_TEXTS_KK: PricesTexts = {
  pageTitle: "Калькулятордың прайс-парағы — «Лето с выгодой» акциясы, 1С-Битрикс Казахстан",
  pageDescription:
    "Калькулятор акциялық бағаларды есептейтін бағалар: позициялар, күндер және дереккөздер.",
  // An example list's title is a Russian sentence about itself; a real list's is its name.
  heading: (list) =>
    list.kind === "example" ? "Прайс-парақ мысалы" : `«${list.title}» прайс-парағы`,
  facts: { kind: "Түрі", asOf: "Бағалар күні", vat: "ҚҚС", count: "Позиция саны" },
  kind: (kind, shipped) =>
    (kind === "example"
      ? "мысал — бағалар Ұйымдастырушының прайс-парағынан алынбаған"
      : "калькулятор операторы жүктеген прайс-парақ") +
    (shipped ? " (калькулятормен бірге жеткізіледі)" : ""),
  vat: (included) =>
    included === true
      ? "Бағалар ҚҚС-пен."
      : included === false
        ? "Бағалар ҚҚС-сыз."
        : "Бағаларға ҚҚС кіретіні-кірмейтіні прайс-парақта көрсетілмеген.",
  allLines: "Барлық өнім желілері",
  line: "Өнім желісі",
  search: "Атауы",
  searchHint: "Мысалы: Энтерпрайз, Бизнес, 100 пайдаланушы",
  show: "Іздеу",
  reset: "Барлығын көрсету",
  found: (shown, total) => `Көрсетілген позиция: ${shown}, барлығы ${total}.`,
  nothing: "Ештеңе табылмады: атауын тексеріңіз немесе барлық өнім желілерін таңдаңыз.",
  noneInLine: "Бұл прайс-парақта осы өнім желісінің позициялары жоқ.",
  download: "Кестені жүктеп алу (CSV)",
  downloadHint: "көрсетілген позициялар; Excel-де ашылады",
  downloadList: "Бүкіл прайс-парақ калькуляторға жүктеу пішімінде (CSV)",
  columns: {
    title: "Өнімнің атауы",
    price: "Прайс-парақ бойынша баға, ₸",
    asOf: "Баға күні",
    source: "Дереккөз",
    id: "Өнім коды",
  },
  example: "баға мысалы",
  sourceLink: (host) => `Дереккөз: ${host}`,
  tableCaption: (line) => `Бағалар: ${line}`,
  lines: LINE_NAMES_KK,
  itemTitle: priceItemTitleKk,
  listNote: (list) =>
    list.kind === "example"
      ? "Бағалар — мысал, Ұйымдастырушының прайс-парағынан алынбаған; бағаларды қолданыстағы прайс-парақ бойынша көрсетіңіз."
      : `Бағалар — «${list.title}» прайс-парағы бойынша, ${formatListDate(list.asOf)} ж.`,
  allPrices: "Толық прайс-парақ",
  // The list's own note is written in the list's language (Russian): the facts above say it.
  ownNote: () => null,
  fileName: (asOf) => `Прайс-парақ ${asOf}.csv`,
};
