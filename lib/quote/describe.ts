import {
  boxEditionName,
  CMS_EDITION_NAMES,
  CUSTOMER_KIND_NAMES,
  editionAccusative,
  editionGenitive,
  cloudPlanName,
  formatAstanaDateTime,
  kzSummer2025Terms,
  parseAstanaInstant,
  type QuoteRequest,
  type QuoteResult,
  lowerFirst,
} from "@/rules";
import { priceSourceText } from "@/lib/prices/price-list-text";

/*
 * Russian wording of a quote for the result panel, the messenger text and the printed offer.
 * Pure functions of the request and the engine's result, so all three say the same thing.
 */

/** The product as the price list names it, e.g. «Битрикс24 «Стандартный», 12 месяцев». */
export function describeProduct(
  request: Pick<QuoteRequest, "product">,
  result: Pick<QuoteResult, "priceSource">,
): string {
  if (result.priceSource.title) return result.priceSource.title;
  const p = request.product;
  switch (p.line) {
    case "cloud":
      return `Битрикс24 ${cloudPlanName(p.plan, p.users ?? 250)}, ${p.months === 1 ? "1 месяц" : "12 месяцев"}`;
    case "box": {
      const target = boxEditionName(p.edition, p.users ?? 0);
      if (p.operation === "upgrade" && p.from) {
        return `Переход «1С-Битрикс24» с ${editionGenitive(boxEditionName(p.from.edition, p.from.users ?? 0))} на ${editionAccusative(target)}`;
      }
      return `«1С-Битрикс24» ${target}, ${p.operation === "renewal" ? "продление" : "лицензия"}`;
    }
    case "cms": {
      if (p.operation === "to_bitrix24") {
        return `Переход с ${editionGenitive(CMS_EDITION_NAMES[p.from ?? "business"])} «1С-Битрикс: Управление сайтом» на «1С-Битрикс24. Интернет-магазин + CRM»`;
      }
      const target = p.edition ? CMS_EDITION_NAMES[p.edition] : "";
      if (p.operation === "upgrade" && p.from) {
        return `Переход «1С-Битрикс: Управление сайтом» с ${editionGenitive(CMS_EDITION_NAMES[p.from])} на ${editionAccusative(target)}`;
      }
      return `«1С-Битрикс: Управление сайтом» ${target}, ${p.operation === "renewal" ? "продление" : "лицензия"}`;
    }
  }
}

/**
 * The client's conditions in one line: kind, residence, purpose and anything that blocks; with
 * `history`, also the cloud history answers (internal notes: not for a page the client reads).
 */
export function describeClient(
  request: QuoteRequest,
  result: QuoteResult,
  { history: withHistory = true }: { history?: boolean } = {},
): string {
  const parts = [describeCustomer(request.customer)];
  if (request.product.franchisee) parts.push("лицензия «1С-Битрикс: 1С: Франчайзи»");
  const history = withHistory ? result.checks.find((d) => d.check === "cloud_history") : undefined;
  if (history) parts.push(lowerFirst(history.text.replace(/\.$/, "")));
  return parts.join(", ");
}

/** «юридическое лицо, из Казахстана, для бизнеса»: who buys and what for (every answer given). */
export function describeCustomer(c: QuoteRequest["customer"]): string {
  const parts = [
    lowerFirst(CUSTOMER_KIND_NAMES[c.kind]),
    c.resident ? "из Казахстана" : "не из Казахстана",
    c.purpose === "business" ? "для бизнеса" : "для личных нужд",
  ];
  if (c.kind === "individual" && c.adult === false) parts.push("младше 18 лет или не дееспособно");
  if (c.otherPromotion) parts.push("к заказу применена другая акция");
  return parts.join(", ");
}

/** «заказ 15.08.2025 12:00, оплата 16.08.2025 10:00 (время Астаны)». */
export function describeDates(request: Pick<QuoteRequest, "orderedAt" | "paidAt">): string {
  const ordered = parseAstanaInstant(request.orderedAt);
  const paid = parseAstanaInstant(request.paidAt ?? request.orderedAt);
  if (ordered === null || paid === null) return "";
  const o = formatAstanaDateTime(ordered);
  const p = formatAstanaDateTime(paid);
  return `заказ ${o}, оплата ${p} (время Астаны)`;
}

/** Where the list price comes from: the loaded list (date, address), the example list or the partner. */
export function describePriceSource(result: QuoteResult): string {
  return priceSourceText(result.priceSource);
}

/** «п. 4.1.3, 5.6». */
export function clauseList(clauses: readonly string[]): string {
  return `п. ${clauses.join(", ")}`;
}

/** The part of the Rules that grants the quote's reward, for «Основание»; "" without one. */
export function rewardBasis(reward: QuoteResult["reward"]): string {
  return kzSummer2025Terms.rewards.find((r) => r.id === reward)?.basis ?? "";
}
