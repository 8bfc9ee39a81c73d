import { formatTenge } from "../money/format-tenge";
import type { Remark } from "../promotion/types";
import type { QuoteContext } from "./context";
import { moveGoesNowhere } from "../vocabulary/moves";

/** Readings that are the product's, not the Rules' words (п. 8.1). */
export function collectWarnings({ input, reward, texts }: QuoteContext): Remark[] {
  const warnings = [...(reward.cloud?.warnings ?? [])];
  const h = input.history;
  if (
    reward.cloud &&
    reward.cloud.clause !== "5.6" &&
    h &&
    (h.currentPlan === "free" || h.currentPlan === "none")
  ) {
    warnings.push({
      code: "free_to_paid_upgrade",
      clause: "8.1",
      text: texts.warnings.free_to_paid_upgrade({
        currentPlan: h.currentPlan,
        clause: reward.cloud.clause,
      }),
    });
  }
  if (
    h?.currentUsersAssumed &&
    input.product.line === "cloud" &&
    input.product.plan === "enterprise"
  ) {
    warnings.push({
      code: "current_users_assumed",
      clause: "8.1",
      text: texts.warnings.current_users_assumed(),
    });
  }
  return warnings;
}

/** Notes that accompany a result: п. 5.12 for cloud purchases, Copilot and price gaps. */
export function collectNotes(
  { input, texts }: QuoteContext,
  outcome: {
    eligible: boolean;
    bonusGranted: boolean;
    priceMissing: boolean;
    /** The Copilot bonus this boost would get: the fixed bonus, at most the boost's price. */
    bonusWouldBe: number;
  },
): Remark[] {
  const notes: Remark[] = [];
  const p = input.product;
  // A move that gets nothing whatever its price (sideways, down, SIP) asks for no price.
  if (outcome.priceMissing && !moveGoesNowhere(p))
    notes.push({ code: "no_catalog_price", clause: "4.1", text: texts.notes.no_catalog_price });
  if (p.line === "cloud" && p.copilotBoost && !outcome.bonusGranted) {
    notes.push({
      code: "copilot_not_granted",
      clause: "4.1.6",
      text: texts.notes.copilot_not_granted(formatTenge(outcome.bonusWouldBe)),
    });
  }
  if (p.line === "cloud" && outcome.eligible) {
    notes.push({ code: "auto_renewal", clause: "5.12", text: texts.notes.auto_renewal });
  }
  return notes;
}
