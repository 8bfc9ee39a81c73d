import {
  documentLanguages,
  documentWords,
  formatTenge,
  formatTengeTiyn,
  hasListPrice,
  type DocumentLanguage,
  type ProposalLineResult,
  type ProposalResult,
} from "@/rules";
import { lineWords } from "./line-words";

/** The columns of the offer's table, on the page and in the PDF, in the document's language. */
export const proposalColumns = (lang: DocumentLanguage = "ru") => documentWords(lang).columns;

/*
 * An offer as the client reads it, in words and formatted money: the page, the browser print and
 * the server PDF all render these rows, so they match figure for figure.
 */

/** One row of the offer's table (formatted). */
export interface ProposalViewLine {
  position: number;
  title: string;
  /** «Скидка 35% по п. 4.1.3, 5.6» or «Скидка не применяется: …» (one line per language). */
  decision: string;
  eligible: boolean;
  quantity: number;
  unitList: string;
  unitPrice: string;
  lineTotal: string;
  /** The Copilot boost under п. 4.1.6, per unit, when the line gets it. */
  bonus: { title: string; unitList: string; unitPrice: string; discount: string } | null;
}

/** The table row of one line, its words in the document's language(s). */
export function proposalViewLine(
  line: ProposalLineResult,
  index: number,
  lang: DocumentLanguage = "ru",
): ProposalViewLine {
  const q = line.quote;
  const words = lineWords(documentLanguages(lang));
  return {
    position: index + 1,
    title: words.title(line),
    decision: words.decision(line),
    eligible: q.eligible,
    quantity: line.quantity,
    // A move without a price (not an upgrade) shows «—», not «0 ₸»; a line without the discount
    // has no price «по акции».
    unitList: hasListPrice(q) ? formatTenge(q.listPrice) : "—",
    unitPrice: hasListPrice(q) && q.eligible ? formatTenge(q.promoPrice) : "—",
    lineTotal: hasListPrice(q) ? formatTenge(line.lineTotal) : "—",
    bonus: q.bonus
      ? {
          title: words.bonusTitle(formatTenge(q.bonus.discount), q.bonus.clause),
          unitList: formatTenge(q.bonus.listPrice),
          unitPrice: formatTenge(q.bonus.promoPrice),
          discount: formatTenge(q.bonus.discount),
        }
      : null,
  };
}

/** One row under the table: a label and its amount ("" when the row is only words). */
export interface TotalsRow {
  label: string;
  value: string;
  strong: boolean;
}

/**
 * The totals as rows: list price, discount (when any), the amount due and the VAT — «в т.ч. НДС
 * 12%» under it when included; «Итого без НДС», «НДС 12%», «Итого с НДС» when on top; «Без НДС»;
 * «НДС: уточняется» when nobody said.
 */
export function proposalTotalsRows(proposal: ProposalResult): TotalsRow[] {
  const w = documentWords(proposal.language);
  const { totals, vat } = proposal;
  const row = (label: string, value: string, strong = false) => ({ label, value, strong });
  const rows = [row(w.listTotal, formatTenge(totals.list))];
  if (totals.discount > 0) rows.push(row(w.discount, `−${formatTenge(totals.discount)}`));
  const total = formatTenge(totals.total);
  if (vat.mode === "excluded" && vat.rate !== null) {
    return [
      ...rows,
      row(w.totalWithoutVat, total),
      row(w.vatOnTop(vat.rate), formatTengeTiyn(vat.amount ?? "0")),
      row(w.totalWithVat, formatTengeTiyn(vat.totalWithVat ?? "0"), true),
    ];
  }
  rows.push(row(w.due, total, true));
  if (vat.mode === "included" && vat.rate !== null) {
    rows.push(row(w.vatIncluded(vat.rate), formatTengeTiyn(vat.amount ?? "0")));
  } else rows.push(row(vat.mode === "none" ? w.noVat : w.vatUnknown, ""));
  return rows;
}
