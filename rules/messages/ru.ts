import { HISTORY_WINDOW } from "../promotion/glossary";
import { upperFirst } from "../text/case";
import type { Catalogue } from "./catalogue";

/*
 * The Russian catalogue: what pages call each request field and the words of every issue code.
 * Texts start in lower case; a page capitalises the one that opens a sentence. A second language
 * is a second file with the same keys (`catalogue.ts` lists the languages).
 */

const paidNever = "клиент не покупал платных лицензий, но";
const usersOf = (edition: string, values: readonly (string | number)[]) =>
  `для ${edition} число пользователей: ${values.join(", ") || "не указывается"}`;

export const ru: Catalogue = {
  fields: {
    orderedAt: { label: "Дата заказа", name: "дата заказа", ask: "дату заказа" },
    paidAt: { label: "Дата оплаты", name: "дата оплаты", ask: "дату оплаты" },
    issuedAt: { label: "Дата КП", name: "дата КП", ask: "дату КП" },
    number: { label: "Номер КП", name: "номер КП", ask: "номер КП" },
    customer: { label: "Клиент", name: "клиент", ask: "клиента" },
    "customer.kind": { label: "Кто покупает", name: "кто покупает", ask: "кто покупает" },
    "customer.resident": {
      label: "Клиент из Казахстана",
      name: "клиент из Казахстана",
      ask: "клиент ли из Казахстана",
    },
    "customer.adult": {
      label: "18 лет и старше, дееспособно",
      name: "возраст клиента",
      ask: "возраст клиента",
      question: "Клиенту есть 18 лет, он полностью дееспособен",
    },
    "customer.purpose": { label: "Для чего покупка", name: "цель покупки", ask: "цель покупки" },
    "customer.otherPromotion": {
      label: "Другая акция или скидка",
      name: "другая акция или скидка",
      ask: "другую акцию или скидку",
      question: "К заказу применена другая акция или скидка",
    },
    franchisee: {
      label: "Лицензия «1С: Франчайзи»",
      name: "лицензия «1С: Франчайзи»",
      ask: "лицензию «1С: Франчайзи»",
      question: "Лицензия «1С-Битрикс: 1С: Франчайзи»",
    },
    sourcePurchasedAt: {
      label: "Когда куплена лицензия, с которой переход",
      name: "дата покупки текущей лицензии",
      ask: "дату покупки текущей лицензии",
    },
    product: { label: "Продукт", name: "продукт", ask: "продукт" },
    "product.line": { label: "Линейка", name: "продукт", ask: "продукт" },
    "product.plan": { label: "Тариф", name: "тариф", ask: "тариф" },
    "product.users": {
      label: "Пользователей",
      name: "число пользователей",
      ask: "число пользователей",
    },
    "product.months": { label: "Срок лицензии", name: "срок", ask: "срок" },
    "product.copilotBoost": { label: "Буст Copilot", name: "Буст Copilot", ask: "Буст Copilot" },
    "product.copilotBoostListPrice": {
      label: "Цена Буста Copilot",
      name: "цена Буста Copilot",
      ask: "цену Буста Copilot",
    },
    "product.listPrice": {
      label: "Цена по прайс-листу",
      name: "цена по прайс-листу",
      ask: "цену по прайс-листу",
    },
    "product.franchisee": {
      label: "Лицензия «1С: Франчайзи»",
      name: "лицензия «1С: Франчайзи»",
      ask: "лицензию «1С: Франчайзи»",
    },
    "product.operation": { label: "Операция", name: "операция", ask: "операцию" },
    "product.edition": { label: "Редакция", name: "редакция", ask: "редакцию" },
    "product.from": {
      label: "Редакция у клиента сейчас",
      name: "текущая редакция",
      ask: "текущую редакцию для перехода",
    },
    "product.from.edition": {
      label: "Редакция у клиента сейчас",
      name: "текущая редакция",
      ask: "текущую редакцию",
    },
    "product.from.users": {
      label: "Пользователей в текущей редакции",
      name: "число пользователей текущей редакции",
      ask: "число пользователей текущей редакции",
    },
    "product.sourcePurchasedAt": {
      label: "Когда куплена текущая лицензия",
      name: "дата покупки текущей лицензии",
      ask: "дату покупки текущей лицензии",
    },
    history: {
      label: "История клиента",
      name: "история клиента",
      ask: "историю клиента",
      question: "История клиента в облаке",
    },
    "history.paidBefore": {
      label: "Покупал ли платную лицензию",
      name: "покупал ли клиент платную лицензию",
      ask: "покупал ли клиент платную лицензию",
      question: "Клиент когда-нибудь покупал платную лицензию Битрикс24 — облако или коробку?",
    },
    "history.currentPlan": {
      label: "Тариф на портале сейчас",
      name: "тариф на портале сейчас",
      ask: "тариф на портале сейчас",
    },
    "history.currentUsers": {
      label: "Пользователей в текущем «Энтерпрайз»",
      name: "число пользователей в текущем «Энтерпрайз»",
      ask: "число пользователей в текущем «Энтерпрайз»",
    },
    "history.paidLicenseEndedAt": {
      label: "Когда закончилась платная лицензия",
      name: "дата окончания платной лицензии",
      ask: "дату окончания платной лицензии",
    },
    "history.monthlyIn2025": {
      label: "Покупки на 1 месяц в 2025",
      name: "покупки на 1 месяц в 2025",
      ask: "покупки на 1 месяц в 2025",
      question: `${upperFirst(HISTORY_WINDOW)} покупал или продлевал облако на 1 месяц`,
    },
    "history.annualIn2025": {
      label: "Покупки на 12 месяцев в 2025",
      name: "покупки на 12 месяцев в 2025",
      ask: "покупки на 12 месяцев в 2025",
      question: `${upperFirst(HISTORY_WINDOW)} покупал облако на 12 месяцев`,
    },
    seller: { label: "Продавец", name: "продавец", ask: "продавца" },
    "seller.company": { label: "Компания", name: "компания", ask: "компанию" },
    "seller.bin": { label: "БИН/ИИН продавца", name: "БИН/ИИН продавца", ask: "БИН/ИИН продавца" },
    "seller.address": {
      label: "Юридический адрес",
      name: "юридический адрес",
      ask: "юридический адрес",
    },
    "seller.iban": { label: "ИИК", name: "ИИК", ask: "ИИК" },
    "seller.bik": { label: "БИК", name: "БИК", ask: "БИК" },
    "seller.bank": { label: "Банк", name: "банк", ask: "банк" },
    "seller.kbe": { label: "КБе", name: "КБе", ask: "КБе" },
    "seller.director": { label: "Руководитель", name: "руководитель", ask: "руководителя" },
    "seller.directorTitle": {
      label: "Должность руководителя",
      name: "должность руководителя",
      ask: "должность руководителя",
    },
    "seller.person": { label: "Контактное лицо", name: "контактное лицо", ask: "контактное лицо" },
    "seller.phone": { label: "Телефон", name: "телефон", ask: "телефон" },
    "seller.email": { label: "E-mail", name: "e-mail", ask: "e-mail" },
    client: { label: "Клиент", name: "клиент", ask: "клиента" },
    "client.name": { label: "Клиент", name: "клиент", ask: "клиента" },
    "client.bin": { label: "БИН/ИИН клиента", name: "БИН/ИИН клиента", ask: "БИН/ИИН клиента" },
    "client.address": { label: "Адрес клиента", name: "адрес клиента", ask: "адрес клиента" },
    "client.contact": { label: "Контакт клиента", name: "контакт клиента", ask: "контакт клиента" },
    vat: { label: "НДС", name: "НДС", ask: "НДС" },
    "vat.mode": { label: "НДС в КП", name: "НДС в КП", ask: "как учитывается НДС" },
    "vat.rate": { label: "Ставка НДС", name: "ставка НДС", ask: "ставку НДС" },
    language: { label: "Язык документа", name: "язык документа", ask: "язык документа" },
    appendix: {
      label: "Приложение для партнёра",
      name: "приложение для партнёра",
      ask: "приложение для партнёра",
    },
    lines: { label: "Строки КП", name: "строки КП", ask: "строки КП" },
    "lines.quantity": { label: "Количество", name: "количество", ask: "количество" },
  },
  contradictions: {
    never_paid_plan: () => `${paidNever} сейчас на платном тарифе`,
    never_paid_ended: () => `${paidNever} указана дата окончания платной лицензии`,
    never_paid_monthly: () => `${paidNever} покупал лицензии на 1 месяц в 2025 году`,
    never_paid_annual: () => `${paidNever} покупал лицензию на 12 месяцев в 2025 году`,
    ended_after_order: () =>
      "платная лицензия не может закончиться позже даты заказа — клиент на «Бесплатном», потому что она уже закончилась",
    users_for_edition: (values) => usersOf("этой редакции", values),
    from_users_for_edition: (values) => usersOf("текущей редакции", values),
  },
  issues: {
    required: "обязательное поле",
    ask: (field) => `укажите ${field.ask}`,
    badDate: (example) => `неверная дата, пример: ${example}`,
    dateExample: (withTime) => (withTime ? "15.08.2025 12:00" : "15.08.2025"),
    pickFromList: "выберите один из вариантов в списке",
    yesOrNo: "выберите «Да» или «Нет»",
    notInList: "значение не из списка",
    noProduct: "не указан продукт",
    unknownProduct: "неизвестный продукт",
    amountPositive: "сумма должна быть больше нуля",
    amountNotNegative: "сумма не может быть отрицательной",
    amountTooBig: "слишком большая сумма",
    wholeTenge: "целое число тенге",
    wholeNumber: "целое число",
    atLeast: (minimum) => `не меньше ${minimum}`,
    atMost: (maximum) => `не больше ${maximum}`,
    tooLong: (maximum) => `не длиннее ${maximum} символов`,
    oneLine: "одна строка без управляющих символов",
    textExpected: "ожидается строка текста",
    binDigits: "12 цифр",
    binCheckDigit: "неверная контрольная цифра — проверьте номер",
    invalidIban: "неверный ИИК: ожидается KZ и 18 знаков с верными контрольными цифрами",
    invalidBic: "неверный БИК: 8 или 11 латинских букв и цифр",
    kbeDigits: "2 цифры, например 17",
    noLines: "добавьте в КП хотя бы одну строку",
    tooManyLines: (maximum) => `в КП не больше ${maximum} строк`,
    unknownKey: "неизвестное поле",
    invalid: "неверное значение",
  },
  compose: {
    labelled: (label, text) => `${label}: ${text}`,
    about: (name, text) => `${name} — ${text}`,
    list: (texts) => texts.join("; "),
    lineProblem: (position, texts) => `Позиция ${position}: ${texts}.`,
    lineUnreadable: (texts) => `Позиция не распознана: ${texts}. Удалите её и добавьте заново.`,
  },
};
