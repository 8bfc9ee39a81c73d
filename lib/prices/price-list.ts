import { formatPriceListProblems, loadPriceList, type LoadedPriceList } from "./load-price-list";

// Next bundles instrumentation, pages and route handlers separately, each with its own copy of
// this module; the list lives on the process so all of them price with the one read at start.
const KEY = Symbol.for("kz-summer-2025.price-list");
type Holder = { [KEY]?: LoadedPriceList };

/**
 * The price list in use: the file named by PRICE_LIST (or the example list), read once per
 * process. Throws with every problem listed if the file is wrong (see `loadPriceListAtStart`).
 */
export function priceList(): LoadedPriceList {
  const holder = globalThis as Holder;
  const cached = holder[KEY];
  if (cached) return cached;
  const path = process.env.PRICE_LIST;
  const result = loadPriceList(path);
  if (!result.ok) throw new Error(formatPriceListProblems(path, result.problems));
  holder[KEY] = result.loaded;
  return result.loaded;
}

/**
 * Called from `register()`: a wrong price list must never serve quotes, so the server stops
 * here, with every problem printed and a non-zero exit code.
 */
export function loadPriceListAtStart(): void {
  try {
    const { catalog, loadedFrom } = priceList();
    const what =
      loadedFrom === "file" ? `${process.env.PRICE_LIST}` : "пример (PRICE_LIST не задан)";
    console.log(
      `Прайс-лист: ${catalog.title} (${catalog.kind}, ${catalog.items.length} позиций) — ${what}`,
    );
  } catch (error) {
    console.error((error as Error).message);
    // Next would log a thrown error and go on serving; exiting is what stops a wrong list.
    process.exit(1);
  }
}
