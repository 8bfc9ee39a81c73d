import { HISTORY_WINDOW, upperFirst } from "@/rules";

/*
 * The client questions as both forms ask them (the calculator and «Что доступно клиенту»): one
 * wording per question, so a partner recognises the same answer on every page. `QUESTIONS` are
 * the labels beside the controls, `SHORT_NAMES` what error lists call the same fields.
 */

export const QUESTIONS = {
  kind: "Кто покупает",
  resident: "Клиент из Казахстана",
  adult: "Клиенту есть 18 лет, он полностью дееспособен",
  purpose: "Для чего покупка",
  otherPromotion: "К заказу применена другая акция или скидка",
  franchisee: "Лицензия «1С-Битрикс: 1С: Франчайзи»",
  history: "История клиента в облаке",
  paidBefore: "Клиент когда-нибудь покупал платную лицензию Битрикс24 — облако или коробку?",
  currentPlan: "Тариф на портале сейчас",
  currentUsers: "Пользователей в текущем «Энтерпрайз»",
  paidLicenseEndedAt: "Когда закончилась платная лицензия",
  monthlyIn2025: `${upperFirst(HISTORY_WINDOW)} покупал или продлевал облако на 1 месяц`,
  annualIn2025: `${upperFirst(HISTORY_WINDOW)} покупал облако на 12 месяцев`,
} as const;

/** The short names of the client questions, for the lists of errors of both forms. */
export const SHORT_NAMES = {
  kind: "Кто покупает",
  resident: "Клиент из Казахстана",
  purpose: "Для чего покупка",
  franchisee: "Лицензия «1С: Франчайзи»",
  paidBefore: "Покупал ли платную лицензию",
  currentPlan: "Тариф на портале сейчас",
  currentUsers: "Пользователей в текущем «Энтерпрайз»",
  paidLicenseEndedAt: "Когда закончилась платная лицензия",
  monthlyIn2025: "Покупки на 1 месяц в 2025",
  annualIn2025: "Покупки на 12 месяцев в 2025",
} as const;
