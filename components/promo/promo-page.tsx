import type { Metadata } from "next";
import type { Language } from "@/rules/text/language";
import { kzSummer2025, parseAstanaInstant, type Promotion } from "@/rules";
import { kzSummer2025Kk } from "@/rules/promotion/kz-summer-2025-kk";
import type { SearchParams } from "@/lib/page/search-params";
import { searchParamsOf } from "@/lib/page/search-params";
import { requestInstant } from "@/lib/page/clock";
import { pageAddress } from "@/lib/page/language";
import { bilingualPageMetadata } from "@/lib/page/page-metadata";
import { isPartnerView } from "@/lib/promo/promo-view";
import { PROMO_TEXTS_RU, type PromoTexts } from "@/lib/promo/promo-texts";
import { PROMO_TEXTS_KK } from "@/lib/promo/promo-texts-kk";
import { rewardExamples } from "@/lib/promo/reward-examples";
import { priceList } from "@/lib/prices/price-list";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { PromoPublic } from "@/components/promo/promo-public";
import { PromoPreviewBar } from "@/components/promo/promo-preview-bar";
import { PromoPartnerTools } from "@/components/promo/promo-partner-tools";

/** The promotion and the page's words in each language: the same facts, the words swapped. */
const VERSIONS: Record<Language, { promotion: Promotion; texts: PromoTexts }> = {
  ru: { promotion: kzSummer2025, texts: PROMO_TEXTS_RU },
  kk: { promotion: kzSummer2025Kk, texts: PROMO_TEXTS_KK },
};

/** The title, description and hreflang alternates of /promo or /kk/promo. */
export function promoMetadata(language: Language): Metadata {
  const { promotion, texts } = VERSIONS[language];
  return bilingualPageMetadata("/promo", language, texts.pageTitle(promotion), promotion.fullTitle);
}

/** Long enough for any date form of the contract; the rest of a hostile value is not echoed. */
const MAX_SHOWN = 60;

/**
 * /promo and /kk/promo: the public page as of now, or as of `?at=` (a preview: the same page plus
 * a bar); on the Russian page `?partner=1` («Для партнёров») adds the partner tools below it.
 */
export async function PromoPage({
  language,
  searchParams,
}: {
  language: Language;
  searchParams: Promise<SearchParams>;
}) {
  const { promotion, texts } = VERSIONS[language];
  const params = searchParamsOf(await searchParams);
  const at = params.get("at")?.trim() ?? "";
  const parsed = at === "" ? null : parseAstanaInstant(at);
  const { catalog } = priceList();
  const examples = rewardExamples(promotion, catalog).map((example) => ({
    ...example,
    title: texts.rewards.example(example),
  }));
  return (
    <>
      {at !== "" ? (
        <PromoPreviewBar
          shown={parsed}
          unreadable={
            parsed === null ? (at.length > MAX_SHOWN ? `${at.slice(0, MAX_SHOWN)}…` : at) : null
          }
          day={parsed !== null && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : ""}
          path={pageAddress("/promo", language)}
          texts={texts.preview}
        />
      ) : null}
      <LanguageSwitch page="/promo" language={language} params={params} keep={["at"]} />
      <PromoPublic
        promotion={promotion}
        instant={parsed ?? requestInstant()}
        examples={examples}
        priceList={catalog}
        texts={texts}
      >
        {texts.partner && isPartnerView(params) ? (
          <PromoPartnerTools texts={{ ...texts.partner, ...texts.preview }} />
        ) : null}
      </PromoPublic>
    </>
  );
}
