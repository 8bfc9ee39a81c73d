import {
  buildProposal,
  lineQuoteRequest,
  type ProposalRequest,
  type ProposalResult,
} from "@/rules";
import { describeClient, describeDates } from "@/lib/quote/describe";

/** «Для партнёра»: what the client answered, the dates, and the remarks behind each line. */
export interface PartnerAppendixData {
  title: string;
  client: string;
  dates: string;
  remarks: { key: string; text: string }[];
}

/**
 * The appendix's content, for the page and the PDF (plain data: it crosses to the PDF worker).
 * Always Russian, as the partner tools are: an offer in another language is re-read in Russian.
 */
export function partnerAppendix(
  request: ProposalRequest,
  offer: ProposalResult,
  options: Parameters<typeof buildProposal>[1],
): PartnerAppendixData {
  const proposal =
    offer.language === "ru" ? offer : buildProposal({ ...request, language: "ru" }, options);
  // The history answers only show in a cloud line's checks: describe the client by such a line.
  const index = Math.max(
    0,
    proposal.lines.findIndex((l) => l.product.line === "cloud"),
  );
  const line = proposal.lines[index]!;
  const quoteRequest = lineQuoteRequest(request, line.product);
  return {
    title: "Приложение для партнёра (не для клиента)",
    client: describeClient(quoteRequest, line.quote),
    dates: describeDates(quoteRequest),
    remarks: [
      ...proposal.warnings.map((r) => ({ key: r.code, text: r.text })),
      ...proposal.lines.flatMap((l, i) =>
        [...l.quote.warnings, ...l.quote.notes].map((r) => ({
          key: `${i}-${r.code}`,
          text: `${i + 1}. ${r.text}`,
        })),
      ),
    ],
  };
}
