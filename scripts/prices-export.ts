// `npm run prices:export -- --format csv|json`: the list in use (PRICE_LIST, else the example
// list) on standard output, in the format an operator can edit and load back.
import { parseArgs } from "node:util";
import { priceListToCsv } from "@/rules";
import {
  formatPriceListProblems,
  loadPriceList,
  priceListData,
} from "@/lib/prices/load-price-list";

const { values } = parseArgs({ options: { format: { type: "string", default: "csv" } } });
if (values.format !== "csv" && values.format !== "json") {
  console.error("Использование: npm run prices:export -- --format csv|json > list.csv");
  process.exit(2);
}
const path = process.env.PRICE_LIST;
const result = loadPriceList(path);
if (!result.ok) {
  console.error(formatPriceListProblems(path, result.problems));
  process.exit(1);
}
const list = priceListData(result.loaded.catalog);
process.stdout.write(
  values.format === "csv" ? priceListToCsv(list) : `${JSON.stringify(list, null, 2)}\n`,
);
