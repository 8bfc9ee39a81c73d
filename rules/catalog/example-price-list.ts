import { checkPriceList, type Catalog } from "./catalog";
import { indexPriceList } from "./index-price-list";
import data from "./example-price-list.json";

// Kept out of the rules barrel (index.ts): only the server and tests import it, so the list
// reaches the browser as page data, never inside a JavaScript chunk.

function load(): Catalog {
  const checked = checkPriceList(data);
  if (!checked.ok) throw new Error(`example price list: ${JSON.stringify(checked.problems)}`);
  return indexPriceList(checked.list);
}

/** The example list shipped with the app (`kind: example`): made-up prices, never the Organizer's. */
export const examplePriceList: Catalog = load();
