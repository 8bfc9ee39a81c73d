import {
  CUSTOMER_KIND_NAMES,
  PURPOSE_NAMES,
  formatAstanaDate,
  formatAstanaDateTime,
  parseAstanaInstant,
  type QuoteRequest,
} from "@/rules";
import { OVERVIEW_FIELD_LABELS, type OverviewValues } from "@/lib/overview/overview-url";
import { CURRENT_PLAN_LABELS } from "@/lib/quote/quote-labels";
import {
  FACT_FIELDS,
  proposalDraftFromParams,
  proposalSearchParams,
  type ProposalDraft,
} from "./proposal-url";

/*
 * One rule for every way a line joins an offer («Добавить в КП» on the quote page, «Собрать КП»
 * on /offers, with or without JavaScript): an offer without lines takes the line's answers; an
 * offer with lines keeps its own and, when the line's differ, carries them in `alt` so the offer
 * page shows the difference and lets the partner choose (keep the offer's, or take the line's
 * and re-price every line).
 */

/** The query key of the answers that came with a joining line and differ from the offer's. */
export const ALT_KEY = "alt";

type FactField = (typeof FACT_FIELDS)[number];

/** The fact fields whose values differ («» and the default are told apart as given). */
export function differentFacts(a: OverviewValues, b: OverviewValues): FactField[] {
  return FACT_FIELDS.filter((key) => normalized(key, a[key]) !== normalized(key, b[key]));
}

/** A value as it means: an unticked box and «false» are the same answer; dates as instants. */
function normalized(key: FactField, value: string): string {
  if (value === "false") return "";
  if (key === "orderedAt" || key === "paidAt" || key === "paidLicenseEndedAt") {
    const instant = value === "" ? null : parseAstanaInstant(value);
    return instant === null ? value : String(instant);
  }
  return value;
}

/** The facts in `alt` (only fact keys), over `base`. */
export function altFacts(alt: string, base: OverviewValues): OverviewValues {
  const q = new URLSearchParams(alt);
  const facts = { ...base };
  for (const key of FACT_FIELDS) facts[key] = q.get(key)?.trim() ?? "";
  return facts;
}

function factsQuery(facts: OverviewValues): string {
  const q = new URLSearchParams();
  for (const key of FACT_FIELDS) if (facts[key] !== "") q.set(key, facts[key]);
  return q.toString();
}

/**
 * The /offer query of the offer saved in this browser (`saved`, "" for none) with `products`
 * added, each priced with `facts` (the answers they came with).
 */
export function joinLines(
  saved: string,
  products: readonly QuoteRequest["product"][] | readonly Record<string, unknown>[],
  facts: OverviewValues,
  defaults: OverviewValues,
): string {
  const draft = proposalDraftFromParams(new URLSearchParams(saved), defaults);
  const empty = draft.lines.length === 0;
  const next: ProposalDraft = {
    ...draft,
    facts: empty ? facts : draft.facts,
    lines: [...draft.lines, ...products.map((product) => ({ product, quantity: 1 }))],
  };
  const q = proposalSearchParams(next);
  if (!empty && differentFacts(draft.facts, facts).length > 0) q.set(ALT_KEY, factsQuery(facts));
  return q.toString();
}

const YES_NO_FIELDS = new Set<string>([
  "resident",
  "adult",
  "otherPromotion",
  "paidBefore",
  "monthlyIn2025",
  "annualIn2025",
]);

/** One answer in words: «Да», «Юридическое лицо», «15.08.2025 12:00», «—» for none. */
export function factValueText(key: FactField, value: string): string {
  if (YES_NO_FIELDS.has(key)) return value === "true" ? "Да" : "Нет";
  if (value === "") return "—";
  if (key === "kind")
    return CUSTOMER_KIND_NAMES[value as keyof typeof CUSTOMER_KIND_NAMES] ?? value;
  if (key === "purpose") return PURPOSE_NAMES[value as keyof typeof PURPOSE_NAMES] ?? value;
  if (key === "currentPlan") {
    return CURRENT_PLAN_LABELS[value as keyof typeof CURRENT_PLAN_LABELS] ?? value;
  }
  const instant = parseAstanaInstant(value);
  if (instant === null) return value;
  return /\d[T ]\d/.test(value) ? formatAstanaDateTime(instant) : formatAstanaDate(instant);
}

/** One difference between the offer's answers and a joining line's, in words. */
export interface FactDifference {
  label: string;
  offer: string;
  line: string;
}

/** The differences, in the form's order, for the offer page's choice. */
export function factDifferences(offer: OverviewValues, line: OverviewValues): FactDifference[] {
  return differentFacts(offer, line).map((key) => ({
    label: OVERVIEW_FIELD_LABELS[key],
    offer: factValueText(key, offer[key]),
    line: factValueText(key, line[key]),
  }));
}

/** The two choices as /offer queries: keep the offer's answers, or take the line's. */
export function answerChoices(query: URLSearchParams, line: OverviewValues) {
  const keep = new URLSearchParams(query);
  keep.delete(ALT_KEY);
  const take = new URLSearchParams(keep);
  for (const key of FACT_FIELDS) {
    if (line[key] === "") take.delete(key);
    else take.set(key, line[key]);
  }
  return { keep: keep.toString(), take: take.toString() };
}
