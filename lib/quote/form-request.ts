import {
  COPILOT_ITEM_ID,
  MAX_TENGE,
  parseAstanaInstant,
  type Catalog,
  type QuoteRequest,
} from "@/rules";
import { requestHistory, requestProduct } from "./form-product";
import { catalogItemFor, listPriceText, parseTenge } from "./priced-item";
import type { QuoteFormValues } from "./quote-form";

export type Price = { value: number | undefined; error: string | undefined };

export function priceField(text: string, catalogPrice: number | undefined, what: string): Price {
  if (text.trim() === "") {
    const hint = catalogPrice === undefined ? " — в прайс-листе её нет" : "";
    return { value: undefined, error: `Укажите ${what} в тенге${hint}` };
  }
  const digits = text.replace(/[\s\u00a0\u202f]/g, "");
  // The field's label names it: the messages do not repeat it.
  if (/^[-−–]\d/.test(digits) || /^0+$/.test(digits)) {
    return { value: undefined, error: "Сумма должна быть больше нуля" };
  }
  if (/^\d{16,}$/.test(digits)) return { value: undefined, error: "Слишком большая сумма" };
  const value = parseTenge(text);
  if (value === null) {
    return {
      value: undefined,
      error: "Введите целое число тенге без копеек, например 335880",
    };
  }
  if (value > MAX_TENGE) return { value: undefined, error: "Слишком большая сумма" };
  // The catalog's own price is not an override: the quote then cites the catalog as its source.
  return { value: value === catalogPrice ? undefined : value, error: undefined };
}

export function dateField(text: string, empty: string | null, example: string): string | undefined {
  if (text.trim() === "") return empty ?? undefined;
  return parseAstanaInstant(text) === null ? `Неверная дата, пример: ${example}` : undefined;
}

/** The quote request the form describes (before validation): only the fields on show. */
export function toQuoteRequest(v: QuoteFormValues, catalog: Catalog): QuoteRequest {
  const priced = catalogItemFor(v, catalog);
  const list = priceField(listPriceText(v, priced), priced.item?.price, "цену");
  const boostItem = catalog.byId.get(COPILOT_ITEM_ID);
  const boost = priceField(v.copilotPrice, boostItem?.price, "цену Буста");
  return {
    orderedAt: v.orderedAt,
    ...(v.paidSameTime ? {} : { paidAt: v.paidAt }),
    customer: {
      kind: v.kind,
      resident: v.resident,
      ...(v.kind === "individual" ? { adult: v.adult } : {}),
      purpose: v.purpose,
      ...(v.otherPromotion ? { otherPromotion: true } : {}),
    },
    product: requestProduct(v, list.value, boost.value),
    ...(v.line === "cloud" ? { history: requestHistory(v) } : {}),
  };
}
