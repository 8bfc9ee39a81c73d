import * as z from "zod/mini";
import { PRICE_ITEM_IDS } from "../products/item-ids";
import { coded } from "../request/issue-codes";
import { MAX_TENGE } from "../vocabulary/vocabulary";
import { parseAstanaInstant } from "../time/astana";

/** `official`: the operator vouches for the prices; `example`: made up, never the Organizer's. */
export const PRICE_LIST_KINDS = ["official", "example"] as const;
export type PriceListKind = (typeof PRICE_LIST_KINDS)[number];

/** A zod error option: «обязательное поле» when the field is missing, else `message`. */
const says = (message: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? "обязательное поле" : message,
});

const isCalendarDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && parseAstanaInstant(s) !== null;
const isoDate = z.string(says("дата — строка ГГГГ-ММ-ДД")).check(
  z.refine(isCalendarDate, {
    error: "дата в виде ГГГГ-ММ-ДД, например 2025-07-28",
    ...coded("invalid_date"),
  }),
);
const text = z.string(says("ожидается текст")).check(z.trim(), z.minLength(1, "пустое поле"));

/** One priced product: `price` in whole tenge, `source` the page it was taken from. */
export const priceListItemSchema = z.object({
  id: z.string(says("ожидается id из словаря price-list.md")).check(
    z.refine((id) => PRICE_ITEM_IDS.has(id), {
      error: (issue) =>
        `неизвестный id «${String(issue.input)}»: id берутся из словаря price-list.md`,
    }),
  ),
  title: text,
  price: z
    .int({
      error: (issue) =>
        issue.input === undefined
          ? "обязательное поле"
          : `цена ${typeof issue.input === "string" ? `«${issue.input}» ` : ""}— целое число тенге больше нуля, без копеек и знака валюты, например 1 343 880`,
    })
    .check(
      z.gt(0, "цена должна быть больше нуля"),
      z.lte(MAX_TENGE, "цена больше 1 000 000 000 000 ₸"),
    ),
  source: z.url({
    protocol: /^https?$/,
    ...says("адрес страницы-источника: полная ссылка http(s)://…"),
  }),
  asOf: z.optional(isoDate),
});

/** A price list as price-list.md defines it (JSON shape; the CSV reader produces the same). */
export const priceListSchema = z.object({
  id: text,
  title: text,
  kind: z.enum(PRICE_LIST_KINDS, says("вид прайс-листа: official или example")),
  currency: z.literal("KZT", says("валюта только KZT (тенге)")),
  asOf: isoDate,
  vatIncluded: z._default(z.nullable(z.boolean(says("НДС: true, false или null"))), null),
  note: z.optional(z.string(says("ожидается текст"))),
  items: z.array(priceListItemSchema, says("items — массив позиций")),
});

export type CatalogItem = z.output<typeof priceListItemSchema>;
export type PriceList = z.output<typeof priceListSchema>;

/** A validated price list with lookup by item id: what the engine prices with. */
export interface Catalog extends PriceList {
  byId: ReadonlyMap<string, CatalogItem>;
}

/** One problem of a price list: where (JSON path) and a message a person can act on. */
export interface PriceListProblem {
  path: readonly PropertyKey[];
  message: string;
  /** Where the same thing first appeared (a duplicated id), so the report can point at both. */
  first?: readonly PropertyKey[];
}

export type PriceListCheck =
  | { ok: true; list: PriceList }
  | { ok: false; problems: PriceListProblem[] };

/** Validates price list data: every problem at once (schema, then duplicated ids). */
export function checkPriceList(raw: unknown): PriceListCheck {
  const parsed = priceListSchema.safeParse(raw);
  const problems: PriceListProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const rawItems = (raw as { items?: unknown } | null)?.items;
  const firstAt = new Map<string, number>();
  (Array.isArray(rawItems) ? rawItems : []).forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else {
      const message = `повтор id «${id}»`;
      problems.push({ path: ["items", index, "id"], message, first: ["items", first, "id"] });
    }
  });
  if (parsed.success && problems.length === 0) return { ok: true, list: parsed.data };
  return { ok: false, problems };
}
