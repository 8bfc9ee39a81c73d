import {
  amountDue,
  amountInWords,
  documentLanguages,
  documentWords,
  expiredText,
  formatTengeTiyn,
  hasEligibleLine,
  issuedText,
  kzSummer2025,
  NO_DISCOUNT_EXPLANATION,
  proposalHeading,
  priceListText,
  validityText,
  type DocumentWords,
  type Language,
  type ProposalResult,
} from "@/rules";
import { kzSummer2025Kk } from "@/rules/promotion/kz-summer-2025-kk";
import { PROPOSAL_TEXTS_KK } from "@/rules/proposal/proposal-texts-kk";

/*
 * Every line of the offer's document but the table, in words, in the document's language: the
 * page, the browser print and the server PDF all print these, so the three say the same thing.
 * A bilingual document (`kk+ru`) labels with «Kazakh / Russian» and writes every sentence twice,
 * the Kazakh one first, on lines of their own.
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
  /** The title, one line per language («Коммерциялық ұсыныс № …», then the Russian one). */
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
  /** The words of the labels (both languages' in a bilingual document). */
  words: DocumentWords;
  /** The foot of page `page` of `pages`: the offer's number and «стр. 2 из 3». */
  footer: (page: number, pages: number) => { number: string; page: string };
}

const joined = (parts: readonly (string | undefined)[], by = ", ") =>
  parts.filter((p): p is string => Boolean(p)).join(by);

function sellerBlock(seller: ProposalResult["seller"], w: DocumentWords): PartyBlock {
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

function clientBlock(client: ProposalResult["client"], w: DocumentWords): PartyBlock {
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

/** The amount due in figures and words, with what it holds of VAT, in one language. */
function dueInWords(proposal: ProposalResult, lang: Language): string {
  const w = documentWords(lang);
  const { vat } = proposal;
  const due = amountDue(vat, proposal.totals.total);
  const sentence = w.dueInWords(formatTengeTiyn(due), amountInWords(due, lang));
  if (vat.mode === null) return `${sentence}. ${w.vatUnknown}.`;
  if (vat.mode === "none" || vat.rate === null) return `${sentence}, ${w.noVat.toLowerCase()}.`;
  return `${sentence}, ${w.vatIncluded(vat.rate)} — ${formatTengeTiyn(vat.amount ?? "0")}.`;
}

/** The Russian texts of `proposal-texts.ts`, keyed as the Kazakh ones. */
const RU_TEXTS = {
  proposalHeading,
  issuedText,
  validityText,
  priceListText,
  NO_DISCOUNT_EXPLANATION,
} satisfies Partial<Record<keyof typeof PROPOSAL_TEXTS_KK, unknown>>;

/** The sentences of the document in one language (the labels are in `words`). */
function sentences(proposal: ProposalResult, lang: Language) {
  const kk = lang === "kk";
  const t = kk ? PROPOSAL_TEXTS_KK : RU_TEXTS;
  const promo = kk ? kzSummer2025Kk : kzSummer2025;
  const issued = t.issuedText(proposal.issuedAt);
  return {
    heading: t.proposalHeading(proposal),
    intro: kk
      ? `${issued} Қазақстан Республикасы үшін «${promo.title}» акциясы бойынша.`
      : `${issued}. По акции «${promo.title}» для Республики Казахстан.`,
    expired: expiredText(proposal.issuedAt, proposal.validUntil, lang),
    noDiscount: hasEligibleLine(proposal) ? null : t.NO_DISCOUNT_EXPLANATION,
    dueInWords: dueInWords(proposal, lang),
    priceList: `${t.priceListText(proposal.priceSource)}.`,
    validity: `${t.validityText(proposal.validUntil)}.`,
    rules: kk
      ? `Акция ережелері «${promo.fullTitle}»: ${promo.rulesUrl}. Ұйымдастырушы — ${promo.organizer}.`
      : `Правила акции «${promo.fullTitle}»: ${promo.rulesUrl}. Организатор — ${promo.organizer}.`,
    disclaimer: kk
      ? "Есеп ақпараттық сипатта. Ережелерді екіұшты түсіндіруге жол беретін жағдайларда және Ережелерде реттелмеген мәселелер бойынша түпкілікті шешімді Ұйымдастырушы қабылдайды (Ережелердің 8.1-тармағы)."
      : "Расчёт носит информационный характер. В ситуациях, допускающих неоднозначное толкование Правил, и по вопросам, не урегулированным Правилами, окончательное решение принимает Организатор (п. 8.1 Правил).",
  };
}

type Sentences = ReturnType<typeof sentences>;

/** Each sentence in every language of the document, one line per language (Kazakh first). */
function joinSentences(each: readonly Sentences[]): Sentences {
  const join = (pick: (s: Sentences) => string | null) => {
    const texts = each.map(pick).filter((t): t is string => t !== null);
    return texts.length === 0 ? null : texts.join("\n");
  };
  const first = each[0]!;
  return Object.fromEntries(
    (Object.keys(first) as (keyof Sentences)[]).map((key) => [key, join((s) => s[key])]),
  ) as Sentences;
}

/** The document lines of an offer, in its language (`proposal.language`). */
export function proposalTexts(proposal: ProposalResult): ProposalTexts {
  const lang = proposal.language ?? "ru";
  const w = documentWords(lang);
  const s = joinSentences(documentLanguages(lang).map((l) => sentences(proposal, l)));
  const { seller } = proposal;
  return {
    ...s,
    mark:
      proposal.priceSource.kind === "example"
        ? { text: w.exampleMark, note: w.exampleMarkNote }
        : null,
    seller: sellerBlock(seller, w),
    client: clientBlock(proposal.client, w),
    manager:
      seller.person || seller.phone || seller.email
        ? `${w.manager}: ${joined([seller.person, seller.phone, seller.email])}`
        : null,
    signature: {
      title: seller.directorTitle ?? w.director,
      name: seller.director ? `/${seller.director}/` : `/${w.signatureBlank}/`,
      stamp: w.stamp,
    },
    words: w,
    footer: (page, pages) => ({
      number: s.heading.replace(/\n/g, " / "),
      page: w.page(page, pages),
    }),
  };
}

/** The document's title on one line («Коммерциялық ұсыныс № … / Коммерческое предложение № …»). */
export const documentTitle = (proposal: ProposalResult): string =>
  oneLine(proposalTexts(proposal).heading);

const oneLine = (text: string) => text.replace(/\n/g, " / ");

/** The signature block in one line, as the PDF writes it. */
export function signatureLine(s: Signature): string {
  return `${s.title} ____________ ${s.name}   ${s.stamp}`;
}
