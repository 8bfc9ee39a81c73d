import * as z from "zod/mini";
import {
  catalogue,
  codedIssue,
  fieldName,
  issueText,
  proposalRequestSchema,
  upperFirst,
  type CodedIssue,
  type ProposalRequest,
} from "@/rules";
import { overviewRawRequest } from "@/lib/overview/overview-url";
import { lineProblem } from "./line-problem";
import {
  defaultFacts,
  proposalDraftFromParams,
  type ProposalDraft,
  type PartyField,
} from "./proposal-url";

/** What the offer page shows: the draft, its request when valid, and messages by field path. */
export interface ProposalForm {
  draft: ProposalDraft;
  request: ProposalRequest | null;
  /** Russian messages by dotted path of the request ("seller.bin", "lines.2.quantity", …). */
  errors: Record<string, string>;
  /**
   * The request with stand-ins for the seller, the client, the number and the date when only those
   * are missing or wrong: the lines can be priced while the partner is still typing them.
   */
  pricing: ProposalRequest | null;
}

/** The request path of each seller or client text field. */
export const PARTY_PATHS: Record<PartyField, string> = {
  sellerCompany: "seller.company",
  sellerBin: "seller.bin",
  sellerAddress: "seller.address",
  sellerIban: "seller.iban",
  sellerBik: "seller.bik",
  sellerBank: "seller.bank",
  sellerKbe: "seller.kbe",
  sellerDirector: "seller.director",
  sellerDirectorTitle: "seller.directorTitle",
  sellerPerson: "seller.person",
  sellerPhone: "seller.phone",
  sellerEmail: "seller.email",
  clientName: "client.name",
  clientBin: "client.bin",
  clientAddress: "client.address",
  clientContact: "client.contact",
  number: "number",
  issuedAt: "issuedAt",
  vatMode: "vat.mode",
  vatRate: "vat.rate",
  language: "language",
};

const given = (text: string) => (text.trim() === "" ? undefined : text);

/** A typed VAT rate as a number («12», «12,5»); anything else as typed, for the schema to name. */
function rateOf(text: string): number | string | undefined {
  const t = text.trim().replace(",", ".").replace(/\s*%$/, "");
  if (t === "") return undefined;
  return /^\d{1,3}(\.\d{1,2})?$/.test(t) ? Number(t) : text;
}

/** The VAT of the draft: none chosen → what the price list says (left out). */
function vatOf(p: ProposalDraft["parties"]): Record<string, unknown> | undefined {
  if (p.vatMode === "") return undefined;
  const rate = rateOf(p.vatRate);
  return rate === undefined ? { mode: p.vatMode } : { mode: p.vatMode, rate };
}

/**
 * The document's language as typed in a link: "kk ru" is how a hand-typed `lang=kk+ru` arrives
 * (a `+` in a query is a space); "" is Russian, the default (left out).
 */
function documentLanguageOf(text: string): string | undefined {
  const lang = text.trim().replace(/\s+/g, "+");
  return lang === "" ? undefined : lang;
}

/** The draft as the JSON of POST /api/offer, before validation (empty texts left out). */
function proposalRawRequest(draft: ProposalDraft): Record<string, unknown> {
  const p = draft.parties;
  const defined = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return defined({
    number: given(p.number),
    issuedAt: given(p.issuedAt),
    // Required texts stay even when empty, so the message names them.
    seller: defined({
      company: p.sellerCompany,
      bin: given(p.sellerBin),
      address: given(p.sellerAddress),
      iban: given(p.sellerIban),
      bik: given(p.sellerBik),
      bank: given(p.sellerBank),
      kbe: given(p.sellerKbe),
      director: given(p.sellerDirector),
      directorTitle: given(p.sellerDirectorTitle),
      person: given(p.sellerPerson),
      phone: given(p.sellerPhone),
      email: given(p.sellerEmail),
    }),
    client: defined({
      name: p.clientName,
      bin: given(p.clientBin),
      address: given(p.clientAddress),
      contact: given(p.clientContact),
    }),
    vat: vatOf(p),
    language: documentLanguageOf(p.language),
    appendix: draft.notes || undefined,
    ...overviewRawRequest(draft.facts),
    lines: draft.lines,
  });
}

const FACT_ERROR = /^(orderedAt|paidAt|customer|history)(\.|$)/;

/** The path is one of the client's answers or dates (shared by every line). */
export const isFactPath = (path: string) => FACT_ERROR.test(path);

const ru = catalogue("ru");

/**
 * An issue of the client's facts, a party, the number or a quantity, after the field's label
 * («Дата заказа: неверная дата…», «Количество: не меньше 1»); one of the lines as a whole
 * («В КП не больше 30 строк») alone.
 */
function fieldMessage(issue: CodedIssue): string {
  const text = issueText(ru, issue);
  const field =
    issue.path.length > 1 || issue.path[0] !== "lines" ? fieldName(ru, issue.path) : null;
  return field ? ru.compose.labelled(field.label, text) : upperFirst(text);
}

/** The product issues of one line: its index and the issue's path under the product. */
function productIssue(issue: CodedIssue): { index: number; issue: CodedIssue } | null {
  const [head, index, product, ...rest] = issue.path;
  if (head !== "lines" || typeof index !== "number" || product !== "product") return null;
  return { index, issue: { ...issue, path: rest } };
}

/** Messages by path: each field's after its label, each line's product in one message. */
function formErrors(issues: readonly CodedIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const byLine = new Map<number, CodedIssue[]>();
  for (const issue of issues) {
    const line = productIssue(issue);
    if (line) byLine.set(line.index, [...(byLine.get(line.index) ?? []), line.issue]);
    else errors[issue.path.join(".")] ??= fieldMessage(issue);
  }
  for (const [index, list] of byLine) {
    errors[`lines.${index}.product`] = lineProblem(ru, index, list);
  }
  return errors;
}

const PARTY_ERROR = /^(seller|client|number|issuedAt|vat|language)(\.|$)/;

/**
 * The request of `raw` (the JSON of POST /api/offer) with stand-ins for the seller, the client, the
 * number and the date, or null when anything else is invalid: lines can be priced while the
 * partner is still typing the parties.
 */
export function pricingRequest(raw: Record<string, unknown>): ProposalRequest | null {
  // Optional fields accept undefined: the number and the date fall back to their defaults.
  const standIn = {
    ...raw,
    number: undefined,
    issuedAt: undefined,
    seller: { company: "—" },
    client: { name: "—" },
  };
  const lenient = z.safeParse(proposalRequestSchema, standIn);
  if (lenient.success) return lenient.data;
  // A VAT still being typed (or a language no document has): priced as the price list says, in Russian.
  const withoutVat = z.safeParse(proposalRequestSchema, {
    ...standIn,
    vat: undefined,
    language: undefined,
  });
  return withoutVat.success ? withoutVat.data : null;
}

/** Reads an offer from its query and validates it with the API's schema. */
export function readProposalForm(query: URLSearchParams, today: string): ProposalForm {
  const draft = proposalDraftFromParams(query, defaultFacts(today));
  const raw = proposalRawRequest(draft);
  const parsed = z.safeParse(proposalRequestSchema, raw, { reportInput: true });
  if (parsed.success) return { draft, request: parsed.data, errors: {}, pricing: parsed.data };
  const errors = formErrors(parsed.error.issues.map(codedIssue));
  const onlyParties = Object.keys(errors).every((path) => PARTY_ERROR.test(path));
  const pricing = onlyParties ? pricingRequest(raw) : null;
  return { draft, request: null, errors, pricing };
}
