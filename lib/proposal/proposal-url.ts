import { MAX_PROPOSAL_LINES, type QuoteRequest } from "@/rules";
import {
  OVERVIEW_FIELDS,
  readOverviewForm,
  type OverviewValues,
} from "@/lib/overview/overview-url";

/*
 * The offer lives in the address bar, like the quote: a reload or a shared link shows the same
 * offer. The client's answers use the /offers keys (so /offers and /offer hand them to each
 * other unchanged); every line is one compact `l` token; a quantity other than 1 is `q<index>`
 * (`q0` for the first line), so a link from elsewhere that adds lines needs none; the seller's
 * and the client's texts have short keys. Only non-empty values are
 * written. Keys and values use only characters a query string keeps as they are (`*`, `.`, `_`,
 * `-`), so ten lines stay well under 2 000 characters.
 */

/** The seller's and client's text fields and their query keys. */
export const PARTY_KEYS = {
  sellerCompany: "sc",
  sellerBin: "sb",
  sellerAddress: "sa",
  sellerIban: "si",
  sellerBik: "sk",
  sellerBank: "sn",
  sellerKbe: "sq",
  sellerDirector: "sd",
  sellerDirectorTitle: "sdt",
  sellerPerson: "sp",
  sellerPhone: "st",
  sellerEmail: "se",
  clientName: "cn",
  clientBin: "cb",
  clientAddress: "ca",
  clientContact: "cc",
  number: "n",
  issuedAt: "d",
  /** VAT: included | excluded | none, or "" for what the price list says. */
  vatMode: "vat",
  vatRate: "vr",
  /** The document's language: ru | kk | kk+ru ("" for Russian, the default). */
  language: "lang",
} as const;
export type PartyField = keyof typeof PARTY_KEYS;
const PARTY_FIELDS = Object.keys(PARTY_KEYS) as PartyField[];
/** The seller's fields: remembered in the browser, unlike the client's. */
export const SELLER_FIELDS = [
  "sellerCompany",
  "sellerBin",
  "sellerAddress",
  "sellerIban",
  "sellerBik",
  "sellerBank",
  "sellerKbe",
  "sellerDirector",
  "sellerDirectorTitle",
  "sellerPerson",
  "sellerPhone",
  "sellerEmail",
] as const satisfies readonly PartyField[];

/** Answers of /offers that are not client facts of an offer (its own view switches). */
const NOT_FACTS = new Set(["only", "sourcePurchasedAt", "franchisee"]);
/** The /offers keys the offer carries: the client's answers and the dates. */
export const FACT_FIELDS = OVERVIEW_FIELDS.filter((f) => !NOT_FACTS.has(f));

/** The /offers answers a page starts from: the defaults, ordered today (Astana). */
export function defaultFacts(today: string): OverviewValues {
  return readOverviewForm({}, today).values;
}

/** Everything an offer page holds, as the URL and the form carry it (strings, "" when empty). */
export interface ProposalDraft {
  facts: OverviewValues;
  /** One raw product per line, as decoded (the schema validates it). */
  lines: { product: Record<string, unknown>; quantity: number | string }[];
  parties: Record<PartyField, string>;
  /** The «для партнёра» appendix is shown on the page and put in the PDF. */
  notes: boolean;
  /** `l` tokens of the query left out: past the first MAX_PROPOSAL_LINES, or unreadable. */
  dropped?: { extra: number; unreadable: number };
}

// Product fields and their token keys; `from` of a box upgrade is an object, flattened.
const TOKEN_KEYS: [string, string, "text" | "int" | "bool"][] = [
  ["line", "l", "text"],
  ["plan", "p", "text"],
  ["operation", "o", "text"],
  ["edition", "e", "text"],
  ["users", "u", "int"],
  ["months", "m", "int"],
  ["copilotBoost", "b", "bool"],
  ["copilotBoostListPrice", "bp", "int"],
  ["listPrice", "lp", "int"],
  ["franchisee", "f", "bool"],
  ["sourcePurchasedAt", "s", "text"],
];

/** A product as one `l` token: `l.cloud*p.enterprise*u.250*m.12*b.1`. */
export function productToken(product: QuoteRequest["product"]): string {
  const p = product as Record<string, unknown>;
  const pairs: string[] = [];
  for (const [field, key, kind] of TOKEN_KEYS) {
    const value = p[field];
    if (value === undefined || (kind === "bool" && value === false)) continue;
    pairs.push(`${key}.${kind === "bool" ? "1" : String(value)}`);
  }
  const from = p.from;
  if (typeof from === "string") pairs.push(`fr.${from}`);
  else if (from && typeof from === "object") {
    const f = from as { edition?: string; users?: number };
    if (f.edition) pairs.push(`fe.${f.edition}`);
    if (f.users !== undefined) pairs.push(`fu.${f.users}`);
  }
  return pairs.join("*");
}

const INT = /^\d{1,13}$/;

/** The raw product of an `l` token; unknown keys are dropped, bad values left for the schema. */
export function productFromToken(token: string): Record<string, unknown> {
  const product: Record<string, unknown> = {};
  const from: Record<string, unknown> = {};
  for (const pair of token.split("*")) {
    const dot = pair.indexOf(".");
    if (dot < 1) continue;
    const key = pair.slice(0, dot);
    const text = pair.slice(dot + 1);
    const known = TOKEN_KEYS.find(([, k]) => k === key);
    if (known) {
      const [field, , kind] = known;
      product[field] =
        kind === "bool" ? text === "1" : kind === "int" && INT.test(text) ? Number(text) : text;
    } else if (key === "fr") product.from = text;
    else if (key === "fe") from.edition = text;
    else if (key === "fu") from.users = INT.test(text) ? Number(text) : text;
  }
  if (Object.keys(from).length > 0) product.from = from;
  return product;
}

const EMPTY_PARTIES = Object.fromEntries(PARTY_FIELDS.map((f) => [f, ""])) as Record<
  PartyField,
  string
>;

/** The draft a query describes; `defaults` fills the client's answers it leaves out. */
export function proposalDraftFromParams(
  q: URLSearchParams,
  defaults: OverviewValues,
): ProposalDraft {
  const facts = { ...defaults };
  for (const key of FACT_FIELDS) {
    const value = q.get(key);
    if (value !== null) facts[key] = value.trim();
  }
  const { lines, dropped } = linesOfQuery(q);
  const parties = { ...EMPTY_PARTIES };
  for (const field of PARTY_FIELDS) parties[field] = q.get(PARTY_KEYS[field]) ?? "";
  const draft: ProposalDraft = { facts, lines, parties, notes: q.get("notes") === "1" };
  const said = dropped.extra + dropped.unreadable > 0 ? dropped : droppedOfParam(q);
  return said ? { ...draft, dropped: said } : draft;
}

/**
 * The query key that carries, after the redirect that drops them (app/offer/page.tsx), how many
 * tokens were left out: `dropped=<past the limit>.<unreadable>`.
 */
export const DROPPED_KEY = "dropped";

function droppedOfParam(q: URLSearchParams): ProposalDraft["dropped"] {
  const match = /^(\d{1,6})\.(\d{1,6})$/.exec(q.get(DROPPED_KEY) ?? "");
  if (!match) return undefined;
  const dropped = { extra: Number(match[1]), unreadable: Number(match[2]) };
  return dropped.extra + dropped.unreadable > 0 ? dropped : undefined;
}

/** The longest `l` token read: the longest real one is about 80 characters. */
const MAX_TOKEN = 200;

/**
 * The query's lines: at most MAX_PROPOSAL_LINES, tokens that name no product line (or are too long
 * to be one) skipped; `q<i>` is the quantity of the i-th token of the query, readable or not.
 * However long the query, the page holds at most MAX_PROPOSAL_LINES lines.
 */
function linesOfQuery(q: URLSearchParams): {
  lines: ProposalDraft["lines"];
  dropped: { extra: number; unreadable: number };
} {
  const lines: ProposalDraft["lines"] = [];
  const dropped = { extra: 0, unreadable: 0 };
  q.getAll("l").forEach((token, i) => {
    const product = token.length <= MAX_TOKEN ? productFromToken(token) : {};
    if (typeof product.line !== "string" || product.line === "") dropped.unreadable++;
    else if (lines.length >= MAX_PROPOSAL_LINES) dropped.extra++;
    else {
      const text = q.get(`q${i}`)?.trim() || "1";
      lines.push({ product, quantity: INT.test(text) ? Number(text) : text });
    }
  });
  return { lines, dropped };
}

/** The query of a draft: facts, lines with quantities, texts; empty values left out. */
export function proposalSearchParams(draft: ProposalDraft): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of FACT_FIELDS) if (draft.facts[key] !== "") q.set(key, draft.facts[key]);
  draft.lines.forEach((line, i) => {
    q.append("l", productToken(line.product as QuoteRequest["product"]));
    if (String(line.quantity) !== "1") q.set(`q${i}`, String(line.quantity));
  });
  for (const field of PARTY_FIELDS) {
    if (draft.parties[field] !== "") q.set(PARTY_KEYS[field], draft.parties[field]);
  }
  if (draft.notes) q.set("notes", "1");
  return q;
}

/** `/offer?…` of a draft. */
export function proposalHref(draft: ProposalDraft): string {
  return `/offer?${proposalSearchParams(draft).toString()}`;
}

/**
 * What the client is given of a draft: `/offer/view?…` and `/offer/pdf?…` with the same offer
 * but never the partner's appendix.
 */
export function clientHrefs(draft: ProposalDraft): { view: string; pdf: string } {
  const query = proposalSearchParams({ ...draft, notes: false }).toString();
  return { view: `/offer/view?${query}`, pdf: `/offer/pdf?${query}` };
}

/** Lines with the one at `index` moved by `by` places (−1 up, +1 down); out of range: unchanged. */
export function moveLine<T>(lines: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= lines.length || to < 0 || to >= lines.length) return [...lines];
  const next = [...lines];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The client's answers of a quote request in the /offers form's strings. */
export function factsFromQuoteRequest(
  request: QuoteRequest,
  defaults: OverviewValues,
): OverviewValues {
  const c = request.customer;
  const h = request.history;
  const yes = (b: boolean | undefined) => (b ? "true" : "");
  return {
    ...defaults,
    kind: c.kind,
    resident: String(c.resident),
    adult: c.adult === false ? "false" : "true",
    purpose: c.purpose,
    otherPromotion: yes(c.otherPromotion),
    paidBefore: yes(h?.paidBefore),
    currentPlan: h?.currentPlan ?? "none",
    currentUsers: h?.currentUsers === undefined ? "" : String(h.currentUsers),
    paidLicenseEndedAt: h?.paidLicenseEndedAt ?? "",
    monthlyIn2025: yes(h?.monthlyIn2025),
    annualIn2025: yes(h?.annualIn2025),
    orderedAt: request.orderedAt,
    paidAt: request.paidAt ?? "",
  };
}
