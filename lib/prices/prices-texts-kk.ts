import type { CatalogItem } from "@/rules";
import { itemTitleKk } from "@/rules/catalog/item-title-kk";
import { LINE_NAMES_KK } from "@/rules/promotion/names-kk";
import { formatListDate } from "./price-list-text";

/*
 * Every visible word of the price list page (/prices) and of its table for people in Kazakh: the
 * Law «On languages» (as amended in January 2022) asks for price lists in the state language.
 * Trade names stay as written; an item's title comes from its id (`itemTitleKk`), since a list's
 * own titles are Russian sentences.
 */

/** The page: metadata, facts of the list, the filter, the download and the item cards. */
export const PRICES_PAGE_KK = {
  metaTitle: "Калькулятордың прайс-парағы — «Лето с выгодой» акциясы, 1С-Битрикс Казахстан",
  metaDescription:
    "Калькулятор акциялық бағаларды есептейтін бағалар: позициялар, күндер және дереккөздер.",
  heading: (title: string) => `Прайс-парақ: ${title}`,
  kind: "Түрі",
  kindExample: "мысал — бағалар Ұйымдастырушының прайс-парағынан алынбаған",
  kindLoaded: "калькулятор операторы жүктеген прайс-парақ",
  shippedWithCalculator: " (калькулятормен бірге жеткізіледі)",
  pricesAsOf: "Бағалар күні",
  vat: "ҚҚС",
  vatText: {
    true: "Бағалар ҚҚС-пен.",
    false: "Бағалар ҚҚС-сыз.",
    null: "Бағаларға ҚҚС кіретіні-кірмейтіні прайс-парақта көрсетілмеген.",
  },
  count: "Прайс-парақтағы позиция саны",
  downloadCsv: "CSV жүктеп алу",
  downloadTable: "Кестені жүктеп алу (Excel үшін CSV)",
  line: "Өнім желісі",
  allLines: "Барлық өнім желілері",
  lineNames: LINE_NAMES_KK,
  show: "Көрсету",
  noItems: "Бұл прайс-парақта осы өнім желісінің позициялары жоқ.",
  examplePrice: "баға мысалы",
  asOf: (iso: string) => `${formatListDate(iso)} күнгі`,
  source: (host: string) => `Дереккөз: ${host}`,
} as const;

/** The Kazakh title of a list item: from its id, else the list's own title (a custom item). */
export const priceItemTitleKk = (item: Pick<CatalogItem, "id" | "title">): string =>
  itemTitleKk(item.id) ?? item.title;

/**
 * Column titles of the /prices table for people (CSV for Excel, `?lang=kk`), keyed as its
 * columns; the API's CSV keeps its own headers (`id;title;price;source;asOf`, api-contract.md).
 */
export const PRICE_TABLE_COLUMNS_KK = {
  id: "Өнім коды",
  title: "Өнімнің атауы",
  price: "Бағасы, ₸",
  asOf: "Баға күні",
  source: "Дереккөз",
  example: "Баға туралы ескертпе",
} as const;

/** The remark of an example price in the table for people. */
export const EXAMPLE_PRICE_REMARK_KK = "баға мысалы, Ұйымдастырушының прайс-парағынан алынбаған";
