import type { SearchParams } from "@/lib/page/search-params";
import { PricesPage, pricesMetadata } from "@/components/prices/prices-page";

export const metadata = pricesMetadata("kk");

/** /kk/prices: the price list in Kazakh (Law «On languages»: price lists in the state language). */
export default function KazakhPricesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  return <PricesPage language="kk" searchParams={searchParams} />;
}
