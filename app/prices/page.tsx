import type { SearchParams } from "@/lib/page/search-params";
import { PricesPage, pricesMetadata } from "@/components/prices/prices-page";

export const metadata = pricesMetadata("ru");

/** /prices: the price list in Russian (/kk/prices is the Kazakh one). */
export default function RussianPricesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  return <PricesPage language="ru" searchParams={searchParams} />;
}
