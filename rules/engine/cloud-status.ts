import { HISTORY_WINDOW } from "../promotion/glossary";
import type { PromotionTerms, Remark } from "../promotion/types";
import type { CloudHistory } from "../products/input";

/** Which of п. 5.6, 5.7, 5.8 a cloud client falls under. */
export type CloudClause = "5.6" | "5.7" | "5.8";

export interface CloudStatus {
  clause: CloudClause;
  reward: "cloud-new" | "cloud-upgrade" | "cloud-monthly";
  grantClause: "4.1.3" | "4.1.4" | "4.1.5";
  /** Why, in Russian, for «Почему такая цена?». */
  text: string;
  warnings: Remark[];
}

const warn = (code: string, text: string): Remark => ({ code, clause: "8.1", text });
const ORGANIZER = "окончательное толкование за Организатором (п. 8.1)";

function endedBeforeCutoff(h: CloudHistory, p: PromotionTerms): boolean {
  return (
    h.currentPlan === "free" &&
    h.paidLicenseEndedAt !== null &&
    h.paidLicenseEndedAt < p.cloudEndedBefore
  );
}

/** п. 5.6 first, then 5.8, then 5.7: the first that holds decides (interpretation, «Cloud history»). */
export function classifyCloudClient(h: CloudHistory, p: PromotionTerms): CloudStatus {
  const monthlyOnly = h.monthlyIn2025 && !h.annualIn2025;
  const alsoOther = h.monthlyIn2025 || h.annualIn2025;
  if (!h.paidBefore || endedBeforeCutoff(h, p)) {
    const warnings =
      h.paidBefore && alsoOther
        ? [
            warn(
              "new_client_precedence",
              `Клиент подходит под п. 5.6 и также покупал облачные лицензии в 2025 году (п. 5.7/5.8); калькулятор считает его новым клиентом по п. 5.6 — ${ORGANIZER}.`,
            ),
          ]
        : [];
    return {
      clause: "5.6",
      reward: "cloud-new",
      grantClause: "4.1.3",
      text: h.paidBefore
        ? "Платная лицензия закончилась до 30.06.2025, портал на тарифе «Бесплатный»: клиент считается новым (п. 5.6)."
        : "Клиент никогда не покупал платных лицензий «1С-Битрикс24»: новый клиент (п. 5.6).",
      warnings,
    };
  }
  const warnings: Remark[] = [];
  if (h.currentPlan === "free" && h.paidLicenseEndedAt === null) {
    warnings.push(
      warn(
        "paid_license_end_unknown",
        `Не указано, когда закончилась платная лицензия «Битрикс24» (облачная или коробочная): если до 30.06.2025 и портал с тех пор на «Бесплатном», клиент считается новым (п. 5.6) — ${ORGANIZER}.`,
      ),
    );
  }
  if (monthlyOnly) {
    return {
      clause: "5.8",
      reward: "cloud-monthly",
      grantClause: "4.1.5",
      text: `Клиент уже покупал платную лицензию и ${HISTORY_WINDOW} оплачивал облако только помесячно (п. 5.8).`,
      warnings,
    };
  }
  if (h.monthlyIn2025 && h.annualIn2025) {
    warnings.push(
      warn(
        "mixed_terms_history",
        `С 01.01.2025 клиент покупал лицензии и на 1, и на 12 месяцев: калькулятор применяет п. 5.7 (не «исключительно» помесячно, п. 5.8) — ${ORGANIZER}.`,
      ),
    );
  }
  return {
    clause: "5.7",
    reward: "cloud-upgrade",
    grantClause: "4.1.4",
    text: h.annualIn2025
      ? `Клиент уже покупал платную лицензию и ${HISTORY_WINDOW} покупал лицензию на 12 месяцев (п. 5.7).`
      : `Клиент уже покупал платную лицензию и ${HISTORY_WINDOW} не оформлял лицензии на 1 месяц (п. 5.7).`,
    warnings,
  };
}
