// `npm run prices:export -- --format csv|json [--out FILE]`: the list in use (PRICE_LIST, else
// the example list) in the format an operator can edit and load back. Without --out it goes to
// standard output (then run npm with -s, or npm's own banner lands in the file too).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { priceListToCsv } from "@/rules";
import {
  formatPriceListProblems,
  loadPriceList,
  priceListData,
} from "@/lib/prices/load-price-list";

const { values } = parseArgs({
  options: { format: { type: "string", default: "csv" }, out: { type: "string" } },
});
if (values.format !== "csv" && values.format !== "json") {
  console.error("Использование: npm run prices:export -- --format csv|json --out list.csv");
  process.exit(2);
}
const path = process.env.PRICE_LIST;
const result = loadPriceList(path);
if (!result.ok) {
  console.error(formatPriceListProblems(path, result.problems));
  process.exit(1);
}
const list = priceListData(result.loaded.catalog);
const text = values.format === "csv" ? priceListToCsv(list) : `${JSON.stringify(list, null, 2)}\n`;
if (values.out === undefined) process.stdout.write(text);
else {
  writeFileSync(values.out, text);
  console.error(`${values.out}: ${list.items.length} позиций, «${list.title}»`);
}
