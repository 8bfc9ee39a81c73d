import type { QuoteField } from "@/lib/quote/quote-form";
import { SHORT_NAMES } from "@/lib/quote/questions";

/** Short names of the fields, for the list of errors in the result panel. */
export const FIELD_LABELS: Record<QuoteField | "form", string> = {
  ...SHORT_NAMES,
  form: "Форма",
  line: "Линейка",
  cloudPlan: "Тариф",
  cloudUsers: "Пользователей в «Энтерпрайз»",
  cloudMonths: "Срок лицензии",
  copilotBoost: "Буст CoPilot",
  copilotPrice: "Цена Буста CoPilot",
  boxOperation: "Операция",
  boxEdition: "Редакция",
  boxPortalUsers: "Пользователей",
  boxEnterpriseUsers: "Пользователей",
  boxFromEdition: "Редакция у клиента сейчас",
  boxFromPortalUsers: "Пользователей в текущей редакции",
  boxFromEnterpriseUsers: "Пользователей в текущей редакции",
  boxSourceDate: "Когда куплена текущая лицензия",
  cmsOperation: "Операция",
  cmsEdition: "Редакция",
  cmsFrom: "Редакция у клиента сейчас",
  cmsSourceDate: "Когда куплена текущая лицензия",
  listPrice: "Цена по прайс-листу",
  listPriceFor: "Цена по прайс-листу",
  adult: "Возраст клиента",
  otherPromotion: "Другая акция",
  orderedAt: "Дата и время заказа",
  paidSameTime: "Оплата одновременно с заказом",
  paidAt: "Дата и время оплаты",
};
