import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page/page-metadata";
import { requestDay } from "@/lib/page/clock";
import {
  autoProposalNumber,
  buildProposal,
  positionsText,
  upperFirst,
  type ProposalRequest,
  type ProposalResult,
} from "@/rules";
import { ProposalActions } from "@/components/proposal/proposal-actions";
import { FocusFromHash } from "@/components/proposal/focus-from-hash";
import { ProposalDocument } from "@/components/proposal/proposal-document";
import { PROPOSAL_FORM_ID, ProposalEditor, SENT_KEY } from "@/components/proposal/proposal-editor";
import { ProposalMemory } from "@/components/proposal/proposal-memory";
import { PartnerAppendix } from "@/components/proposal/partner-appendix";
import { describeCustomer, describeDates } from "@/lib/quote/describe";
import { redirect } from "next/navigation";
import { droppedLinesMessage, withoutDroppedHref } from "@/lib/proposal/dropped-lines";
import { linePreviews } from "@/lib/proposal/line-previews";
import { isFactPath, readProposalForm } from "@/lib/proposal/proposal-form";
import { clientHrefs, proposalSearchParams } from "@/lib/proposal/proposal-url";
import { partnerAppendix } from "@/lib/proposal/partner-appendix";
import { priceList } from "@/lib/prices/price-list";
import { documentTitle } from "@/lib/proposal/proposal-texts";
import { overviewHref } from "@/lib/overview/overview-url";
import { calculatorHref } from "@/lib/proposal/calculator-href";
import { ALT_KEY, altFacts, answerChoices, factDifferences } from "@/lib/proposal/join-lines";
import { AnswersChoice } from "@/components/proposal/answers-choice";
import { searchParamsOf, type SearchParams } from "@/lib/page/search-params";

export const metadata: Metadata = pageMetadata(
  "Коммерческое предложение — акция «Лето с выгодой», 1С-Битрикс Казахстан",
  "Коммерческое предложение клиенту по акции «Лето с выгодой»: несколько позиций, продавец и клиент, срок действия, PDF.",
);

/** The document's offer: the editor's Russian one, or the request priced in its own language. */
function documentOf(
  request: ProposalRequest,
  russian: ProposalResult | null,
  facts: Parameters<typeof buildProposal>[1],
): ProposalResult | null {
  return (request.language ?? "ru") === "ru" ? russian : buildProposal(request, facts);
}

export default async function ProposalPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const today = requestDay();
  const params = searchParamsOf(await searchParams);
  const form = readProposalForm(params, today);
  // Lines past 30 or unreadable tokens: on to the address without them (and a count of them).
  const cleaned = withoutDroppedHref(params, form.draft);
  if (cleaned) redirect(cleaned);
  const sent = params.get(SENT_KEY) === "1";
  const facts = { catalog: priceList().catalog };
  // The editor is Russian whatever the document's language: its lines and warnings are priced so.
  const priced = form.pricing ? buildProposal({ ...form.pricing, language: "ru" }, facts) : null;
  // A valid form prices its request as `pricing`: a Russian offer serves both.
  const proposal = form.request ? documentOf(form.request, priced, facts) : null;
  const previews = linePreviews(form, facts.catalog, today, priced);
  // The number the offer gets when the partner types none (shown as the field's placeholder).
  const autoNumber = form.request ? autoProposalNumber(form.request) : "";
  const query = proposalSearchParams(form.draft).toString();
  const client = clientHrefs(form.draft);
  const factErrors = Object.entries(form.errors).filter(([path]) => isFactPath(path));
  const answersHref = overviewHref(form.draft.facts);
  // A line joined with other answers: the differences and the two choices (lib/proposal/join-lines).
  const alt = params.get(ALT_KEY);
  const lineFacts = alt === null ? null : altFacts(alt, form.draft.facts);
  const differences = lineFacts ? factDifferences(form.draft.facts, lineFacts) : [];
  const choices = lineFacts ? answerChoices(params, lineFacts) : null;
  const firstProduct = form.pricing?.lines[0]?.product;
  const dropped = droppedLinesMessage(form.draft.dropped);

  return (
    <main id="main" className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 sm:py-8">
      <div className="flex flex-col gap-2 print:hidden">
        <h1 className="text-2xl font-bold sm:text-3xl">Коммерческое предложение</h1>
        <p className="max-w-3xl text-slate-700">
          Позиции добавляются кнопкой «Добавить в КП» в калькуляторе и галочками на странице «Что
          доступно клиенту». Все позиции считаются для одного клиента с одними ответами и датами.
          Предложение хранится в адресе страницы: ссылку можно отправить коллеге.
        </p>
      </div>

      {choices && differences.length > 0 ? (
        <AnswersChoice
          differences={differences}
          keepHref={`/offer?${choices.keep}`}
          takeHref={`/offer?${choices.take}`}
        />
      ) : null}

      <section
        aria-labelledby="offer-facts-heading"
        className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-slate-50 p-4 print:hidden"
      >
        <h2 id="offer-facts-heading" className="text-xl font-semibold">
          Клиент и даты — общие для всех позиций
        </h2>
        {form.pricing ? (
          <p>
            {upperFirst(describeCustomer(form.pricing.customer))}; {describeDates(form.pricing)}.
          </p>
        ) : null}
        {factErrors.length > 0 ? (
          <ul className="list-disc pl-5 font-medium text-red-800">
            {factErrors.map(([path, message]) => (
              <li key={path}>{message}</li>
            ))}
          </ul>
        ) : null}
        <p>
          <a
            href={answersHref}
            className="inline-flex min-h-11 items-center text-blue-800 underline"
          >
            Изменить ответы клиента или добавить позиции на странице «Что доступно клиенту»
          </a>
        </p>
        <p className="text-slate-700">
          {form.draft.lines.length === 0
            ? "В КП пока нет позиций."
            : `В КП ${positionsText(form.draft.lines.length)}.`}{" "}
          <a
            href={calculatorHref(form.draft.facts, firstProduct)}
            className="text-blue-800 underline"
          >
            Открыть калькулятор
          </a>
        </p>
        {dropped ? <p className="font-medium text-amber-900">{dropped}</p> : null}
      </section>

      <div className="print:hidden">
        <ProposalEditor
          form={form}
          priced={priced}
          previews={previews}
          autoNumber={autoNumber}
          sent={sent}
        />
      </div>

      <section aria-labelledby="offer-preview-heading" className="flex flex-col gap-3">
        <h2 id="offer-preview-heading" className="text-2xl font-semibold print:hidden">
          Так КП увидит клиент
        </h2>
        <ProposalActions
          pdfHref={proposal ? `/offer/pdf?${query}` : null}
          share={
            proposal
              ? {
                  title: documentTitle(proposal),
                  url: client.view,
                  pdfUrl: client.pdf,
                  fileName: `${proposal.number}.pdf`,
                }
              : null
          }
        />
        {proposal && form.request ? (
          <div className="rounded-lg border border-slate-300 p-4 print:border-0 print:p-0">
            <ProposalDocument
              proposal={proposal}
              appendix={
                form.draft.notes ? (
                  <PartnerAppendix data={partnerAppendix(form.request, proposal, facts)} />
                ) : null
              }
            />
          </div>
        ) : (
          <p className="print:hidden">
            {form.draft.lines.length === 0
              ? "Добавьте хотя бы одну позицию — КП появится здесь."
              : sent
                ? "Заполните отмеченные поля — КП появится здесь."
                : "Заполните данные продавца и клиента — КП появится здесь."}
          </p>
        )}
      </section>
      <ProposalMemory formId={PROPOSAL_FORM_ID} query={query} />
      <FocusFromHash query={query} />
    </main>
  );
}
