import type { CustomerKind, PURPOSES } from "../vocabulary/vocabulary";

/*
 * One name per thing, for every page and text (with `names.ts` for plans and editions). Names in
 * guillemets do not decline in Russian, so a sentence declines the noun before them instead:
 * «до тарифа «Профессиональный»», «с редакции «Старт»».
 */

/** The product lines: `name` starts a label, `genitive` follows «лицензий», «продление». */
export const LINE_NAMES = {
  cloud: { name: "Облачный «Битрикс24»", genitive: "облачного «Битрикс24»" },
  box: { name: "Коробочный «Битрикс24»", genitive: "коробочного «Битрикс24»" },
  cms: {
    name: "«1С-Битрикс: Управление сайтом»",
    genitive: "«1С-Битрикс: Управление сайтом»",
  },
} as const;

/** Who buys, as the forms and the quote text name them. */
export const CUSTOMER_KIND_NAMES: Record<CustomerKind, string> = {
  legal_entity: "Юридическое лицо",
  sole_proprietor: "ИП",
  individual: "Физическое лицо",
};

/** What the purchase is for (п. 1.2.3, 5.1.2). */
export const PURPOSE_NAMES: Record<(typeof PURPOSES)[number], string> = {
  business: "Для бизнеса или некоммерческой деятельности",
  personal: "Для личных, семейных, домашних нужд",
};

/** The 2025 window before the promotion that п. 5.7 and 5.8 look at. */
export const HISTORY_WINDOW = "с 01.01.2025 по 27.07.2025";

/** «тарифа «Стандартный»» (after «с», «до», «ниже текущего»). */
export const planGenitive = (name: string) => `тарифа ${name}`;
/** «тариф «Стандартный»» (after «на»). */
export const planAccusative = (name: string) => `тариф ${name}`;
/** «редакции «Старт»» (after «с», «до», «текущей»). */
export const editionGenitive = (name: string) => `редакции ${name}`;
/** «редакцию «Стандарт»» (after «на»). */
export const editionAccusative = (name: string) => `редакцию ${name}`;
