import * as z from "zod/mini";
import { offerRequestSchema, type OfferRequest } from "@/rules";
import { russianErrors } from "@/lib/api/validate";
import { offersRawRequest } from "@/lib/offers-url";
import { defaultFacts, offerDraftFromParams, type OfferDraft, type PartyField } from "./offer-url";

/** What the offer page shows: the draft, its request when valid, and messages by field path. */
export interface OfferForm {
  draft: OfferDraft;
  request: OfferRequest | null;
  /** Russian messages by dotted path of the request ("seller.bin", "lines.2.quantity", …). */
  errors: Record<string, string>;
  /**
   * The request with stand-ins for the seller, the client, the number and the date when only those
   * are missing or wrong: the lines can be priced while the partner is still typing them.
   */
  pricing: OfferRequest | null;
}

/** The request path of each seller or client text field. */
export const PARTY_PATHS: Record<PartyField, string> = {
  sellerCompany: "seller.company",
  sellerBin: "seller.bin",
  sellerPerson: "seller.person",
  sellerPhone: "seller.phone",
  sellerEmail: "seller.email",
  clientName: "client.name",
  clientBin: "client.bin",
  clientContact: "client.contact",
  number: "number",
  issuedAt: "issuedAt",
};

const given = (text: string) => (text.trim() === "" ? undefined : text);

/** The draft as the JSON of POST /api/offer, before validation (empty texts left out). */
export function offerRawRequest(draft: OfferDraft): Record<string, unknown> {
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
      person: given(p.sellerPerson),
      phone: given(p.sellerPhone),
      email: given(p.sellerEmail),
    }),
    client: defined({
      name: p.clientName,
      bin: given(p.clientBin),
      contact: given(p.clientContact),
    }),
    ...offersRawRequest(draft.facts),
    lines: draft.lines,
  });
}

/**
 * The page's words for a schema issue: an API message lists request values («одно из значений
 * shop_crm, corporate_portal…»), which mean nothing to a partner; the page says which field.
 */
function pageMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_value") return issue.message;
  return issue.message.replace(/: одно из значений .*$/s, ": значение не из списка");
}

const PARTY_ERROR = /^(seller|client|number|issuedAt)(\.|$)/;

/** Reads an offer from its query and validates it with the API's schema. */
export function readOfferForm(query: URLSearchParams, today: string): OfferForm {
  const draft = offerDraftFromParams(query, defaultFacts(today));
  const raw = offerRawRequest(draft);
  const parsed = z.safeParse(offerRequestSchema, raw, { error: russianErrors });
  if (parsed.success) return { draft, request: parsed.data, errors: {}, pricing: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= pageMessage(issue);
  let pricing: OfferRequest | null = null;
  if (Object.keys(errors).every((path) => PARTY_ERROR.test(path))) {
    // Optional fields accept undefined: the number and the date fall back to their defaults.
    const standIn = {
      ...raw,
      number: undefined,
      issuedAt: undefined,
      seller: { company: "—" },
      client: { name: "—" },
    };
    const lenient = z.safeParse(offerRequestSchema, standIn);
    pricing = lenient.success ? lenient.data : null;
  }
  return { draft, request: null, errors, pricing };
}

/** Messages of the errors under `prefix` (e.g. "lines.2"), for a line's summary. */
export function errorsUnder(errors: Record<string, string>, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([, message]) => message);
}
