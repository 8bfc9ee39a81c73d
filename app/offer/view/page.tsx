import type { Metadata } from "next";
import { buildProposal } from "@/rules";
import { ClientActions } from "@/components/proposal/client-actions";
import { ProposalDocument } from "@/components/proposal/proposal-document";
import { requestDay } from "@/lib/page/clock";
import { pageMetadata } from "@/lib/page/page-metadata";
import { searchParamsOf, type SearchParams } from "@/lib/page/search-params";
import { priceList } from "@/lib/prices/price-list";
import { documentTitle } from "@/lib/proposal/proposal-texts";
import { readProposalForm } from "@/lib/proposal/proposal-form";
import { clientHrefs, PARTY_KEYS } from "@/lib/proposal/proposal-url";

// A link a partner sends is the client's own offer, not a page for search engines; a Kazakh offer
// is titled in Kazakh (a link's preview in a messenger shows it).
const TITLES = {
  ru: [
    "Коммерческое предложение — акция «Лето с выгодой», 1С-Битрикс Казахстан",
    "Коммерческое предложение по акции «Лето с выгодой»: позиции, цены, НДС, срок действия, PDF.",
  ],
  kk: [
    "Коммерциялық ұсыныс — «Лето с выгодой» акциясы, 1С-Битрикс Қазақстан",
    "«Лето с выгодой» акциясы бойынша коммерциялық ұсыныс: позициялар, бағалар, ҚҚС, жарамдылық мерзімі, PDF.",
  ],
} as const;

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  const lang =
    searchParamsOf(await searchParams)
      .get(PARTY_KEYS.language)
      ?.trim() ?? "";
  const [title, description] = TITLES[lang.startsWith("kk") ? "kk" : "ru"];
  return { ...pageMetadata(title, description), robots: { index: false, follow: false } };
}

/**
 * GET /offer/view?<the offer page's query>: the offer as the client reads it — the document as
 * printed, «Скачать PDF» and «Поделиться»; no partner navigation (app/layout.tsx leaves it out
 * here), no fields, never the partner's appendix.
 */
export default async function ProposalClientPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const form = readProposalForm(searchParamsOf(await searchParams), requestDay());
  const proposal = form.request
    ? buildProposal({ ...form.request, appendix: false }, { catalog: priceList().catalog })
    : null;
  const client = clientHrefs(form.draft);
  return (
    <main id="main" className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-6 sm:py-8">
      {proposal ? (
        <>
          <ClientActions
            target={{
              title: documentTitle(proposal),
              url: client.view,
              pdfUrl: client.pdf,
              fileName: `${proposal.number}.pdf`,
            }}
          />
          <ProposalDocument proposal={proposal} appendix={null} level={1} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">Коммерческое предложение</h1>
          <p>
            По этой ссылке не удаётся показать предложение: в ней не хватает данных. Попросите
            отправителя прислать ссылку ещё раз.
          </p>
        </>
      )}
    </main>
  );
}
