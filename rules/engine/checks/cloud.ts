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
export const cloudTermCheck: Check = ({ input: { product: p }, reward, texts }) => {
  if (p.line !== "cloud" || !reward.cloud) return null;
  const clause = reward.cloud.grantClause;
  return p.months === 12
    ? passed("term", [clause], texts.passed.term(clause))
    : failed(
        "term",
        "term_not_12_months",
        [clause],
        texts.reasons.term_not_12_months({ months: p.months, clause }),
      );
};

/** п. 4.1.4, 4.1.5: «Базовый» is not listed for clients under п. 5.7 or 5.8. */
export const cloudPlanCheck: Check = ({ input: { product: p }, reward, texts }) => {
  if (p.line !== "cloud" || !reward.cloud) return null;
  const { clause: status, grantClause: clause } = reward.cloud;
  const name = texts.names.cloudPlan(p.plan, p.users);
  if (status === "5.6")
    return passed("plan", [clause], texts.passed.plan({ name, clause: "4.1.3" }));
  return p.plan === "basic"
    ? failed(
        "plan",
        "plan_not_covered",
        [clause],
        texts.reasons.plan_not_covered({ clause, status }),
      )
    : passed("plan", [clause], texts.passed.plan({ name, clause }));
};

/**
 * п. 5.7 (4.1.4): only a strict upgrade of the current plan; a renewal gets nothing.
 * п. 5.8 (4.1.5): a renewal of the current plan or an upgrade.
 */
export const cloudUpgradeCheck: Check = ({ input: { product: p, history: h }, reward, texts }) => {
  if (p.line !== "cloud" || !h || !reward.cloud || reward.cloud.clause === "5.6") return null;
  const { clause: status, grantClause: clause } = reward.cloud;
  const target = texts.names.cloudPlan(p.plan, p.users);
  const source = texts.names.cloudPlan(h.currentPlan, h.currentUsers);
  const order = compareRanks(cloudRank(p.plan, p.users), cloudRank(h.currentPlan, h.currentUsers));
  if (order > 0)
    return passed(
      "cloud_upgrade",
      [clause],
      texts.passed.cloud_upgrade({ source, target, clause }),
    );
  if (status === "5.8" && order === 0) {
    return passed("cloud_upgrade", [clause], texts.passed.cloud_renewal({ target, clause }));
  }
  if (status === "5.7" && order === 0) {
    return failed(
      "cloud_upgrade",
      "renewal_excluded",
      ["5.7", "4.1.4"],
      texts.reasons.renewal_excluded({ line: "cloud", plan: target }),
    );
  }
  return failed(
    "cloud_upgrade",
    "not_an_upgrade",
    [clause],
    texts.reasons.not_an_upgrade({
      target,
      source,
      clause,
      cloud: status === "5.8" ? "renewal" : "upgrade",
    }),
  );
};
