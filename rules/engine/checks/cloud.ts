import { cloudPlanName } from "../../promotion/names";
import { REASON_TEXTS } from "../../promotion/texts";
import type { Check } from "../context";
import { failed, passed } from "../decision";
import { cloudRank, compareRanks } from "../../vocabulary/ranks";

/** п. 5.6/5.7/5.8: which group the client's cloud history puts them in (always passes; explains). */
export const cloudHistoryCheck: Check = ({ input: { product: p }, reward }) => {
  if (p.line !== "cloud" || !reward.cloud) return null;
  return passed(
    "cloud_history",
    [reward.cloud.clause, reward.cloud.grantClause],
    reward.cloud.text,
  );
};

/** п. 4.1.3–4.1.5: cloud rewards are for 12-month terms only. */
export const cloudTermCheck: Check = ({ input: { product: p }, reward }) => {
  if (p.line !== "cloud" || !reward.cloud) return null;
  const clause = reward.cloud.grantClause;
  return p.months === 12
    ? passed("term", [clause], `Оплата на 12 месяцев (п. ${clause}).`)
    : failed(
        "term",
        "term_not_12_months",
        [clause],
        REASON_TEXTS.term_not_12_months({ months: p.months, clause }),
      );
};

/** п. 4.1.4, 4.1.5: «Базовый» is not listed for clients under п. 5.7 or 5.8. */
export const cloudPlanCheck: Check = ({ input: { product: p }, reward }) => {
  if (p.line !== "cloud" || !reward.cloud) return null;
  const { clause: status, grantClause: clause } = reward.cloud;
  if (status === "5.6")
    return passed("plan", [clause], `Тариф ${cloudPlanName(p.plan, p.users)} входит в п. 4.1.3.`);
  return p.plan === "basic"
    ? failed(
        "plan",
        "plan_not_covered",
        [clause],
        REASON_TEXTS.plan_not_covered({ clause, status }),
      )
    : passed("plan", [clause], `Тариф ${cloudPlanName(p.plan, p.users)} входит в п. ${clause}.`);
};

/**
 * п. 5.7 (4.1.4): only a strict upgrade of the current plan; a renewal gets nothing.
 * п. 5.8 (4.1.5): a renewal of the current plan or an upgrade.
 */
export const cloudUpgradeCheck: Check = ({ input: { product: p, history: h }, reward }) => {
  if (p.line !== "cloud" || !h || !reward.cloud || reward.cloud.clause === "5.6") return null;
  const { clause: status, grantClause: clause } = reward.cloud;
  const target = cloudPlanName(p.plan, p.users);
  const source = cloudPlanName(h.currentPlan, h.currentUsers);
  const order = compareRanks(cloudRank(p.plan, p.users), cloudRank(h.currentPlan, h.currentUsers));
  if (order > 0)
    return passed(
      "cloud_upgrade",
      [clause],
      `Повышение тарифа: ${source} → ${target} (п. ${clause}).`,
    );
  if (status === "5.8" && order === 0) {
    return passed("cloud_upgrade", [clause], `Продление текущего тарифа ${target} (п. ${clause}).`);
  }
  if (status === "5.7" && order === 0) {
    return failed(
      "cloud_upgrade",
      "renewal_excluded",
      ["5.7", "4.1.4"],
      REASON_TEXTS.renewal_excluded({ line: "cloud", plan: target }),
    );
  }
  return failed(
    "cloud_upgrade",
    "not_an_upgrade",
    [clause],
    REASON_TEXTS.not_an_upgrade({
      target,
      source,
      clause,
      cloud: status === "5.8" ? "renewal" : "upgrade",
    }),
  );
};
