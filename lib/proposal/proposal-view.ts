import { copilotBonusTitle } from "@/lib/quote/glossary";
import {
  formatTenge,
  hasEligibleLine,
  hasListPrice,
  issuedText,
  kzSummer2025,
  NO_DISCOUNT_EXPLANATION,
  proposalHeading,
  priceListText,
  REASON_SHORT,
  validityText,
  vatText,
  type ProposalLineResult,
  type ProposalResult,
} from "@/rules";
import { describeProduct } from "@/lib/quote/describe";

/** The columns of the offer's table, on the page and in the PDF. */
export const PROPOSAL_COLUMNS = [
  "№",
  "Позиция",
  "Кол-во",
  "Цена за ед.",
  "По акции за ед.",
  "Сумма",
] as const;

/*
 * An offer as the client reads it, in words and formatted money: the page, the browser print and
 * the server PDF all render these rows, so they match figure for figure.
 */

/** One row of the offer's table (formatted). */
export interface ProposalViewLine {
  position: number;
  title: string;
  /** «Скидка 35% по п. 4.1.3, 5.6» or «Скидка не применяется: …». */
  decision: string;
  eligible: boolean;
  quantity: number;
  unitList: string;
  unitPrice: string;
  lineTotal: string;
  /** The Copilot boost under п. 4.1.6, per unit, when the line gets it. */
  bonus: { title: string; unitList: string; unitPrice: string; discount: string } | null;
}

/** The decision of one line in one sentence, with the clauses that grant or block it. */
function lineDecision(line: ProposalLineResult): string {
  const q = line.quote;
  if (q.eligible) return `Скидка ${q.discountPercent}% по п. ${q.clauses.join(", ")}`;
  const why = q.reasons.map((r) => `${REASON_SHORT[r.code]} (п. ${r.clause})`);
  return `Скидка по акции не применяется: ${why.join("; ")}`;
}

/** The table row of one line. */
export function proposalViewLine(line: ProposalLineResult, index: number): ProposalViewLine {
  const q = line.quote;
  return {
    position: index + 1,
    title: describeProduct(line, q),
    decision: lineDecision(line),
    eligible: q.eligible,
    quantity: line.quantity,
    // A move without a price (not an upgrade) shows «—», not «0 ₸».
    unitList: hasListPrice(q) ? formatTenge(q.listPrice) : "—",
    unitPrice: hasListPrice(q) ? formatTenge(q.promoPrice) : "—",
    lineTotal: hasListPrice(q) ? formatTenge(line.lineTotal) : "—",
    bonus: q.bonus
      ? {
          title: copilotBonusTitle(formatTenge(q.bonus.discount), q.bonus.clause),
          unitList: formatTenge(q.bonus.listPrice),
          unitPrice: formatTenge(q.bonus.promoPrice),
          discount: formatTenge(q.bonus.discount),
        }
      : null,
  };
}

/** The totals as rows: list price, discount (when any), to pay. */
export function proposalTotalsRows(
  proposal: ProposalResult,
): { label: string; value: string; strong: boolean }[] {
  const rows = [
    { label: "По прайс-листу", value: formatTenge(proposal.totals.list), strong: false },
  ];
  if (proposal.totals.discount > 0) {
    rows.push({
      label: "Скидка по акции",
      value: `−${formatTenge(proposal.totals.discount)}`,
      strong: false,
    });
  }
  rows.push({ label: "Итого к оплате", value: formatTenge(proposal.totals.total), strong: true });
  return rows;
}

/** The seller's details in one line: company, БИН, person, phone, e-mail (the given ones). */
export function sellerLine(seller: ProposalResult["seller"]): string {
  return [
    seller.company,
    seller.bin && `БИН/ИИН ${seller.bin}`,
    seller.person,
    seller.phone,
    seller.email,
  ]
    .filter(Boolean)
    .join(", ");
}

/** The client's details in one line: name, БИН, contact (the given ones). */
export function clientLine(client: ProposalResult["client"]): string {
  return [client.name, client.bin && `БИН/ИИН ${client.bin}`, client.contact]
    .filter(Boolean)
    .join(", ");
}

/** The offer's header and footer lines, as the page, the print and the PDF all show them. */
export interface ProposalTexts {
  heading: string;
  /** «от 15.08.2025. По акции «Лето с выгодой» для Республики Казахстан.» */
  intro: string;
  /** Why it is not an offer under the promotion, when no line is eligible. */
  noDiscount: string | null;
  /** «Цены с НДС.» / «Цены без НДС.», or null when the price list does not say. */
  vat: string | null;
  priceList: string;
  validity: string;
}

/** The header and footer lines of an offer. */
export function proposalTexts(proposal: ProposalResult): ProposalTexts {
  const vat = vatText(proposal.vatIncluded);
  return {
    heading: proposalHeading(proposal),
    intro: `${issuedText(proposal.issuedAt)}. По акции «${kzSummer2025.title}» для Республики Казахстан.`,
    noDiscount: hasEligibleLine(proposal) ? null : NO_DISCOUNT_EXPLANATION,
    vat: vat === null ? null : `${vat}.`,
    priceList: `${priceListText(proposal.priceSource)}.`,
    validity: `${validityText(proposal.validUntil)}.`,
  };
}
