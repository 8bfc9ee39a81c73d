import type { ProposalRequest, ProposalResult } from "@/rules";
import { lineQuoteRequest } from "@/rules";
import { describeClient, describeDates } from "@/lib/quote/describe";

/**
 * «Для партнёра»: what the client answered and the remarks behind each line (warnings, notes).
 * Off by default: the client reads the offer, not the partner's working notes.
 */
export function PartnerAppendix({
  request,
  proposal,
}: {
  request: ProposalRequest;
  proposal: ProposalResult;
}) {
  // The history answers only show in a cloud line's checks: describe the client by such a line.
  const index = Math.max(
    0,
    proposal.lines.findIndex((l) => l.product.line === "cloud"),
  );
  const line = proposal.lines[index]!;
  const quoteRequest = lineQuoteRequest(request, line.product);
  const remarks = [
    ...proposal.warnings.map((r) => ({ key: r.code, text: r.text })),
    ...proposal.lines.flatMap((l, i) =>
      [...l.quote.warnings, ...l.quote.notes].map((r) => ({
        key: `${i}-${r.code}`,
        text: `${i + 1}. ${r.text}`,
      })),
    ),
  ];
  return (
    <section
      aria-labelledby="partner-appendix-heading"
      className="mt-6 border-t-2 border-dashed border-slate-500 pt-3 print:break-before-page"
    >
      <h3 id="partner-appendix-heading" className="text-lg font-bold">
        Приложение для партнёра (не для клиента)
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className="font-semibold">Ответы клиента</dt>
        <dd>{describeClient(quoteRequest, line.quote)}</dd>
        <dt className="font-semibold">Даты</dt>
        <dd>{describeDates(quoteRequest)}</dd>
      </dl>
      {remarks.length > 0 ? (
        <>
          <h4 className="mt-2 font-semibold">Оговорки по позициям</h4>
          <ul className="list-disc pl-5">
            {remarks.map((r) => (
              <li key={r.key}>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
