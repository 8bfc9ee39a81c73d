import type { DocumentLanguage, Language } from "../text/language";

/*
 * The words of the offer's document (page, print and PDF): labels, the VAT lines, the signature
 * block, the page foot. One object per language; a bilingual document (`kk+ru`) joins the two
 * with `bilingualWords`: «Kazakh / Russian» labels, Kazakh first, as Kazakhstan's bilingual
 * invoices and acts print them.
 */

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

/** The Kazakh words (glossary: docs/kazakh-glossary.md): the same figures, the same marks. */
const KK: DocumentWords = {
  columns: ["№", "Позиция", "Саны", "Бірлік бағасы", "Акция бойынша бірлік бағасы", "Сомасы"],
  seller: "Сатушы",
  client: "Клиент",
  bin: "БСН/ЖСН",
  address: "Мекенжайы",
  iban: "ЖСК",
  bik: "БСК",
  bank: "Банк",
  kbe: "БеК",
  contact: "Байланыс",
  listTotal: "Прайс-парақ бойынша",
  discount: "Акция бойынша жеңілдік",
  due: "Төлеуге барлығы",
  totalWithoutVat: "ҚҚС-сыз барлығы",
  totalWithVat: "ҚҚС-пен барлығы",
  vatIncluded: (rate) => `оның ішінде ҚҚС ${percent(rate)}%`,
  vatOnTop: (rate) => `ҚҚС ${percent(rate)}%`,
  noVat: "ҚҚС-сыз",
  vatUnknown: "ҚҚС: нақтыланады",
  dueInWords: (amount, words) => `Төлеуге барлығы: ${amount} (${words})`,
  manager: "Менеджер",
  director: "Басшы",
  signatureBlank: "________________",
  stamp: "М.О.",
  exampleMark: "БАҒАЛАР — МЫСАЛ",
  exampleMarkNote:
    "Ұйымдастырушының прайс-парағынан емес: қолданыстағы прайс-парақпен салыстырыңыз",
  page: (page, pages) => `${pages} беттің ${page}-беті`,
  noPrice: "—",
};

const WORDS: Record<Language, DocumentWords> = { ru: RU, kk: KK };

/** «Сатушы / Продавец»: one label in both languages, once when they are the same («Банк»). */
const both = (kk: string, ru: string) => (kk === ru ? kk : `${kk} / ${ru}`);

/**
 * The words of a bilingual document: every label «Kazakh / Russian» (Kazakh first). The amount
 * due in words is two sentences, each with the amount in its own language's words: the texts of
 * the document (lib/proposal/proposal-texts) write them per language, not with these.
 */
export function bilingualWords(kk: DocumentWords, ru: DocumentWords): DocumentWords {
  const entries = Object.entries(kk).map(([key, value]) => {
    const other = ru[key as keyof DocumentWords];
    if (key === "dueInWords") return [key, value];
    if (Array.isArray(value))
      return [key, value.map((v, i) => both(v, (other as unknown as string[])[i]!))];
    if (typeof value === "function") {
      const [k, r] = [value, other] as ((...args: number[]) => string)[];
      return [key, (...args: number[]) => both(k!(...args), r!(...args))];
    }
    return [key, both(value as string, other as string)];
  });
  return Object.fromEntries(entries) as DocumentWords;
}

/** The document's words in a language (Russian by default); `kk+ru` gives the bilingual labels. */
export function documentWords(lang: DocumentLanguage = "ru"): DocumentWords {
  return lang === "kk+ru" ? bilingualWords(KK, RU) : WORDS[lang];
}
