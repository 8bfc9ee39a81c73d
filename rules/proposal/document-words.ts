/*
 * The words of the offer's document (page, print and PDF): labels, the VAT lines, the signature
 * block, the page foot. One object per language; the document's language picks one (only `ru`
 * today: the Kazakh texts join as a second object of the same shape).
 */

/** The languages the offer's document is written in. */
export type DocumentLanguage = "ru";

/** Every word of the offer's document that is not data. */
export interface DocumentWords {
  /** № | position | quantity | unit list | unit promo | line total. */
  columns: readonly [string, string, string, string, string, string];
  seller: string;
  client: string;
  bin: string;
  address: string;
  iban: string;
  bik: string;
  bank: string;
  kbe: string;
  contact: string;
  listTotal: string;
  discount: string;
  due: string;
  totalWithoutVat: string;
  totalWithVat: string;
  vatIncluded: (rate: number) => string;
  vatOnTop: (rate: number) => string;
  noVat: string;
  vatUnknown: string;
  /** «Всего к оплате: 615 000,00 ₸ (Шестьсот пятнадцать тысяч тенге 00 тиын)». */
  dueInWords: (amount: string, words: string) => string;
  manager: string;
  director: string;
  signatureBlank: string;
  stamp: string;
  /** The mark on every page when prices are examples, and what it means. */
  exampleMark: string;
  exampleMarkNote: string;
  /** «стр. 2 из 3». */
  page: (page: number, pages: number) => string;
  /** Not eligible: no promo price. */
  noPrice: string;
}

/** A percent the Russian way: 12 → «12», 12.5 → «12,5». */
const percent = (rate: number) => String(rate).replace(".", ",");

const RU: DocumentWords = {
  columns: ["№", "Позиция", "Кол-во", "Цена за ед.", "По акции за ед.", "Сумма"],
  seller: "Продавец",
  client: "Клиент",
  bin: "БИН/ИИН",
  address: "Адрес",
  iban: "ИИК",
  bik: "БИК",
  bank: "Банк",
  kbe: "КБе",
  contact: "Контакт",
  listTotal: "По прайс-листу",
  discount: "Скидка по акции",
  due: "Итого к оплате",
  totalWithoutVat: "Итого без НДС",
  totalWithVat: "Итого с НДС",
  vatIncluded: (rate) => `в т.ч. НДС ${percent(rate)}%`,
  vatOnTop: (rate) => `НДС ${percent(rate)}%`,
  noVat: "Без НДС",
  vatUnknown: "НДС: уточняется",
  dueInWords: (amount, words) => `Всего к оплате: ${amount} (${words})`,
  manager: "Менеджер",
  director: "Руководитель",
  signatureBlank: "________________",
  stamp: "М.П.",
  exampleMark: "ЦЕНЫ — ПРИМЕР",
  exampleMarkNote: "не из прайс-листа Организатора: сверьте с действующим прайс-листом",
  page: (page, pages) => `стр. ${page} из ${pages}`,
  noPrice: "—",
};

const WORDS: Record<DocumentLanguage, DocumentWords> = { ru: RU };

/** The document's words in a language (Russian by default). */
export function documentWords(lang: DocumentLanguage = "ru"): DocumentWords {
  return WORDS[lang];
}
