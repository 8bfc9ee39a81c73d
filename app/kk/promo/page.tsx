import type { SearchParams } from "@/lib/page/search-params";
import { PromoPage, promoMetadata } from "@/components/promo/promo-page";

export const metadata = promoMetadata("kk");

/** /kk/promo: the public promotion page in Kazakh (Law «On advertising», art. 6 p. 2). */
export default function KazakhPromoPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <PromoPage language="kk" searchParams={searchParams} />;
}
