import { readProductName, type Catalog, type ProductReading } from "@/rules";
import { PRODUCT_NAME_PATH, type Choice, type Column } from "./columns";
import { textKey } from "./keys";

/** What a cell value means: a choice's value (text, number, yes/no), or a price list item id. */
export type Meaning = string | number | boolean;

/** Meanings chosen on the page: column path → value key (textKey) → meaning. */
export type ChosenValues = Record<string, Record<string, Meaning>>;

/** A choice column's lookup: the key of every name, label and API value → the value. */
export function choiceLookup(choices: readonly Choice[]): Map<string, Meaning> {
  const lookup = new Map<string, Meaning>();
  for (const choice of choices) {
    for (const name of [String(choice.value), choice.label, ...choice.names]) {
      const key = textKey(name);
      if (!lookup.has(key)) lookup.set(key, choice.value);
    }
  }
  return lookup;
}

/**
 * A product from a price list item: what its title reads as, with the operation a title leaves
 * unsaid (a purchase). Undefined for an item that is not a product (the CoPilot boost).
 */
export function itemProduct(catalog: Catalog, id: string): ProductReading | undefined {
  const item = catalog.byId.get(id);
  const reading = item ? readProductName(item.title) : null;
  if (!reading) return undefined;
  return reading.line === "cloud" ? reading : { operation: "purchase", ...reading };
}

/** What a value of a column means, as the page suggests it: undefined when unknown. */
export function suggestMeaning(
  column: Column,
  text: string,
  lookup: ReadonlyMap<string, Meaning>,
): Meaning | undefined {
  if (column.path === PRODUCT_NAME_PATH) return readProductName(text) ? text : undefined;
  return lookup.get(textKey(text));
}
