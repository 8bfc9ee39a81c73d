import type { Metadata } from "next";
import type { SearchParams } from "@/lib/page/search-params";
import { searchParamsOf } from "@/lib/page/search-params";
import { requestInstant } from "@/lib/page/clock";
import { pageMetadata } from "@/lib/page/page-metadata";
import { isPartnerView } from "@/lib/promo/promo-view";
import { PROMO_TEXTS_RU } from "@/lib/promo/promo-texts";
import { rewardExamples } from "@/lib/promo/reward-examples";
import { priceList } from "@/lib/prices/price-list";
import { PromoPublic } from "@/components/promo/promo-public";
import { PromoPreviewBar } from "@/components/promo/promo-preview-bar";
import { PromoPartnerTools } from "@/components/promo/promo-partner-tools";
import { kzSummer2025, parseAstanaInstant } from "@/rules";

const promotion = kzSummer2025;
const texts = PROMO_TEXTS_RU;

export const metadata: Metadata = pageMetadata(texts.pageTitle(promotion), promotion.fullTitle);

/** Long enough for any date form of the contract; the rest of a hostile value is not echoed. */
const MAX_SHOWN = 60;

/**
 * /promo: the public page as of now, or as of `?at=` (a preview: the same page plus a bar);
 * `?partner=1` («Для партнёров») adds the partner tools below it.
 */
export default async function PromoPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = searchParamsOf(await searchParams);
  const at = params.get("at")?.trim() ?? "";
  const parsed = at === "" ? null : parseAstanaInstant(at);
  const { catalog } = priceList();
  const examples = rewardExamples(promotion, catalog);
  return (
    <>
      {at !== "" ? (
        <PromoPreviewBar
          shown={parsed}
          unreadable={
            parsed === null ? (at.length > MAX_SHOWN ? `${at.slice(0, MAX_SHOWN)}…` : at) : null
          }
          day={parsed !== null && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : ""}
          texts={texts.preview}
        />
      ) : null}
      <PromoPublic
        promotion={promotion}
        instant={parsed ?? requestInstant()}
        examples={examples}
        priceList={catalog}
        texts={texts}
      >
        {isPartnerView(params) ? (
          <PromoPartnerTools texts={{ ...texts.partner, ...texts.preview }} />
        ) : null}
      </PromoPublic>
    </>
  );
}
