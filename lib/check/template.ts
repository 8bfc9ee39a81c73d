import { COLUMNS } from "./columns";

/** Example orders of the template, one per product line, by column path (labels as the form shows). */
export const TEMPLATE_EXAMPLES: readonly Record<string, string>[] = [
  {
    orderedAt: "15.08.2025 10:30",
    "customer.kind": "ТОО / юрлицо",
    "customer.resident": "да",
    "customer.purpose": "Для бизнеса или некоммерческой деятельности",
    "product.line": "Облако Битрикс24",
    "product.plan": "Стандартный",
    "product.months": "12",
    "history.paidBefore": "нет",
    "history.currentPlan": "Бесплатный",
  },
  {
    orderedAt: "20.08.2025",
    paidAt: "21.08.2025",
    "customer.kind": "ИП",
    "customer.resident": "да",
    "customer.purpose": "Для бизнеса или некоммерческой деятельности",
    "product.line": "Коробка Битрикс24",
    "product.operation": "Переход на старшую лицензию",
    "product.edition": "Корпоративный портал",
    "product.users": "100",
    "product.from": "Интернет-магазин + CRM",
    "product.sourcePurchasedAt": "01.03.2025",
  },
  {
    orderedAt: "01.08.2025 09:00",
    "customer.kind": "ТОО / юрлицо",
    "customer.resident": "да",
    "customer.purpose": "Для бизнеса или некоммерческой деятельности",
    "product.line": "1С-Битрикс: Управление сайтом",
    "product.operation": "Переход на старшую редакцию",
    "product.edition": "Бизнес",
    "product.from": "Старт",
    "product.sourcePurchasedAt": "10.02.2025",
  },
];

/** The template's rows: the column titles, then the examples. */
export function templateRows(): string[][] {
  return [
    COLUMNS.map((c) => c.title),
    ...TEMPLATE_EXAMPLES.map((example) => COLUMNS.map((c) => example[c.path] ?? "")),
  ];
}
