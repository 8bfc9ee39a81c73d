import type { PromotionTerms, RewardId } from "../promotion/types";
import { classifyCloudClient, type CloudStatus } from "./cloud-status";
import type { QuoteInput } from "./input";

/** The reward a request would get if every check passed. */
export interface Offer {
  reward: RewardId | null;
  percent: number;
  /** Clauses that grant the reward. */
  clauses: readonly string[];
  cloud: CloudStatus | null;
}

const NONE: Offer = { reward: null, percent: 0, clauses: [], cloud: null };

function fromTable(
  promotion: PromotionTerms,
  id: RewardId,
  enterprise: boolean,
  cloud: CloudStatus | null = null,
): Offer {
  const reward = promotion.rewards.find((r) => r.id === id);
  if (!reward) return NONE;
  const percent = (enterprise ? reward.enterprisePercent : undefined) ?? reward.percent ?? 0;
  return { reward: id, percent, clauses: reward.clauses, cloud };
}

/** Picks the candidate reward from the product, the operation and (cloud) the client's history. */
export function resolveOffer(input: QuoteInput, promotion: PromotionTerms): Offer {
  const p = input.product;
  switch (p.line) {
    case "cms":
      if (p.operation === "renewal") return NONE;
      return fromTable(
        promotion,
        p.operation === "purchase"
          ? "cms-new"
          : p.operation === "upgrade"
            ? "cms-upgrade"
            : "cms-to-b24",
        false,
      );
    case "box":
      if (p.operation === "renewal") return NONE;
      return fromTable(promotion, p.operation === "purchase" ? "box-new" : "box-upgrade", false);
    case "cloud": {
      if (!input.history) return NONE;
      const status = classifyCloudClient(input.history, promotion);
      return fromTable(promotion, status.reward, p.plan === "enterprise", status);
    }
  }
}
