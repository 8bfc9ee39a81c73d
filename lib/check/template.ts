import {
  BOX_OPERATION_LABELS,
  CLOUD_PLAN_LABELS,
  CURRENT_PLAN_LABELS,
  CMS_OPERATION_LABELS,
  CUSTOMER_KIND_LABELS,
  LINE_LABELS,
  PURPOSE_LABELS,
} from "@/lib/quote/quote-labels";
import { COLUMNS, PRODUCT_NAME_PATH } from "./columns";

/** Example orders of the template, one per product line, by column path (labels as the form shows). */
export const TEMPLATE_EXAMPLES: readonly Record<string, string>[] = [
  {
    orderedAt: "15.08.2025 10:30",
    "customer.kind": CUSTOMER_KIND_LABELS.legal_entity,
    "customer.resident": "да",
    "customer.purpose": PURPOSE_LABELS.business,
    "product.line": LINE_LABELS.cloud,
    "product.plan": CLOUD_PLAN_LABELS.standard,
    "product.months": "12",
    "history.paidBefore": "нет",
    "history.currentPlan": CURRENT_PLAN_LABELS.free,
  },
  {
    orderedAt: "20.08.2025",
    paidAt: "21.08.2025",
    "customer.kind": CUSTOMER_KIND_LABELS.sole_proprietor,
    "customer.resident": "да",
    "customer.purpose": PURPOSE_LABELS.business,
    "product.line": LINE_LABELS.box,
    "product.operation": BOX_OPERATION_LABELS.upgrade,
    "product.edition": "Корпоративный портал",
    "product.users": "100",
    "product.from": "Интернет-магазин + CRM",
    "product.sourcePurchasedAt": "01.03.2025",
  },
  {
    orderedAt: "01.08.2025 09:00",
    "customer.kind": CUSTOMER_KIND_LABELS.legal_entity,
    "customer.resident": "да",
    "customer.purpose": PURPOSE_LABELS.business,
    "product.line": LINE_LABELS.cms,
    "product.operation": CMS_OPERATION_LABELS.upgrade,
    "product.edition": "Бизнес",
    "product.from": "Старт",
    "product.sourcePurchasedAt": "10.02.2025",
  },
];

/** The template's rows: the column titles, then the examples. */
export function templateRows(): string[][] {
  // The template names each field in its own column: the one-cell product is for other files.
  const columns = COLUMNS.filter((c) => c.path !== PRODUCT_NAME_PATH);
  return [
    columns.map((c) => c.title),
    ...TEMPLATE_EXAMPLES.map((example) => columns.map((c) => example[c.path] ?? "")),
  ];
}
