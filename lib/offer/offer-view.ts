import { formatTenge, REASON_SHORT, type OfferLineResult, type OfferResult } from "@/rules";
import { describeProduct } from "@/components/quote/describe";

/*
 * An offer as the client reads it, in words and formatted money: the page, the browser print and
 * the server PDF all render these rows, so they match figure for figure.
 */

/** One row of the offer's table (formatted). */
export interface OfferViewLine {
  position: number;
  title: string;
  /** «Скидка 35% по п. 4.1.3, 5.6» or «Скидка не применяется: …». */
  decision: string;
  eligible: boolean;
  quantity: number;
  unitList: string;
  unitPrice: string;
  lineTotal: string;
  /** The CoPilot boost under п. 4.1.6, per unit, when the line gets it. */
  bonus: { title: string; unitList: string; unitPrice: string; discount: string } | null;
}

/** The decision of one line in one sentence, with the clauses that grant or block it. */
export function lineDecision(line: OfferLineResult): string {
  const q = line.quote;
  if (q.eligible) return `Скидка ${q.discountPercent}% по п. ${q.clauses.join(", ")}`;
  const why = q.reasons.map((r) => `${REASON_SHORT[r.code]} (п. ${r.clause})`);
  return `Скидка по акции не применяется: ${why.join("; ")}`;
}

/** The table row of one line. */
export function offerViewLine(line: OfferLineResult, index: number): OfferViewLine {
  const q = line.quote;
  return {
    position: index + 1,
    title: describeProduct(line, q),
    decision: lineDecision(line),
    eligible: q.eligible,
    quantity: line.quantity,
    unitList: formatTenge(q.listPrice),
    unitPrice: formatTenge(q.promoPrice),
    lineTotal: formatTenge(line.lineTotal),
    bonus: q.bonus
      ? {
          title: `Буст CoPilot на 12 месяцев, бонус по п. ${q.bonus.clause}`,
          unitList: formatTenge(q.bonus.listPrice),
          unitPrice: formatTenge(q.bonus.promoPrice),
          discount: formatTenge(q.bonus.discount),
        }
      : null,
  };
}

/** The totals as rows: list price, discount (when any), to pay. */
export function offerTotalsRows(
  offer: OfferResult,
): { label: string; value: string; strong: boolean }[] {
  const rows = [{ label: "По прайс-листу", value: formatTenge(offer.totals.list), strong: false }];
  if (offer.totals.discount > 0) {
    rows.push({
      label: "Скидка по акции",
      value: `−${formatTenge(offer.totals.discount)}`,
      strong: false,
    });
  }
  rows.push({ label: "Итого к оплате", value: formatTenge(offer.totals.total), strong: true });
  return rows;
}

/** The seller's details in one line: company, БИН, person, phone, e-mail (the given ones). */
export function sellerLine(seller: OfferResult["seller"]): string {
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
export function clientLine(client: OfferResult["client"]): string {
  return [client.name, client.bin && `БИН/ИИН ${client.bin}`, client.contact]
    .filter(Boolean)
    .join(", ");
}
