import { editionAccusative, editionGenitive, HISTORY_WINDOW } from "./glossary";

/*
 * The Russian texts the engine writes besides the reasons (`texts.ts`): warnings (п. 8.1), what a
 * passed check found, the cloud client's group, the one-sentence summary. Keyed as the Kazakh
 * ones (`remarks-kk.ts`); the parameters are the facts each sentence uses.
 */

const ORGANIZER = "окончательное толкование за Организатором (п. 8.1)";

/** Readings that are the product's, not the Rules' words, keyed by warning code. */
export const WARNING_TEXTS = {
  free_to_paid_upgrade: (p: { currentPlan: "free" | "none"; clause: string }) =>
    `Клиент уже покупал платную лицензию и сейчас ${p.currentPlan === "free" ? "на тарифе «Бесплатный»" : "без облачного тарифа"}: переход на платный тариф калькулятор считает повышением по п. ${p.clause} — Правила не говорят об этом прямо, ${ORGANIZER}.`,
  current_users_assumed: () =>
    `Не указано число пользователей текущего тарифа «Энтерпрайз»: калькулятор принял 250; от этого зависит, повышение это или продление — ${ORGANIZER}.`,
  new_client_precedence: () =>
    `Клиент подходит под п. 5.6 и также покупал облачные лицензии в 2025 году (п. 5.7/5.8); калькулятор считает его новым клиентом по п. 5.6 — ${ORGANIZER}.`,
  paid_license_end_unknown: () =>
    `Не указано, когда закончилась платная лицензия «Битрикс24» (облачная или коробочная): если до 30.06.2025 и портал с тех пор на «Бесплатном», клиент считается новым (п. 5.6) — ${ORGANIZER}.`,
  mixed_terms_history: () =>
    `С 01.01.2025 клиент покупал лицензии и на 1, и на 12 месяцев: калькулятор применяет п. 5.7 (не «исключительно» помесячно, п. 5.8) — ${ORGANIZER}.`,
} as const;

/** Which of п. 5.6, 5.7, 5.8 a cloud client falls under, and why. */
export const CLOUD_STATUS_TEXTS = {
  ended_before_cutoff:
    "Платная лицензия закончилась до 30.06.2025, портал на тарифе «Бесплатный»: клиент считается новым (п. 5.6).",
  never_paid: "Клиент никогда не покупал платных лицензий «1С-Битрикс24»: новый клиент (п. 5.6).",
  monthly_only: `Клиент уже покупал платную лицензию и ${HISTORY_WINDOW} оплачивал облако только помесячно (п. 5.8).`,
  annual: `Клиент уже покупал платную лицензию и ${HISTORY_WINDOW} покупал лицензию на 12 месяцев (п. 5.7).`,
  no_monthly: `Клиент уже покупал платную лицензию и ${HISTORY_WINDOW} не оформлял лицензии на 1 месяц (п. 5.7).`,
} as const;

/** What a check found when it passed, keyed by check (and variant). */
export const PASSED_TEXTS = {
  period: "Заказ оформлен и оплачен в срок акции, с 28.07.2025 по 31.08.2025 (п. 2.1, 5.2).",
  resident: "Клиент из Казахстана (п. 1.2.3, 2.3).",
  adult: "Физическое лицо достигло 18 лет и полностью дееспособно (п. 1.2.3).",
  purpose: "Покупка для предпринимательской или иной экономической деятельности (п. 1.2.3, 5.1.2).",
  franchisee: "Лицензия не «1С-Битрикс: 1С: Франчайзи» (п. 5.13).",
  not_enterprise: (clause: string) => `Редакция не «Энтерпрайз» (п. ${clause}).`,
  box_upgrade: (p: { source: string; target: string }) =>
    `Переход с ${editionGenitive(p.source)} на ${editionAccusative(p.target)} (п. 4.1.2).`,
  cms_upgrade: (p: { source: string; target: string }) =>
    `Переход с ${editionGenitive(p.source)} на старшую ${editionAccusative(p.target)} (п. 4.1.1).`,
  transition_source:
    "Переход с редакции «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM» (п. 4.1.1, 4.1.2).",
  source_date: (p: { date: string; clause: string }) =>
    `Текущая лицензия куплена ${p.date}, до 24.07.2025 (п. ${p.clause}).`,
  term: (clause: string) => `Оплата на 12 месяцев (п. ${clause}).`,
  plan: (p: { name: string; clause: string }) => `Тариф ${p.name} входит в п. ${p.clause}.`,
  cloud_upgrade: (p: { source: string; target: string; clause: string }) =>
    `Повышение тарифа: ${p.source} → ${p.target} (п. ${p.clause}).`,
  cloud_renewal: (p: { target: string; clause: string }) =>
    `Продление текущего тарифа ${p.target} (п. ${p.clause}).`,
  other_promotion: "Других акций и скидок к заказу не применено (п. 5.11).",
} as const;

/** «Дата оформления 01.09.2025 10:00»: the dates outside the period, for `outside_period`. */
export function periodWhat(p: { order: string | null; paid: string | null }): string {
  const parts = [
    p.order === null ? null : `оформления ${p.order}`,
    p.paid === null ? null : `оплаты ${p.paid}`,
  ].filter((s) => s !== null);
  return parts.length === 2 ? `Даты ${parts.join(" и ")}` : `Дата ${parts[0]}`;
}

/** What declining another promotion would give (п. 5.11), for `other_promotion`. */
export function wouldGive(p: {
  percent: number;
  promo: string;
  list: string;
  bonus: string | null;
}): string {
  const main = `скидка по этой акции составит ${p.percent}% — ${p.promo} вместо ${p.list}`;
  return p.bonus === null ? main : `${main} и бонус ${p.bonus} на Буст Copilot (п. 4.1.6)`;
}

/** The one-sentence `summary` of a quote. */
export const SUMMARY_TEXTS = {
  notEligible: (why: readonly { short: string; clause: string }[]) =>
    `Скидка по акции не положена: ${why.map((w) => `${w.short} (п. ${w.clause})`).join("; ")}.`,
  discount: (p: { percent: number; clauses: readonly string[]; promo: string; list: string }) =>
    `Скидка ${p.percent}% по п. ${p.clauses.join(", ")}: ${p.promo} вместо ${p.list}`,
  // A tiny typed price rounds the discount to nothing: say so rather than «2 ₸ вместо 2 ₸».
  discountBelowOneTenge: (p: { percent: number; clauses: readonly string[]; list: string }) =>
    `Скидка ${p.percent}% по п. ${p.clauses.join(", ")} при цене ${p.list} — меньше 1 ₸: цена не меняется`,
  withBonus: (p: { main: string; bonus: string; total: string }) =>
    `${p.main}, бонус ${p.bonus} на Буст Copilot по п. 4.1.6, итого ${p.total}.`,
  plain: (main: string) => `${main}.`,
} as const;
