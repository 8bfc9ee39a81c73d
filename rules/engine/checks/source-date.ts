import type { EngineTexts } from "../../promotion/engine-texts";
import type { Decision, PromotionTerms } from "../../promotion/types";
import { formatAstanaDate, type Instant } from "../../time/astana";
import { failed, passed } from "../decision";

/** п. 4.1.1, 4.1.2: the upgraded license was bought strictly before 24.07.2025 00:00 Astana time. */
export function sourceDateDecision(
  purchasedAt: Instant | null,
  promotion: PromotionTerms,
  clauses: readonly string[],
  texts: EngineTexts,
): Decision | null {
  if (purchasedAt === null) return null;
  const clause = clauses[0] ?? "4.1.1";
  return purchasedAt < promotion.upgradeSourceBefore
    ? passed(
        "source_date",
        clauses,
        texts.passed.source_date({ date: formatAstanaDate(purchasedAt), clause }),
      )
    : failed(
        "source_date",
        "source_too_recent",
        clauses,
        texts.reasons.source_too_recent({ date: formatAstanaDate(purchasedAt), clause }),
      );
}
