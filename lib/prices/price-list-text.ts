import {
  formatAstanaDate,
  parseAstanaInstant,
  type PriceListKind,
  type PriceSource,
} from "@/rules";

/*
 * What the product says about its prices, in one place: an example price must always say it
 * is one (price-list.md, «Honesty first»), and every page words it the same way.
 */

/** Next to one example price: it is not the Organizer's, and the current one is asked for. */
export const EXAMPLE_PRICE_TEXT =
  "пример цены — не из прайс-листа Организатора; укажите цену по действующему прайс-листу";

/** A source page's address without the scheme, «www.» and a closing slash: «bitrix24.kz/prices». */
export function sourceHost(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
}

/** «28.07.2025» from an ISO date of a price list. */
export function formatListDate(iso: string): string {
  const instant = parseAstanaInstant(iso);
  return instant === null ? iso : formatAstanaDate(instant);
}

/** The sentence under a table or list of prices: whose prices they are, from when. */
export function priceListNote(list: { kind: PriceListKind; title: string; asOf: string }): string {
  return list.kind === "example"
    ? "Цены — примеры, не из прайс-листа Организатора; укажите цены по действующему прайс-листу."
    : `Цены — по прайс-листу «${list.title}» от ${formatListDate(list.asOf)}.`;
}

/** Where one quote's list price comes from: typed by hand, the example list, or the loaded list. */
export function priceSourceText(source: PriceSource): string {
  if (source.kind === "manual") return "цена указана вручную";
  if (source.kind === "example") return EXAMPLE_PRICE_TEXT;
  return `цена по прайс-листу от ${formatListDate(source.asOf)}, ${source.catalog}`;
}
