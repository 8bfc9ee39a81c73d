import { REASON_CODES, type ReasonCode } from "@/rules";
import type { CheckRow, RowStatus } from "./price-row";

/*
 * What the page needs of every row to count and filter a list of 100 000, packed in typed arrays
 * a worker transfers without copying: the decision, a bit per reason code, the two sums. The
 * rows themselves travel as JSON text and are parsed only for the page of the table on show.
 */

const STATUSES: readonly RowStatus[] = ["eligible", "not_eligible", "invalid"];
/** The status byte of a row not priced yet. */
const PENDING = 255;

/** Per-row facts for counting and filtering, index = row index. */
export interface RowFacts {
  status: Uint8Array;
  reasons: Uint16Array;
  listPrice: Float64Array;
  total: Float64Array;
}

/** Empty facts for `count` rows, none priced yet. */
export function emptyFacts(count: number): RowFacts {
  return {
    status: new Uint8Array(count).fill(PENDING),
    reasons: new Uint16Array(count),
    listPrice: new Float64Array(count),
    total: new Float64Array(count),
  };
}

/** The facts of a run of consecutive rows, to transfer from a worker. */
export function packFacts(rows: readonly CheckRow[]): RowFacts {
  const facts = emptyFacts(rows.length);
  rows.forEach((row, i) => {
    facts.status[i] = STATUSES.indexOf(row.status);
    let mask = 0;
    for (const reason of row.reasons) mask |= 1 << REASON_CODES.indexOf(reason.code);
    facts.reasons[i] = mask;
    facts.listPrice[i] = row.listPrice ?? 0;
    facts.total[i] = row.total ?? 0;
  });
  return facts;
}

/** Copies the facts of rows `from`… into the list's facts. */
export function putFacts(into: RowFacts, from: number, part: RowFacts): void {
  into.status.set(part.status, from);
  into.reasons.set(part.reasons, from);
  into.listPrice.set(part.listPrice, from);
  into.total.set(part.total, from);
}

/** Counts and sums of a checked list. */
export interface CheckSummary {
  total: number;
  eligible: number;
  notEligible: number;
  invalid: number;
  /** Sums over the rows that could be priced, whole tenge. */
  listPrice: number;
  promoTotal: number;
  /** How many rows name each reason, for the reason filter. */
  reasons: Map<ReasonCode, number>;
}

/** Counts and sums the rows priced so far. */
export function summarize(facts: RowFacts): CheckSummary {
  const s: CheckSummary = {
    total: 0,
    eligible: 0,
    notEligible: 0,
    invalid: 0,
    listPrice: 0,
    promoTotal: 0,
    reasons: new Map(),
  };
  const byBit = new Array<number>(REASON_CODES.length).fill(0);
  for (let i = 0; i < facts.status.length; i += 1) {
    const status = facts.status[i];
    if (status === PENDING) continue;
    s.total += 1;
    if (status === 2) {
      s.invalid += 1;
      continue;
    }
    if (status === 0) s.eligible += 1;
    else s.notEligible += 1;
    s.listPrice += facts.listPrice[i]!;
    s.promoTotal += facts.total[i]!;
    const mask = facts.reasons[i]!;
    if (mask === 0) continue;
    for (let bit = 0; bit < REASON_CODES.length; bit += 1) if (mask & (1 << bit)) byBit[bit]! += 1;
  }
  byBit.forEach((n, bit) => {
    if (n > 0) s.reasons.set(REASON_CODES[bit]!, n);
  });
  return s;
}

/** Which rows the table shows: by decision, and by one reason code. */
export interface RowFilter {
  status: RowStatus | "all";
  reason: ReasonCode | "all";
}

/** Indexes of the rows a filter keeps, in file order. */
export function filterIndexes(facts: RowFacts, filter: RowFilter): number[] {
  const status = filter.status === "all" ? -1 : STATUSES.indexOf(filter.status);
  const bit = filter.reason === "all" ? 0 : 1 << REASON_CODES.indexOf(filter.reason);
  const out: number[] = [];
  for (let i = 0; i < facts.status.length; i += 1) {
    const s = facts.status[i];
    if (s === PENDING || (status >= 0 && s !== status)) continue;
    if (bit !== 0 && (facts.reasons[i]! & bit) === 0) continue;
    out.push(i);
  }
  return out;
}
