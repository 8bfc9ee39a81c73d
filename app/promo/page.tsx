import type { SearchParams } from "@/lib/page/search-params";
import { PromoPage, promoMetadata } from "@/components/promo/promo-page";

export const metadata = promoMetadata("ru");

/** /promo: the public promotion page in Russian (/kk/promo is the Kazakh one). */
export default function RussianPromoPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  return <PromoPage language="ru" searchParams={searchParams} />;
}
