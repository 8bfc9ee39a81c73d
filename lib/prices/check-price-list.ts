// `npm start` runs this (bundled into .next/extras/check-price-list.cjs by `npm run build`)
// before `next start`: Next prints «Ready» as soon as it listens, before the app's code runs, so
// a broken PRICE_LIST is refused here, with every problem listed and exit code 1, before that.
// The server checks the list again at start (instrumentation.ts) for `next start` run directly.
import { formatPriceListProblems, loadPriceList } from "./load-price-list";

const path = process.env.PRICE_LIST;
const result = loadPriceList(path);
if (!result.ok) {
  console.error(formatPriceListProblems(path, result.problems));
  process.exit(1);
}
