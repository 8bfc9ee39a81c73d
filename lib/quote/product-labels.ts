import {
  BOX_EDITION_NAMES,
  boxEditionName,
  cloudPlanName,
  CMS_EDITION_NAMES,
  editionGenitive,
  defaultBoxUsers,
  type QuoteRequest,
} from "@/rules";

import { LINE_LABELS } from "@/lib/quote/quote-labels";

type Product = QuoteRequest["product"];
export type ProductLine = Product["line"];

/** Product lines in the order /offers shows them (captioned by `LINE_LABELS`). */
export const LINES = Object.keys(LINE_LABELS) as ProductLine[];

const OPERATIONS = { purchase: "Покупка", renewal: "Продление" } as const;

const boxName = (edition: keyof typeof BOX_EDITION_NAMES, users: number | undefined) =>
  boxEditionName(edition, users ?? defaultBoxUsers(edition) ?? 0);

/** Russian product and operation names of one offers row, short enough for a table cell. */
export function productLabels(product: Product): { product: string; operation: string } {
  switch (product.line) {
    case "cloud":
      return {
        product: cloudPlanName(product.plan, product.users ?? 250),
        operation: product.months === 12 ? "Оплата на 12 месяцев" : "Оплата на 1 месяц",
      };
    case "box":
      return {
        product: boxName(product.edition, product.users),
        operation:
          product.operation === "upgrade"
            ? `Переход с ${product.from ? editionGenitive(boxName(product.from.edition, product.from.users)) : "младшей редакции"}`
            : OPERATIONS[product.operation],
      };
    case "cms":
      if (product.operation === "to_bitrix24") {
        return {
          product: `«1С-Битрикс24. Интернет-магазин + CRM»`,
          operation: `Переход с ${editionGenitive(CMS_EDITION_NAMES[product.from ?? "business"])}`,
        };
      }
      return {
        product: product.edition ? CMS_EDITION_NAMES[product.edition] : "—",
        operation:
          product.operation === "upgrade"
            ? `Переход с ${product.from ? editionGenitive(CMS_EDITION_NAMES[product.from]) : "младшей редакции"}`
            : OPERATIONS[product.operation],
      };
  }
}
