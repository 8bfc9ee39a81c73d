import {
  formatAstanaDayMonth,
  formatAstanaLongDate,
  formatAstanaLongDateTime,
  formatDays,
  promoPeriodText,
  type PriceListKind,
  type Promotion,
} from "@/rules";
import { formatListDate } from "@/lib/prices/price-list-text";
import { SHARE_TEXTS_RU, type ShareTexts } from "@/lib/page/share-texts";
import type { RewardExample } from "./reward-examples";

/*
 * Every word of /promo, keyed by what it means: the page reads only this table, so another
 * language (/kk/promo) is another table of the same shape. Dates and counts come in as values;
 * each table says them in its own grammar.
 */

/** What a price list looks like to the public page: whose prices the examples are. */
export interface PublicPriceList {
  kind: PriceListKind;
  title: string;
  asOf: string;
}

export interface PromoTexts {
  eyebrow: string;
  pageTitle: (promotion: Promotion) => string;
  /** The link and print buttons under the state banner. */
  actions: ShareTexts;
  status: {
    beforeHeading: (promotion: Promotion) => string;
    beforeDays: (days: number) => string;
    duringHeading: string;
    duringDays: (days: number) => string;
    afterHeading: (promotion: Promotion) => string;
    afterText: (promotion: Promotion) => string;
  };
  period: {
    heading: string;
    running: (promotion: Promotion) => string;
    over: (promotion: Promotion) => string;
  };
  how: { heading: string; steps: (promotion: Promotion) => readonly string[] };
  rewards: {
    heading: string;
    region: string;
    caption: string;
    columns: {
      product: string;
      operation: string;
      discount: string;
      example: string;
      listPrice: string;
      promoPrice: string;
      clause: string;
    };
    condition: (text: string) => string;
    clauses: (list: readonly string[]) => string;
    bonus: (amount: string) => string;
    enterprise: (percent: number, enterprisePercent: number) => string;
    prices: (list: PublicPriceList) => string;
    /** What a reward's example buys, in this language (`RewardExample.title` is Russian). */
    example: (example: RewardExample) => string;
  };
  copilot: {
    heading: string;
    condition: (condition: string) => string;
    example: (title: string, after: string, before: string) => string;
  };
  participants: string;
  exclusions: string;
  clauseNote: (text: string, clause: string) => string;
  contact: {
    heading: string;
    before: (promotion: Promotion) => string;
    during: string;
    after: string;
    question: string;
    write: string;
    mailSubject: (promotion: Promotion) => string;
    rules: string;
    organizer: (promotion: Promotion) => string;
  };
  preview: {
    region: string;
    shows: (instant: number) => string;
    unreadable: (value: string) => string;
    dateLabel: string;
    show: string;
    exit: string;
  };
  /** The partner tools behind «Для партнёров»: a page without them has none (/kk/promo). */
  partner?: {
    linkToTools: string;
    heading: string;
    calculator: string;
    overview: string;
    prices: string;
    priceAdvice: string;
    previewHeading: string;
  };
}

/** The Russian page (the Rules' own language). */
export const PROMO_TEXTS_RU: PromoTexts = {
  eyebrow: "Акция 1С-Битрикс Казахстан",
  pageTitle: (p) => `Акция «${p.title}» — 1С-Битрикс Казахстан`,
  actions: SHARE_TEXTS_RU,
  status: {
    beforeHeading: (p) => `Акция начнётся ${formatAstanaDayMonth(p.start)}`,
    beforeDays: (days) => `До начала акции ${formatDays(days)}.`,
    duringHeading: "Акция идёт",
    duringDays: (days) =>
      `До конца акции ${formatDays(days)}${days === 1 ? " — сегодня последний день" : ""}.`,
    afterHeading: (p) => `Акция завершилась ${formatAstanaLongDate(p.endExclusive - 1)} года`,
    afterText: (p) =>
      `Скидки действовали на заказы, оформленные и оплаченные с ${formatAstanaDayMonth(p.start)} по ${formatAstanaLongDate(p.endExclusive - 1)} года.`,
  },
  period: {
    heading: "Срок акции",
    running: (p) =>
      `Акция действует ${promoPeriodText(p)} (п. 2.1, 2.2). Заказ нужно оформить и оплатить в этот срок (п. 5.2). Территория — ${p.territory} (п. 2.3).`,
    over: (p) =>
      `Акция проходила ${promoPeriodText(p)} (п. 2.1, 2.2). Территория — ${p.territory} (п. 2.3).`,
  },
  how: {
    heading: "Как принять участие",
    steps: (p) => [
      "Выберите лицензию, на которую действует скидка (таблица ниже), и убедитесь, что вы можете участвовать (п. 1.2.3, 5.1).",
      `Оформите заказ у партнёра 1С-Битрикс или на сайте в срок акции — с ${formatAstanaDayMonth(p.start)} по ${formatAstanaLongDate(p.endExclusive - 1)} года (п. 5.2).`,
      "Оплатите заказ в тот же срок: скидка — только на заказы, оплаченные в срок акции (п. 5.2).",
      "Не применяйте к заказу другие акции и скидки: акции не суммируются (п. 5.11).",
    ],
  },
  rewards: {
    heading: "Скидки",
    region: "Скидки по акции",
    caption: "Скидки по акции и примеры цен",
    columns: {
      product: "Продукт",
      operation: "Операция",
      discount: "Скидка",
      example: "Пример",
      listPrice: "Цена по прайс-листу",
      promoPrice: "Цена по акции",
      clause: "Пункт Правил",
    },
    condition: (text) => `Условие: ${text}.`,
    clauses: (list) => `п. ${list.join(", ")}`,
    bonus: (amount) => `Бонус ${amount}`,
    enterprise: (percent, enterprisePercent) => `${percent}%, «Энтерпрайз» — ${enterprisePercent}%`,
    prices: (list) =>
      list.kind === "example"
        ? "Цены — примеры, не из прайс-листа Организатора: точную цену назовёт партнёр 1С-Битрикс или Организатор."
        : `Цены в примерах — по прайс-листу «${list.title}» от ${formatListDate(list.asOf)}.`,
    example: (example) => example.title,
  },
  copilot: {
    heading: "Бонус на Буст Copilot",
    condition: (condition) =>
      `Условие: ${condition}; бонус даётся дополнительно к скидке на тариф и не больше цены Буста (п. 4.1.6).`,
    example: (title, after, before) => `Пример: ${title} — ${after} вместо ${before}.`,
  },
  participants: "Кто может участвовать",
  exclusions: "Что не входит в акцию",
  clauseNote: (text, clause) => `${text} (п. ${clause}).`,
  contact: {
    heading: "Вопросы по акции",
    before: (p) =>
      `Заказ по акции можно будет оформить с ${formatAstanaLongDate(p.start)} года у партнёра 1С-Битрикс или на сайте.`,
    during: "Чтобы купить лицензию со скидкой, оформите заказ у партнёра 1С-Битрикс или на сайте.",
    after: "Новые заказы по акции не принимаются.",
    question: "По всем вопросам, связанным с акцией, пишите Организатору (п. 3.3):",
    write: "Написать Организатору",
    mailSubject: (p) => `Вопрос по акции «${p.title}»`,
    rules: "Правила акции (PDF)",
    organizer: (p) =>
      `Организатор — ${p.organizer}. Спорные случаи окончательно толкует Организатор (п. 8.1).`,
  },
  preview: {
    region: "Предпросмотр",
    shows: (instant) =>
      `Предпросмотр: так страница выглядит ${formatAstanaLongDateTime(instant)} по времени Астаны.`,
    unreadable: (value) =>
      `Не удалось прочитать дату предпросмотра «${value}». Формат: 2025-07-20, 2025-07-20T10:30:00 (время Астаны) или 2025-07-20T10:30:00+05:00. Показана страница на сегодня.`,
    dateLabel: "Дата (время Астаны)",
    show: "Показать",
    exit: "Выйти из предпросмотра",
  },
  partner: {
    linkToTools: "Для партнёров",
    heading: "Для партнёров",
    calculator: "Калькулятор цены по акции",
    overview: "Что доступно клиенту",
    prices: "Прайс-лист калькулятора",
    priceAdvice: "Перед отправкой клиенту укажите цены по действующему прайс-листу Организатора.",
    previewHeading: "Предпросмотр на дату",
  },
};
