import { HISTORY_WINDOW } from "@/rules";

/*
 * The client questions as both forms ask them (the calculator and «Что доступно клиенту»): one
 * wording per question, so a partner recognises the same answer on every page.
 */

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  monthlyIn2025: `${capitalize(HISTORY_WINDOW)} покупал или продлевал облако на 1 месяц`,
  annualIn2025: `${capitalize(HISTORY_WINDOW)} покупал облако на 12 месяцев`,
} as const;
