// `npm run prices:check FILE`: the report the server prints at start, without starting it.
import { formatPriceListProblems, loadPriceList } from "@/lib/prices/load-price-list";
import { formatListDate } from "@/lib/prices/price-list-text";

const path = process.argv[2];
if (path === undefined) {
  console.error("Использование: npm run prices:check ФАЙЛ.csv|ФАЙЛ.json");
  process.exit(2);
}
const result = loadPriceList(path);
if (!result.ok) {
  console.error(formatPriceListProblems(path, result.problems));
  process.exit(1);
}
const { catalog } = result.loaded;
console.log(
  `${path}: «${catalog.title}», ${catalog.kind}, от ${formatListDate(catalog.asOf)}, позиций: ${catalog.items.length}. Ошибок нет.`,
);
