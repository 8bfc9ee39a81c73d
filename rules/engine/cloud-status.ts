import { ENGINE_TEXTS, type EngineTexts } from "../promotion/engine-texts";
import type { PromotionTerms, Remark } from "../promotion/types";
import type { CloudHistory } from "../products/input";

/** Which of п. 5.6, 5.7, 5.8 a cloud client falls under. */
export type CloudClause = "5.6" | "5.7" | "5.8";

export interface CloudStatus {
  clause: CloudClause;
  reward: "cloud-new" | "cloud-upgrade" | "cloud-monthly";
  grantClause: "4.1.3" | "4.1.4" | "4.1.5";
  /** Why, in the answer's language, for «Почему такая цена?». */
  text: string;
  warnings: Remark[];
}

const warn = (code: string, text: string): Remark => ({ code, clause: "8.1", text });

function endedBeforeCutoff(h: CloudHistory, p: PromotionTerms): boolean {
  return (
    h.currentPlan === "free" &&
    h.paidLicenseEndedAt !== null &&
    h.paidLicenseEndedAt < p.cloudEndedBefore
  );
}

/** п. 5.6 first, then 5.8, then 5.7: the first that holds decides (interpretation, «Cloud history»). */
export function classifyCloudClient(
  h: CloudHistory,
  p: PromotionTerms,
  texts: EngineTexts = ENGINE_TEXTS.ru,
): CloudStatus {
  const says = texts.cloudStatus;
  const monthlyOnly = h.monthlyIn2025 && !h.annualIn2025;
  const alsoOther = h.monthlyIn2025 || h.annualIn2025;
  if (!h.paidBefore || endedBeforeCutoff(h, p)) {
    const warnings =
      h.paidBefore && alsoOther
        ? [warn("new_client_precedence", texts.warnings.new_client_precedence())]
        : [];
    return {
      clause: "5.6",
      reward: "cloud-new",
      grantClause: "4.1.3",
      text: h.paidBefore ? says.ended_before_cutoff : says.never_paid,
      warnings,
    };
  }
  const warnings: Remark[] = [];
  if (h.currentPlan === "free" && h.paidLicenseEndedAt === null) {
    warnings.push(warn("paid_license_end_unknown", texts.warnings.paid_license_end_unknown()));
  }
  if (monthlyOnly) {
    return {
      clause: "5.8",
      reward: "cloud-monthly",
      grantClause: "4.1.5",
      text: says.monthly_only,
      warnings,
    };
  }
  if (h.monthlyIn2025 && h.annualIn2025) {
    warnings.push(warn("mixed_terms_history", texts.warnings.mixed_terms_history()));
  }
  return {
    clause: "5.7",
    reward: "cloud-upgrade",
    grantClause: "4.1.4",
    text: h.annualIn2025 ? says.annual : says.no_monthly,
    warnings,
  };
}
