import {
  amountDue,
  documentWords,
  formatTengeTiyn,
  hasEligibleLine,
  issuedText,
  kzSummer2025,
  NO_DISCOUNT_EXPLANATION,
  proposalHeading,
  priceListText,
  validityText,
  type ProposalResult,
} from "@/rules";

/*
 * Every line of the offer's document but the table, in words: the page, the browser print and
 * the server PDF all print these, so the three say the same thing.
 */

/** A party's block: its name, then its details one per line (the given ones). */
export interface PartyBlock {
  label: string;
  name: string;
  details: string[];
}

/** The signature block: «Директор ________ /Ахметова А. А./ М.П.» (blanks when not given). */
export interface Signature {
  title: string;
  name: string;
  stamp: string;
}

/** The offer's document lines, as the page, the print and the PDF all show them. */
export interface ProposalTexts {
  heading: string;
  /** «от 15.08.2025. По акции «Лето с выгодой» для Республики Казахстан.» */
  intro: string;
  /** «ЦЕНЫ — ПРИМЕР» on every page when the prices are examples, else null. */
  mark: { text: string; note: string } | null;
  seller: PartyBlock;
  client: PartyBlock;
  /** The offer is dated after its validity (warning `offer_expired`), else null. */
  expired: string | null;
  /** Why it is not an offer under the promotion, when no line is eligible. */
  noDiscount: string | null;
  /** «Всего к оплате: 615 000,00 ₸ (Шестьсот пятнадцать тысяч тенге 00 тиын), в т.ч. НДС 12% — …». */
  dueInWords: string;
  priceList: string;
  validity: string;
  /** «Менеджер: Иван Петров, +7 700 000 00 00, sales@partner.kz», or null when none is given. */
  manager: string | null;
  signature: Signature;
  rules: string;
  disclaimer: string;
  /** The foot of page `page` of `pages`: the offer's number and «стр. 2 из 3». */
  footer: (page: number, pages: number) => { number: string; page: string };
}

const joined = (parts: readonly (string | undefined)[], by = ", ") =>
  parts.filter((p): p is string => Boolean(p)).join(by);

function sellerBlock(seller: ProposalResult["seller"]): PartyBlock {
  const w = documentWords();
  const bank = joined([
    seller.iban && `${w.iban} ${seller.iban}`,
    seller.bik && `${w.bik} ${seller.bik}`,
    seller.bank && `${w.bank}: ${seller.bank}`,
    seller.kbe && `${w.kbe} ${seller.kbe}`,
  ]);
  return {
    label: w.seller,
    name: seller.company,
    details: [
      seller.bin && `${w.bin} ${seller.bin}`,
      seller.address && `${w.address}: ${seller.address}`,
      bank,
    ].filter((d): d is string => Boolean(d)),
  };
}

function clientBlock(client: ProposalResult["client"]): PartyBlock {
  const w = documentWords();
  return {
    label: w.client,
    name: client.name,
    details: [
      client.bin && `${w.bin} ${client.bin}`,
      client.address && `${w.address}: ${client.address}`,
      client.contact && `${w.contact}: ${client.contact}`,
    ].filter((d): d is string => Boolean(d)),
  };
}

/** The amount due in figures and words, with what it holds of VAT. */
function dueInWords(proposal: ProposalResult): string {
  const w = documentWords();
  const { vat } = proposal;
  const due = amountDue(vat, proposal.totals.total);
  const sentence = w.dueInWords(formatTengeTiyn(due), proposal.totalInWords);
  if (vat.mode === null) return `${sentence}. ${w.vatUnknown}.`;
  if (vat.mode === "none" || vat.rate === null) return `${sentence}, ${w.noVat.toLowerCase()}.`;
  return `${sentence}, ${w.vatIncluded(vat.rate)} — ${formatTengeTiyn(vat.amount ?? "0")}.`;
}

/** The document lines of an offer. */
export function proposalTexts(proposal: ProposalResult): ProposalTexts {
  const w = documentWords();
  const { seller } = proposal;
  const heading = proposalHeading(proposal);
  return {
    heading,
    intro: `${issuedText(proposal.issuedAt)}. По акции «${kzSummer2025.title}» для Республики Казахстан.`,
    mark:
      proposal.priceSource.kind === "example"
        ? { text: w.exampleMark, note: w.exampleMarkNote }
        : null,
    seller: sellerBlock(seller),
    client: clientBlock(proposal.client),
    expired: proposal.warnings.find((r) => r.code === "offer_expired")?.text ?? null,
    noDiscount: hasEligibleLine(proposal) ? null : NO_DISCOUNT_EXPLANATION,
    dueInWords: dueInWords(proposal),
    priceList: `${priceListText(proposal.priceSource)}.`,
    validity: `${validityText(proposal.validUntil)}.`,
    manager:
      seller.person || seller.phone || seller.email
        ? `${w.manager}: ${joined([seller.person, seller.phone, seller.email])}`
        : null,
    signature: {
      title: seller.directorTitle ?? w.director,
      name: seller.director ? `/${seller.director}/` : `/${w.signatureBlank}/`,
      stamp: w.stamp,
    },
    rules: `Правила акции «${kzSummer2025.fullTitle}»: ${kzSummer2025.rulesUrl}. Организатор — ${kzSummer2025.organizer}.`,
    disclaimer:
      "Расчёт носит информационный характер. В ситуациях, допускающих неоднозначное толкование Правил, и по вопросам, не урегулированным Правилами, окончательное решение принимает Организатор (п. 8.1 Правил).",
    footer: (page, pages) => ({ number: heading, page: w.page(page, pages) }),
  };
}

/** The signature block in one line, as the PDF writes it. */
export function signatureLine(s: Signature): string {
  return `${s.title} ____________ ${s.name}   ${s.stamp}`;
}
