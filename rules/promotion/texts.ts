import { editionGenitive, LINE_NAMES, planGenitive } from "./glossary";
import type { ReasonCode } from "./types";

/** What a check looked at, in Russian, for «Почему такая цена?». */
export const CHECK_TITLES = {
  period: "Срок акции",
  resident: "Участник из Казахстана",
  adult: "Возраст и дееспособность",
  purpose: "Цель покупки",
  franchisee: "Лицензия «1С: Франчайзи»",
  other_promotion: "Другие акции и скидки",
  renewal: "Продление",
  enterprise: "Редакция «Энтерпрайз»",
  sip_connector: "SIP-коннектор",
  upgrade_order: "Переход на старшую редакцию",
  source_date: "Дата покупки текущей лицензии",
  transition_source: "Исходная лицензия перехода",
  cloud_history: "История облачных лицензий",
  cloud_upgrade: "Повышение или продление тарифа",
  term: "Срок лицензии",
  plan: "Тариф",
} as const;
export type CheckId = keyof typeof CHECK_TITLES;

/**
 * Russian texts of every failed condition, keyed by reason code: the one place the API and the
 * pages read them from. Each cites its clause.
 */
export const REASON_TEXTS = {
  outside_period: (p: { what: string }) =>
    `${p.what} — вне срока акции: заказ нужно оформить и оплатить с 28.07.2025 по 31.08.2025 включительно, время Астаны (п. 2.1, 5.2).`,
  not_resident: () =>
    "Акция только для казахстанских юридических лиц, ИП и физических лиц; территория акции — Республика Казахстан (п. 1.2.3, 2.3).",
  not_adult: () =>
    "Физическое лицо должно быть полностью дееспособным и достигшим 18 лет (п. 1.2.3).",
  personal_use: () =>
    "Покупка для личных, семейных или домашних нужд: акция — только для предпринимательской, иной экономической или некоммерческой деятельности (п. 1.2.3, 5.1.2).",
  franchisee: () =>
    "Акция не распространяется на лицензии «1С-Битрикс: 1С: Франчайзи» всех редакций (п. 5.13).",
  other_promotion: (p: { wouldGive: string | null }) =>
    "К заказу уже применена другая акция или скидка: акции не суммируются, участвовать можно только в одной (п. 5.11)." +
    (p.wouldGive ? ` Если отказаться от другой акции, ${p.wouldGive}.` : ""),
  renewal_excluded: (
    p: { line: "cms" | "box"; clause: string } | { line: "cloud"; plan: string },
  ) =>
    p.line === "cloud"
      ? `Клиенту по п. 5.7 скидка положена только при повышении тарифа (п. 4.1.4): продление текущего ${planGenitive(p.plan)} её не даёт.`
      : `Продление действующих лицензий ${LINE_NAMES[p.line].genitive} не входит в акцию (п. ${p.clause}).`,
  enterprise_excluded: (p: { line: "cms" | "box"; clause: string; transition: boolean }) =>
    `${p.transition ? "Переход на «Энтерпрайз»" : "Покупка «Энтерпрайз»"} ${LINE_NAMES[p.line].genitive} не входит в акцию (п. ${p.clause}).`,
  sip_connector_excluded: () => "SIP-коннектор не входит в акцию (п. 5.5).",
  source_too_recent: (p: { date: string; clause: string }) =>
    `Скидка на переход — только для лицензий, приобретённых до 24.07.2025, а текущая куплена ${p.date} (п. ${p.clause}).`,
  not_an_upgrade: (p: {
    target: string;
    source: string;
    clause: string;
    cloud?: "renewal" | "upgrade";
  }) =>
    p.cloud
      ? `Тариф ${p.target} ${p.cloud === "renewal" ? "ниже" : "не выше"} текущего ${planGenitive(p.source)}: скидка — только на ${p.cloud === "renewal" ? "продление текущего или более высокий тариф" : "тариф выше текущего"} (п. ${p.clause}).`
      : `Редакция ${p.target} не выше текущей ${editionGenitive(p.source)}: скидка — только на переход на более старшую редакцию (п. ${p.clause}).`,
  transition_not_covered: (p: { from: string }) =>
    `Скидка на переход на «1С-Битрикс24. Интернет-магазин + CRM» — только с редакции «Бизнес», а у клиента редакция ${p.from} (п. 4.1.1).`,
  term_not_12_months: (p: { months: number; clause: string }) =>
    `Скидка — только при оплате тарифа на 12 месяцев, выбран срок ${p.months} мес. (п. ${p.clause}).`,
  plan_not_covered: (p: { clause: string; status: string }) =>
    `Тариф «Базовый» не входит в скидку для клиента по п. ${p.status}: только «Стандартный», «Профессиональный» и «Энтерпрайз» (п. ${p.clause}).`,
} satisfies Record<ReasonCode, (p: never) => string>;

/** Short forms of the reasons for a one-sentence summary, keyed by reason code. */
export const REASON_SHORT: Record<ReasonCode, string> = {
  outside_period: "заказ вне срока акции",
  not_resident: "клиент не из Казахстана",
  not_adult: "физическое лицо младше 18 лет или не полностью дееспособно",
  personal_use: "покупка для личных нужд",
  franchisee: "лицензия «1С-Битрикс: 1С: Франчайзи»",
  other_promotion: "к заказу применена другая акция",
  renewal_excluded: "продление без повышения не входит в акцию",
  enterprise_excluded: "«Энтерпрайз» не входит в акцию",
  sip_connector_excluded: "SIP-коннектор не входит в акцию",
  source_too_recent: "текущая лицензия куплена не раньше 24.07.2025",
  not_an_upgrade: "это не переход на более высокую редакцию или тариф",
  transition_not_covered: "переход на «Интернет-магазин + CRM» — только с редакции «Бизнес»",
  term_not_12_months: "срок не 12 месяцев",
  plan_not_covered: "тариф «Базовый» не входит в скидку",
};

/** Notes (п. 5.12 and others) and the auto-renewal reminder. */
export const NOTE_TEXTS = {
  auto_renewal:
    "При подключении автоматического продления следующий срок оплачивается не по акционной цене (п. 5.12).",
  copilot_not_granted: (bonus: string) =>
    `Бонус ${bonus} на Буст Copilot даётся только вместе со скидкой по акции на «Энтерпрайз» на 12 месяцев (п. 4.1.6); в этом расчёте такой скидки нет, поэтому Буст не учтён.`,
  no_catalog_price:
    "Для этой операции в прайс-листе нет цены (цены — по страницам, названным в п. 4.1 Правил): укажите цену вручную.",
} as const;
