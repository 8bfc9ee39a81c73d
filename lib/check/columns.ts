import {
  BOX_EDITIONS,
  CLOUD_CURRENT_PLANS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  CUSTOMER_KINDS,
  PURPOSES,
} from "@/rules";
import {
  BOX_EDITION_LABELS,
  BOX_OPERATION_LABELS,
  CLOUD_PLAN_LABELS,
  CMS_EDITION_LABELS,
  CMS_OPERATION_LABELS,
  CURRENT_PLAN_LABELS,
  CUSTOMER_KIND_LABELS,
  LINE_LABELS,
  MONTHS_LABELS,
  PURPOSE_LABELS,
} from "@/lib/quote/quote-labels";
import { fieldLabel } from "@/lib/quote/questions";
import { PRODUCT_LINES } from "@/lib/quote/quote-form";

/** How a column's cells are read. */
export type ColumnKind = "date" | "bool" | "users" | "money" | "choice" | "product";

/** A value a choice column's cell may mean: the API value, the form's label, other names. */
export interface Choice {
  value: string | number | boolean;
  label: string;
  /** Other names people write for it: abbreviations, synonyms, older labels. */
  names: readonly string[];
}

/** One column the page reads: where its value goes in the request, its title, how to read it. */
export interface Column {
  /** The request's JSON path ("product.name" for the product in one cell); a header may use it. */
  path: string;
  /** The template's Russian title. */
  title: string;
  kind: ColumnKind;
  /** Other headers people give the column (CRM exports), besides the title and the path. */
  headers: readonly string[];
  /** What its cells may mean (choice and yes/no columns). */
  choices: readonly Choice[];
}

/** The column that holds the whole product in one cell («Битрикс24 Профессиональный 12 мес»). */
export const PRODUCT_NAME_PATH = "product.name";

const choices = <T extends string>(
  labels: Record<T, string>,
  values: readonly T[],
  names: Partial<Record<T, readonly string[]>> = {},
): Choice[] => values.map((value) => ({ value, label: labels[value], names: names[value] ?? [] }));

const YES_NO: Choice[] = [
  {
    value: true,
    label: "Да",
    names: ["yes", "true", "1", "+", "истина", "д", "y", "✓", "✔", "v"],
  },
  { value: false, label: "Нет", names: ["no", "false", "0", "-", "−", "–", "ложь", "н", "n"] },
];

const KIND_NAMES = {
  legal_entity: [
    "ТОО / юрлицо",
    "Юрлицо",
    "Юр. лицо",
    "ТОО",
    "АО",
    "ООО",
    "Организация",
    "Компания",
    "Юридическое",
    "ЮЛ",
  ],
  sole_proprietor: ["Индивидуальный предприниматель", "ИП", "ЧП", "Предприниматель"],
  individual: ["Физлицо", "Физ. лицо", "Физическое", "Частное лицо", "ФЛ"],
} as const;
const PURPOSE_NAMES = {
  business: ["Бизнес", "Для бизнеса", "Коммерческая", "Некоммерческая", "Работа", "Для работы"],
  personal: ["Личное", "Личная", "Личные нужды", "Для себя", "Для личных нужд"],
} as const;
const LINE_NAMES = {
  cloud: ["Облако Битрикс24", "Облако", "Облачный Битрикс24", "Битрикс24 (облако)", "SaaS"],
  box: [
    "Коробка Битрикс24",
    "Коробка",
    "Коробочный Битрикс24",
    "Битрикс24 (коробка)",
    "On-premise",
  ],
  cms: ["Управление сайтом", "1С-Битрикс: Управление сайтом", "БУС", "CMS", "Сайт"],
} as const;
const OPERATION_NAMES = {
  purchase: ["Покупка", "Новая лицензия", "Новая", "Продажа", "Первичная покупка", "Лицензия"],
  upgrade: ["Переход на старшую лицензию", "Переход", "Апгрейд", "Повышение редакции"],
  renewal: ["Продление", "Продление лицензии", "Продлить"],
  to_bitrix24: ["Переход на Битрикс24", "Переход в Битрикс24"],
} as const;
const PLAN_NAMES = {
  basic: ["Базовый"],
  standard: ["Стандарт"],
  professional: ["Проф", "Профессиональный", "Pro"],
  enterprise: ["Энтерпрайз"],
} as const;
const CURRENT_PLAN_NAMES = {
  none: ["Портала ещё нет", "Нет портала", "Нет", "Без тарифа"],
  free: ["Бесплатный", "Free"],
} as const;
const MONTHS: Choice[] = [
  { value: 12, label: MONTHS_LABELS["12"], names: ["12 мес", "Год", "1 год", "Годовая", "На год"] },
  { value: 1, label: MONTHS_LABELS["1"], names: ["1 мес", "Месяц", "Ежемесячно", "Помесячно"] },
];

const OPERATIONS: Choice[] = [
  ...choices(
    CMS_OPERATION_LABELS,
    ["purchase", "upgrade", "renewal", "to_bitrix24"],
    OPERATION_NAMES,
  ),
].map((c) =>
  c.value === "upgrade" ? { ...c, names: [BOX_OPERATION_LABELS.upgrade, ...c.names] } : c,
);

/** Box and CMS editions: one column for both lines, the same API value for «Энтерпрайз». */
const EDITIONS: Choice[] = [
  ...choices(BOX_EDITION_LABELS, BOX_EDITIONS),
  ...choices(CMS_EDITION_LABELS, CMS_EDITIONS).filter((c) => c.value !== "enterprise"),
];

const column = (
  path: string,
  title: string,
  kind: ColumnKind,
  headers: readonly string[] = [],
  options: readonly Choice[] = kind === "bool" ? YES_NO : [],
): Column => ({ path, title, kind, headers, choices: options });

/** Every column the page reads, in the template's order. */
export const COLUMNS: readonly Column[] = [
  column("orderedAt", "Дата заказа", "date", ["Дата", "Дата сделки", "Дата создания", "Создано"]),
  column("paidAt", "Дата оплаты", "date", ["Оплачено", "Дата платежа", "Дата поступления оплаты"]),
  column(
    "customer.kind",
    fieldLabel("customer.kind"),
    "choice",
    ["Тип клиента", "Вид лица", "Организационно-правовая форма", "ОПФ", "Тип контрагента"],
    choices(CUSTOMER_KIND_LABELS, CUSTOMER_KINDS, KIND_NAMES),
  ),
  column("customer.resident", fieldLabel("customer.resident"), "bool", [
    "Резидент",
    "Резидент РК",
    "Из Казахстана",
  ]),
  column("customer.adult", "Клиенту есть 18 лет", "bool", ["Совершеннолетний", "18+"]),
  column(
    "customer.purpose",
    fieldLabel("customer.purpose"),
    "choice",
    ["Цель покупки", "Цель", "Назначение"],
    choices(PURPOSE_LABELS, PURPOSES, PURPOSE_NAMES),
  ),
  column("customer.otherPromotion", "Другая акция", "bool", [
    "Другая скидка",
    "Скидка по другой акции",
  ]),
  column(PRODUCT_NAME_PATH, "Продукт одной колонкой", "product", [
    "Продукт",
    "Товар",
    "Наименование",
    "Номенклатура",
    "Тариф / редакция",
    "Позиция",
    "Наименование товара",
  ]),
  column(
    "product.line",
    "Линейка",
    "choice",
    ["Продуктовая линейка", "Тип продукта", "Линия"],
    choices(LINE_LABELS, PRODUCT_LINES, LINE_NAMES),
  ),
  column(
    "product.operation",
    "Операция",
    "choice",
    ["Тип сделки", "Вид операции", "Тип операции", "Тип продажи"],
    OPERATIONS,
  ),
  column(
    "product.plan",
    "Тариф",
    "choice",
    [],
    choices(CLOUD_PLAN_LABELS, CLOUD_PLANS, PLAN_NAMES),
  ),
  column("product.edition", "Редакция", "choice", [], EDITIONS),
  column("product.users", "Пользователей", "users", [
    "Кол-во пользователей",
    "Число пользователей",
    "Users",
  ]),
  column(
    "product.months",
    "Срок, месяцев",
    "choice",
    ["Срок", "Срок, мес", "Период", "Месяцев"],
    MONTHS,
  ),
  column("product.copilotBoost", "Буст Copilot", "bool"),
  column("product.copilotBoostListPrice", "Цена Буста Copilot", "money"),
  column(
    "product.from",
    "Текущая редакция",
    "choice",
    ["product.from.edition", "Редакция сейчас"],
    EDITIONS,
  ),
  column("product.from.users", "Пользователей в текущей лицензии", "users"),
  column("product.sourcePurchasedAt", "Когда куплена текущая лицензия", "date", [
    "Дата покупки текущей лицензии",
  ]),
  column("product.listPrice", "Цена по прайс-листу", "money", [
    "Цена",
    "Сумма",
    "Цена, тг",
    "Стоимость",
    "Прайс",
    "Цена по прайсу",
  ]),
  column("product.franchisee", fieldLabel("franchisee"), "bool", ["Франчайзи"]),
  column("history.paidBefore", "Покупал платную лицензию", "bool", [
    fieldLabel("history.paidBefore"),
  ]),
  column(
    "history.currentPlan",
    fieldLabel("history.currentPlan"),
    "choice",
    ["Текущий тариф", "Тариф сейчас"],
    choices(CURRENT_PLAN_LABELS, CLOUD_CURRENT_PLANS, CURRENT_PLAN_NAMES),
  ),
  column("history.currentUsers", fieldLabel("history.currentUsers"), "users"),
  column("history.paidLicenseEndedAt", fieldLabel("history.paidLicenseEndedAt"), "date"),
  column("history.monthlyIn2025", fieldLabel("history.monthlyIn2025"), "bool"),
  column("history.annualIn2025", fieldLabel("history.annualIn2025"), "bool"),
];

/** A column by its path. */
export const columnByPath = (path: string): Column | undefined =>
  COLUMNS.find((c) => c.path === path);

/** Columns without which no row can be priced (the product line may come from one product cell). */
export const REQUIRED_PATHS = [
  "orderedAt",
  "customer.kind",
  "customer.resident",
  "customer.purpose",
  "product.line",
] as const;

/** Whether a column's cells are matched value by value on the page. */
export const isEnumerated = (c: Column) =>
  c.kind === "choice" || c.kind === "bool" || c.kind === "product";
