import type { Check } from "../context";
import { failed, passed } from "../decision";
import { cmsRank, compareRanks } from "../../vocabulary/ranks";
import { sourceDateDecision } from "./source-date";

/** п. 5.4: renewals of CMS licenses get nothing. */
export const cmsRenewalCheck: Check = ({ input: { product: p }, texts }) => {
  if (p.line !== "cms" || p.operation !== "renewal") return null;
  return failed(
    "renewal",
    "renewal_excluded",
    ["5.4"],
    texts.reasons.renewal_excluded({ line: "cms", clause: "5.4" }),
  );
};

/** п. 5.4: no reward for buying «Энтерпрайз» or moving to it. */
export const cmsEnterpriseCheck: Check = ({ input: { product: p }, texts }) => {
  if (p.line !== "cms" || (p.operation !== "purchase" && p.operation !== "upgrade")) return null;
  return p.edition === "enterprise"
    ? failed(
        "enterprise",
        "enterprise_excluded",
        ["5.4"],
        texts.reasons.enterprise_excluded({
          line: "cms",
          clause: "5.4",
          transition: p.operation === "upgrade",
        }),
      )
    : passed("enterprise", ["5.4"], texts.passed.not_enterprise("5.4"));
};

/** п. 4.1.1: a transition must go to a higher edition. */
export const cmsUpgradeOrderCheck: Check = ({ input: { product: p }, texts }) => {
  // A move to «Энтерпрайз» is refused under п. 5.4: no п. 4.1.1 check to pass.
  if (p.line !== "cms" || p.operation !== "upgrade" || !p.edition || !p.from) return null;
  if (p.edition === "enterprise") return null;
  const target = texts.names.cmsEditions[p.edition];
  const source = texts.names.cmsEditions[p.from];
  return compareRanks(cmsRank(p.edition), cmsRank(p.from)) > 0
    ? passed("upgrade_order", ["4.1.1"], texts.passed.cms_upgrade({ source, target }))
    : failed(
        "upgrade_order",
        "not_an_upgrade",
        ["4.1.1"],
        texts.reasons.not_an_upgrade({ target, source, clause: "4.1.1" }),
      );
};

/** п. 4.1.1: the move to «1С-Битрикс24. Интернет-магазин + CRM» is for «Бизнес» licenses only. */
export const cmsToBitrix24SourceCheck: Check = ({ input: { product: p }, texts }) => {
  if (p.line !== "cms" || p.operation !== "to_bitrix24" || !p.from) return null;
  return p.from === "business"
    ? passed("transition_source", ["4.1.1", "4.1.2"], texts.passed.transition_source)
    : failed(
        "transition_source",
        "transition_not_covered",
        ["4.1.1"],
        texts.reasons.transition_not_covered({ from: texts.names.cmsEditions[p.from] }),
      );
};

/** п. 4.1.1: the license being upgraded was bought before 24.07.2025. */
export const cmsSourceDateCheck: Check = ({ input: { product: p }, promotion, texts }) => {
  if (p.line !== "cms" || (p.operation !== "upgrade" && p.operation !== "to_bitrix24")) return null;
  if (p.operation === "upgrade" && p.edition === "enterprise") return null;
  const clauses = p.operation === "to_bitrix24" ? ["4.1.1", "4.1.2"] : ["4.1.1"];
  return sourceDateDecision(p.sourcePurchasedAt, promotion, clauses, texts);
};
