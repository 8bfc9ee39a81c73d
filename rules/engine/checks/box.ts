import type { Check } from "../context";
import { failed, passed } from "../decision";
import { boxRank, compareRanks } from "../../vocabulary/ranks";
import { sourceDateDecision } from "./source-date";

/** The editions п. 4.1.2 rewards; «Энтерпрайз» and SIP are excluded by п. 5.5. */
const coveredBy412 = (edition: string) => edition !== "enterprise" && edition !== "sip_connector";

/** п. 5.5: renewals of box licenses get nothing. */
export const boxRenewalCheck: Check = ({ input: { product: p }, texts }) => {
  if (p.line !== "box" || p.operation !== "renewal") return null;
  return failed(
    "renewal",
    "renewal_excluded",
    ["5.5"],
    texts.reasons.renewal_excluded({ line: "box", clause: "5.5" }),
  );
};

/** п. 5.5: the SIP connector gets nothing. */
export const boxSipCheck: Check = ({ input: { product: p }, texts }) => {
  if (p.line !== "box") return null;
  return p.edition === "sip_connector"
    ? failed(
        "sip_connector",
        "sip_connector_excluded",
        ["5.5"],
        texts.reasons.sip_connector_excluded(),
      )
    : null;
};

/** п. 5.5: no reward for buying the box «Энтерпрайз» or moving to it. */
export const boxEnterpriseCheck: Check = ({ input: { product: p }, texts }) => {
  if (p.line !== "box" || p.operation === "renewal" || p.edition === "sip_connector") return null;
  return p.edition === "enterprise"
    ? failed(
        "enterprise",
        "enterprise_excluded",
        ["5.5"],
        texts.reasons.enterprise_excluded({
          line: "box",
          clause: "5.5",
          transition: p.operation === "upgrade",
        }),
      )
    : passed("enterprise", ["5.5"], texts.passed.not_enterprise("5.5"));
};

/** п. 4.1.2: a transition must go to a higher edition or a larger users tier. */
export const boxUpgradeOrderCheck: Check = ({ input: { product: p }, texts }) => {
  // A move to «Энтерпрайз» or SIP is refused under п. 5.5: no п. 4.1.2 check to pass.
  if (p.line !== "box" || p.operation !== "upgrade" || !p.from || !coveredBy412(p.edition))
    return null;
  const target = texts.names.boxEdition(p.edition, p.users);
  const source = texts.names.boxEdition(p.from.edition, p.from.users);
  return compareRanks(boxRank(p.edition, p.users), boxRank(p.from.edition, p.from.users)) > 0
    ? passed("upgrade_order", ["4.1.2"], texts.passed.box_upgrade({ source, target }))
    : failed(
        "upgrade_order",
        "not_an_upgrade",
        ["4.1.2"],
        texts.reasons.not_an_upgrade({ target, source, clause: "4.1.2" }),
      );
};

/** п. 4.1.2: the license being upgraded was bought before 24.07.2025. */
export const boxSourceDateCheck: Check = ({ input: { product: p }, promotion, texts }) => {
  if (p.line !== "box" || p.operation !== "upgrade" || !coveredBy412(p.edition)) return null;
  return sourceDateDecision(p.sourcePurchasedAt, promotion, ["4.1.2"], texts);
};
