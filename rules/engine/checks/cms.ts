import { editionAccusative, editionGenitive } from "../../promotion/glossary";
import { CMS_EDITION_NAMES } from "../../promotion/names";
import { REASON_TEXTS } from "../../promotion/texts";
import type { Check } from "../context";
import { failed, passed } from "../decision";
import { cmsRank, compareRanks } from "../../vocabulary/ranks";
import { sourceDateDecision } from "./source-date";

/** п. 5.4: renewals of CMS licenses get nothing. */
export const cmsRenewalCheck: Check = ({ input: { product: p } }) => {
  if (p.line !== "cms" || p.operation !== "renewal") return null;
  return failed(
    "renewal",
    "renewal_excluded",
    ["5.4"],
    REASON_TEXTS.renewal_excluded({ line: "cms", clause: "5.4" }),
  );
};

/** п. 5.4: no reward for buying «Энтерпрайз» or moving to it. */
export const cmsEnterpriseCheck: Check = ({ input: { product: p } }) => {
  if (p.line !== "cms" || (p.operation !== "purchase" && p.operation !== "upgrade")) return null;
  return p.edition === "enterprise"
    ? failed(
        "enterprise",
        "enterprise_excluded",
        ["5.4"],
        REASON_TEXTS.enterprise_excluded({
          line: "cms",
          clause: "5.4",
          transition: p.operation === "upgrade",
        }),
      )
    : passed("enterprise", ["5.4"], "Редакция не «Энтерпрайз» (п. 5.4).");
};

/** п. 4.1.1: a transition must go to a higher edition. */
export const cmsUpgradeOrderCheck: Check = ({ input: { product: p } }) => {
  // A move to «Энтерпрайз» is refused under п. 5.4: no п. 4.1.1 check to pass.
  if (p.line !== "cms" || p.operation !== "upgrade" || !p.edition || !p.from) return null;
  if (p.edition === "enterprise") return null;
  const target = CMS_EDITION_NAMES[p.edition];
  const source = CMS_EDITION_NAMES[p.from];
  return compareRanks(cmsRank(p.edition), cmsRank(p.from)) > 0
    ? passed(
        "upgrade_order",
        ["4.1.1"],
        `Переход с ${editionGenitive(source)} на старшую ${editionAccusative(target)} (п. 4.1.1).`,
      )
    : failed(
        "upgrade_order",
        "not_an_upgrade",
        ["4.1.1"],
        REASON_TEXTS.not_an_upgrade({ target, source, clause: "4.1.1" }),
      );
};

/** п. 4.1.1: the move to «1С-Битрикс24. Интернет-магазин + CRM» is for «Бизнес» licenses only. */
export const cmsToBitrix24SourceCheck: Check = ({ input: { product: p } }) => {
  if (p.line !== "cms" || p.operation !== "to_bitrix24" || !p.from) return null;
  return p.from === "business"
    ? passed(
        "transition_source",
        ["4.1.1", "4.1.2"],
        "Переход с редакции «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM» (п. 4.1.1, 4.1.2).",
      )
    : failed(
        "transition_source",
        "transition_not_covered",
        ["4.1.1"],
        REASON_TEXTS.transition_not_covered({ from: CMS_EDITION_NAMES[p.from] }),
      );
};

/** п. 4.1.1: the license being upgraded was bought before 24.07.2025. */
export const cmsSourceDateCheck: Check = ({ input: { product: p }, promotion }) => {
  if (p.line !== "cms" || (p.operation !== "upgrade" && p.operation !== "to_bitrix24")) return null;
  if (p.operation === "upgrade" && p.edition === "enterprise") return null;
  const clauses = p.operation === "to_bitrix24" ? ["4.1.1", "4.1.2"] : ["4.1.1"];
  return sourceDateDecision(p.sourcePurchasedAt, promotion, clauses);
};
