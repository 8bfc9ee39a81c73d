import * as z from "zod/mini";
import data from "./kz-reference-2025.json";

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const catalogItemSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  price: z.int().check(z.gte(0)),
  source: z.url(),
  asOf: z.optional(isoDate),
});

export const catalogSchema = z.object({
  id: z.string(),
  title: z.string(),
  currency: z.literal("KZT"),
  asOf: isoDate,
  reference: z.boolean(),
  note: z.string(),
  items: z.array(catalogItemSchema),
});

export type CatalogItem = z.infer<typeof catalogItemSchema>;
export type CatalogData = z.infer<typeof catalogSchema>;

/** A validated price catalog with lookup by item id. */
export interface Catalog extends CatalogData {
  byId: ReadonlyMap<string, CatalogItem>;
}

/** Validates catalog data (throws on a malformed or duplicated item) and indexes it. */
export function loadCatalog(raw: unknown): Catalog {
  const parsed = catalogSchema.parse(raw);
  const byId = new Map<string, CatalogItem>();
  for (const item of parsed.items) {
    if (byId.has(item.id)) throw new Error(`Duplicate catalog item ${item.id}`);
    byId.set(item.id, item);
  }
  return { ...parsed, byId };
}

/** The reference catalog shipped with the app (prices to check against the live price list). */
export const referenceCatalog: Catalog = loadCatalog(data);
