import * as z from "zod/mini";
import {
  catalogue,
  codedIssue,
  indexPriceList,
  issueText,
  overviewRequestSchema,
  upperFirst,
  type CodedIssue,
  type FieldPath,
  type OverviewRequest,
  type QuoteRequest,
} from "@/rules";
import { quoteFormValuesFromRequest } from "@/lib/quote/form-from-request";
import { quoteQueryString } from "@/lib/quote/quote-url";
import type { SearchParams } from "@/lib/page/search-params";

const ru = catalogue("ru");

/** Query keys of /offers; each is also the `name` of its form field. */
export const OVERVIEW_FIELDS = [
  "kind",
  "resident",
  "adult",
  "purpose",
  "otherPromotion",
  "franchisee",
  "paidBefore",
  "currentPlan",
  "currentUsers",
  "paidLicenseEndedAt",
  "monthlyIn2025",
  "annualIn2025",
  "orderedAt",
  "paidAt",
  "sourcePurchasedAt",
  "only",
] as const;
export type OverviewField = (typeof OVERVIEW_FIELDS)[number];

/** The answers exactly as the URL and the form carry them: strings, "" when empty. */
export type OverviewValues = Record<OverviewField, string>;

/** Checkboxes: present with "true" when ticked, absent otherwise (a plain GET form). */
export const CHECKBOX_FIELDS = [
  "otherPromotion",
  "franchisee",
  "paidBefore",
  "monthlyIn2025",
  "annualIn2025",
  "only",
] as const satisfies readonly OverviewField[];

const DEFAULTS: Omit<OverviewValues, "orderedAt"> = {
  kind: "legal_entity",
  resident: "true",
  adult: "true",
  purpose: "business",
  otherPromotion: "",
  franchisee: "",
  paidBefore: "",
  currentPlan: "none",
  currentUsers: "",
  paidLicenseEndedAt: "",
  monthlyIn2025: "",
  annualIn2025: "",
  paidAt: "",
  sourcePurchasedAt: "",
  only: "",
};

export interface OverviewForm {
  values: OverviewValues;
  /** The validated request, or null when any answer is invalid. */
  request: OverviewRequest | null;
  /** Russian messages by field; `form` for anything not tied to one field. */
  errors: Partial<Record<OverviewField | "form", string>>;
  onlyEligible: boolean;
  /** No order date in the URL: today (Astana) was used. */
  orderedAtDefaulted: boolean;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** "true"/"false" become booleans; "" is absent; anything else stays a string for the schema to refuse. */
function yesNo(value: string): boolean | string | undefined {
  if (value === "true") return true;
  if (value === "false") return false;
  return value === "" ? undefined : value;
}

const optional = (value: string) => (value === "" ? undefined : value);

/** The answers as the JSON shape of POST /api/offers, before validation. */
function toRaw(v: OverviewValues): Record<string, unknown> {
  // An unticked box is left out: false is the schema's default, and shorter rows make shorter links.
  const checkbox = (value: string) => {
    const answer = yesNo(value);
    return answer === false ? undefined : answer;
  };
  const users = v.currentUsers;
  return {
    orderedAt: optional(v.orderedAt),
    paidAt: optional(v.paidAt),
    customer: {
      kind: v.kind,
      resident: yesNo(v.resident),
      // The adult answer only means something for an individual (п. 1.2.3).
      adult: v.kind === "individual" ? yesNo(v.adult) : undefined,
      purpose: v.purpose,
      otherPromotion: checkbox(v.otherPromotion),
    },
    history: {
      paidBefore: yesNo(v.paidBefore) ?? false, // required by the contract
      currentPlan: v.currentPlan,
      // Fields that only apply to one current plan are dropped for the others, so a value left
      // in a hidden-by-meaning field does not block the answer.
      currentUsers:
        v.currentPlan === "enterprise" && users !== ""
          ? /^\d{1,6}$/.test(users)
            ? Number.parseInt(users, 10)
            : users
          : undefined,
      paidLicenseEndedAt: v.currentPlan === "free" ? optional(v.paidLicenseEndedAt) : undefined,
      monthlyIn2025: checkbox(v.monthlyIn2025),
      annualIn2025: checkbox(v.annualIn2025),
    },
    franchisee: checkbox(v.franchisee),
    sourcePurchasedAt: optional(v.sourcePurchasedAt),
  };
}

/** Drops keys whose value is undefined (zod treats them as given). */
function compact(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, compact(v)]),
  );
}

const isField = (key: unknown): key is OverviewField =>
  typeof key === "string" && (OVERVIEW_FIELDS as readonly string[]).includes(key);

/** The request path of each /offers answer (the page's own switch `only` has none). */
const OVERVIEW_PATHS: Record<Exclude<OverviewField, "only">, FieldPath> = {
  kind: "customer.kind",
  resident: "customer.resident",
  adult: "customer.adult",
  purpose: "customer.purpose",
  otherPromotion: "customer.otherPromotion",
  franchisee: "franchisee",
  paidBefore: "history.paidBefore",
  currentPlan: "history.currentPlan",
  currentUsers: "history.currentUsers",
  paidLicenseEndedAt: "history.paidLicenseEndedAt",
  monthlyIn2025: "history.monthlyIn2025",
  annualIn2025: "history.annualIn2025",
  orderedAt: "orderedAt",
  paidAt: "paidAt",
  sourcePurchasedAt: "sourcePurchasedAt",
};

/** Short Russian names of the /offers fields, as its labels and error summary say them. */
export const OVERVIEW_FIELD_LABELS: Record<OverviewField, string> = {
  ...(Object.fromEntries(
    Object.entries(OVERVIEW_PATHS).map(([key, path]) => [key, ru.fields[path].label]),
  ) as Record<Exclude<OverviewField, "only">, string>),
  only: "Только доступные",
};

/** The /offers field of an issue (the last key of its path, `customer.kind` → `kind`), or "form". */
export function overviewFieldOf(path: readonly PropertyKey[]): OverviewField | "form" {
  const last = path[path.length - 1];
  return isField(last) ? last : "form";
}

function addIssues(errors: OverviewForm["errors"], issues: readonly CodedIssue[]) {
  for (const issue of issues) {
    errors[overviewFieldOf(issue.path)] ??= upperFirst(issueText(ru, issue));
  }
}

/** Reads the /offers answers from the URL (defaults for absent ones) and validates them. */
export function readOverviewForm(params: SearchParams, today: string): OverviewForm {
  const read = (key: OverviewField) => first(params[key])?.trim();
  const orderedAt = read("orderedAt");
  const values = Object.fromEntries(
    OVERVIEW_FIELDS.map((key) => [
      key,
      key === "orderedAt" ? (orderedAt ?? today) : (read(key) ?? DEFAULTS[key]),
    ]),
  ) as OverviewValues;

  const errors: OverviewForm["errors"] = {};
  const parsed = z.safeParse(overviewRequestSchema, compact(toRaw(values)), { reportInput: true });
  if (!parsed.success) addIssues(errors, parsed.error.issues.map(codedIssue));
  const request = parsed.success ? parsed.data : null;
  return {
    values,
    request,
    errors,
    onlyEligible: values.only === "true",
    orderedAtDefaulted: orderedAt === undefined,
  };
}

/** The /offers address carrying these answers (empty ones and unticked boxes left out). */
export function overviewHref(
  values: OverviewValues,
  changes: Partial<OverviewValues> = {},
): string {
  const merged = { ...values, ...changes };
  const query = new URLSearchParams();
  for (const key of OVERVIEW_FIELDS) {
    if (merged[key] !== "") query.set(key, merged[key]);
  }
  return `/offers?${query.toString()}`;
}

// A link needs no prices: against an empty list a typed price is always written and no other
// is, so the link opens the same quote whichever price list the server has loaded.
const NO_PRICES = indexPriceList({
  id: "",
  title: "",
  kind: "example",
  currency: "KZT",
  asOf: "",
  vatIncluded: null,
  items: [],
});

/**
 * The quote page prefilled with this request, in the quote page's own query format
 * (`/?line=cloud&plan=standard&months=12&ordered=…`, see `lib/quote/quote-url.ts`).
 */
export function quoteHref(request: QuoteRequest): string {
  // Every date the form holds comes from the request, so "now" only fills defaults it overwrites.
  const values = quoteFormValuesFromRequest(request, request.orderedAt, NO_PRICES);
  return `/${quoteQueryString(values, NO_PRICES)}`;
}

/** The answers as the JSON of POST /api/offers (before validation); the offer page reuses them. */
export function overviewRawRequest(values: OverviewValues): Record<string, unknown> {
  return compact(toRaw(values)) as Record<string, unknown>;
}
