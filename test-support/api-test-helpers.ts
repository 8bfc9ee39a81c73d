import { errorBodySchema, type ErrorBody } from "@/lib/api/response-schemas";
import type { ProposalRequestInput } from "@/rules";

// Test-only helpers for calling route handlers in-process. Never imported by application code.

/** The contract's example request (api-contract.md, POST /api/quote). */
export const CONTRACT_EXAMPLE = {
  orderedAt: "2025-08-15T10:30:00+05:00",
  paidAt: "2025-08-16",
  customer: {
    kind: "legal_entity",
    resident: true,
    adult: true,
    purpose: "business",
    otherPromotion: false,
  },
  product: {
    line: "cloud",
    plan: "standard",
    months: 12,
    copilotBoost: false,
    listPrice: 1_000_000,
  },
  history: { paidBefore: false, currentPlan: "free", monthlyIn2025: false, annualIn2025: false },
} as const;

/** A valid offers request: the contract example without `product`. */
export const OVERVIEW_EXAMPLE = {
  orderedAt: CONTRACT_EXAMPLE.orderedAt,
  paidAt: CONTRACT_EXAMPLE.paidAt,
  customer: CONTRACT_EXAMPLE.customer,
  history: CONTRACT_EXAMPLE.history,
} as const;

/** A valid commercial offer (POST /api/offer): three lines, one ineligible, Copilot bonus on one. */
export const PROPOSAL_EXAMPLE = {
  seller: {
    company: "ТОО «Партнёр»",
    bin: "123456789013",
    person: "Иван Петров",
    phone: "+7 700 000 00 00",
    email: "sales@partner.kz",
  },
  client: { name: "ТОО «Клиент»", bin: "040840001767", contact: "Анна, +7 701 000 00 00" },
  orderedAt: CONTRACT_EXAMPLE.orderedAt,
  paidAt: CONTRACT_EXAMPLE.paidAt,
  customer: CONTRACT_EXAMPLE.customer,
  history: CONTRACT_EXAMPLE.history,
  lines: [
    {
      product: { line: "cloud", plan: "enterprise", users: 250, months: 12, copilotBoost: true },
      quantity: 2,
    },
    {
      product: { line: "box", operation: "purchase", edition: "corporate_portal", users: 100 },
      quantity: 3,
    },
    { product: { line: "cms", operation: "renewal", edition: "business" }, quantity: 1 },
  ],
} satisfies ProposalRequestInput;

const proposalLine = PROPOSAL_EXAMPLE.lines[1];

/** Every requisite of the seller and the client (API contract, «Requisites, VAT, language»). */
export const PROPOSAL_REQUISITES = {
  seller: {
    ...PROPOSAL_EXAMPLE.seller,
    address: "050010, г. Алматы, пр. Достык, 38, оф. 1",
    iban: "KZ86125KZT5004100100",
    bik: "HSBKKZKX",
    bank: "АО «Народный Банк Казахстана»",
    kbe: "17",
    director: "Ахметова А. А.",
    directorTitle: "Директор",
  },
  client: { ...PROPOSAL_EXAMPLE.client, address: "010000, г. Астана, ул. Кенесары, 1" },
} satisfies Partial<ProposalRequestInput>;

/**
 * One «Старт» purchase at a typed 768 750 ₸: 20% off (п. 4.1.1), 615 000 ₸ to pay — the
 * issue's example total (в т.ч. НДС 12% — 65 892,86 ₸).
 */
export const PROPOSAL_615000 = {
  ...PROPOSAL_EXAMPLE,
  ...PROPOSAL_REQUISITES,
  lines: [
    {
      product: { line: "cms", operation: "purchase", edition: "start", listPrice: 768_750 },
      quantity: 1,
    },
  ],
} satisfies ProposalRequestInput;

/** Offer bodies the schema refuses (changes to PROPOSAL_EXAMPLE), each with the path it names. */
export const PROPOSAL_BAD_INPUTS: {
  label: string;
  change: Record<string, unknown>;
  path: string;
}[] = [
  {
    label: "31 lines",
    change: { lines: Array.from({ length: 31 }, () => proposalLine) },
    path: "lines",
  },
  { label: "no lines", change: { lines: [] }, path: "lines" },
  { label: "language en", change: { language: "en" }, path: "language" },
  { label: "language KK (upper case)", change: { language: "KK" }, path: "language" },
  { label: "language ru+kk (Russian first)", change: { language: "ru+kk" }, path: "language" },
  { label: "language as a list", change: { language: ["kk", "ru"] }, path: "language" },
  {
    label: "quantity 0",
    change: { lines: [{ ...proposalLine, quantity: 0 }] },
    path: "lines.0.quantity",
  },
  {
    label: "quantity 101",
    change: { lines: [{ ...proposalLine, quantity: 101 }] },
    path: "lines.0.quantity",
  },
  {
    label: "quantity 1.5",
    change: { lines: [{ ...proposalLine, quantity: 1.5 }] },
    path: "lines.0.quantity",
  },
  {
    label: "a seller BIN with a wrong check digit",
    change: { seller: { ...PROPOSAL_EXAMPLE.seller, bin: "123456789012" } },
    path: "seller.bin",
  },
  {
    label: "a client BIN with a wrong check digit",
    change: { client: { name: "ТОО", bin: "040840001768" } },
    path: "client.bin",
  },
  {
    label: "a client BIN of 11 digits",
    change: { client: { name: "К", bin: "12345678901" } },
    path: "client.bin",
  },
  {
    label: "a 10 KB name",
    change: { client: { name: "Я".repeat(10_240) } },
    path: "client.name",
  },
  {
    label: "201 characters",
    change: { seller: { company: "a".repeat(201) } },
    path: "seller.company",
  },
  { label: "a blank company", change: { seller: { company: "   " } }, path: "seller.company" },
  { label: "no seller company", change: { seller: { person: "Иван" } }, path: "seller.company" },
  { label: "no client", change: { client: undefined }, path: "client" },
  { label: "a line break in a name", change: { client: { name: "a\nb" } }, path: "client.name" },
  {
    label: "a name of 200 zero-width characters",
    change: { client: { name: "\u200b".repeat(200) } },
    path: "client.name",
  },
  {
    label: "a company of bidi marks and spaces only",
    change: { seller: { company: " \u202e\u2066\u200f " } },
    path: "seller.company",
  },
  { label: "a lone surrogate in the number", change: { number: "KP\ud800x" }, path: "number" },
  {
    label: "a lone surrogate in a contact",
    change: { client: { name: "К", contact: "\udc00" } },
    path: "client.contact",
  },
  { label: "a cloud line without history", change: { history: undefined }, path: "history" },
  {
    label: "a bad product",
    change: { lines: [{ product: { line: "x" }, quantity: 1 }] },
    path: "lines.0.product.line",
  },
];

/** A POST request with a JSON (or raw) body and `application/json` unless told otherwise. */
/** What the contract's example request must answer (п. 4.1.3, new client, 35% of 1 000 000). */
export const CONTRACT_EXAMPLE_RESPONSE = {
  promotion: {
    id: "kz-summer-2025",
    title: "Лето с выгодой",
    start: "2025-07-28T00:00:00+05:00",
    end: "2025-08-31T23:59:59+05:00",
  },
  eligible: true,
  reward: "cloud-new",
  clauses: ["4.1.3", "5.6"],
  currency: "KZT",
  listPrice: 1_000_000,
  discountPercent: 35,
  discount: 350_000,
  promoPrice: 650_000,
  bonus: null,
  total: 650_000,
  reasons: [],
  priceSource: { overridden: true },
};

export function jsonRequest(
  path: string,
  body: unknown,
  init: { contentType?: string | null; method?: string; headers?: Record<string, string> } = {},
): Request {
  const headers = new Headers(init.headers);
  const contentType = init.contentType === undefined ? "application/json" : init.contentType;
  if (contentType !== null) headers.set("content-type", contentType);
  const raw = typeof body === "string" || body instanceof Uint8Array;
  return new Request(`http://localhost${path}`, {
    method: init.method ?? "POST",
    headers,
    body: raw ? (body as BodyInit) : JSON.stringify(body),
  });
}

/** A request whose body arrives as a stream of chunks, with no Content-Length. */
export function streamedRequest(path: string, chunks: readonly Uint8Array[]): Request {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: stream,
    duplex: "half",
  } as RequestInit);
}

/** Parses an error response body with the contract schema (throws when it does not match). */
export async function errorBody(response: Response): Promise<ErrorBody> {
  return errorBodySchema.parse(await response.json());
}
