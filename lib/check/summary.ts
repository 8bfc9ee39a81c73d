import type { ReasonCode } from "@/rules";
import type { CheckRow, RowStatus } from "./price-row";

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

/** Sums a list's rows (unpriced slots, while a run is going, are skipped). */
export function summarizeRows(rows: readonly (CheckRow | undefined)[]): CheckSummary {
  const s: CheckSummary = {
    total: 0,
    eligible: 0,
    notEligible: 0,
    invalid: 0,
    listPrice: 0,
    promoTotal: 0,
    reasons: new Map(),
  };
  for (const row of rows) {
    if (!row) continue;
    s.total += 1;
    if (row.status === "invalid") {
      s.invalid += 1;
      continue;
    }
    if (row.status === "eligible") s.eligible += 1;
    else s.notEligible += 1;
    s.listPrice += row.listPrice ?? 0;
    s.promoTotal += row.total ?? 0;
    for (const reason of row.reasons)
      s.reasons.set(reason.code, (s.reasons.get(reason.code) ?? 0) + 1);
  }
  return s;
}

/** Which rows the table shows: by decision, and by one reason code. */
export interface RowFilter {
  status: RowStatus | "all";
  reason: ReasonCode | "all";
}

/** The rows a filter keeps, in file order. */
export function filterRows(rows: readonly (CheckRow | undefined)[], filter: RowFilter): CheckRow[] {
  const out: CheckRow[] = [];
  for (const row of rows) {
    if (!row) continue;
    if (filter.status !== "all" && row.status !== filter.status) continue;
    if (filter.reason !== "all" && !row.reasons.some((r) => r.code === filter.reason)) continue;
    out.push(row);
  }
  return out;
}
