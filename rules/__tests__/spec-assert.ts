// The comparison of one engine result with the documents' model, shared by the property
// tests and the offers tests.
import { expect } from "vitest";
import type { QuoteResult } from "@/rules";
import { expectation } from "./spec-model";

const GRANT = { "5.6": "4.1.3", "5.7": "4.1.4", "5.8": "4.1.5" } as const;

/** Fails unless `result` is what the documents say `raw` must get (reasons, clauses, reward, %). */
export function expectMatchesModel(raw: Record<string, unknown>, result: QuoteResult): void {
  const e = expectation(raw);
  const where = JSON.stringify(raw);
  const actual = result.reasons.map((x) => x.code);
  for (const [code, clauses] of e.required) {
    expect(actual, `missing ${code} for ${where}`).toContain(code);
    const reason = result.reasons.find((x) => x.code === code)!;
    expect(clauses, `${code} clause for ${where}`).toContain(reason.clause);
  }
  for (const code of actual) {
    const known = e.required.has(code) || e.optional.has(code);
    expect(known, `unexpected ${code} for ${where}`).toBe(true);
  }
  const eligible = e.required.size === 0 && actual.length === 0;
  expect(result.eligible, where).toBe(eligible);
  if (!eligible) return;
  expect(result.reward, where).toBe(e.reward);
  expect(result.discountPercent, where).toBe(e.percent);
  expect(result.bonus !== null, `bonus for ${where}`).toBe(e.bonus);
  if (e.cloudClause) {
    expect([...result.clauses].sort(), where).toEqual([GRANT[e.cloudClause], e.cloudClause].sort());
  }
}
