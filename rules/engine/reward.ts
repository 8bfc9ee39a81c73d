import { ENGINE_TEXTS, type EngineTexts } from "../promotion/engine-texts";
import type { PromotionTerms, RewardId } from "../promotion/types";
import { classifyCloudClient, type CloudStatus } from "./cloud-status";
import type { QuoteInput } from "../products/input";

/** The reward a request would get if every check passed. */
export interface Reward {
  id: RewardId | null;
  percent: number;
  /** Clauses that grant the reward. */
  clauses: readonly string[];
  cloud: CloudStatus | null;
}

const NONE: Reward = { id: null, percent: 0, clauses: [], cloud: null };

function fromTable(
  promotion: PromotionTerms,
  id: RewardId,
  enterprise: boolean,
  cloud: CloudStatus | null = null,
): Reward {
  const terms = promotion.rewards.find((r) => r.id === id);
  if (!terms) return NONE;
  const percent = (enterprise ? terms.enterprisePercent : undefined) ?? terms.percent ?? 0;
  return { id, percent, clauses: terms.clauses, cloud };
}

/** Picks the candidate reward from the product, the operation and (cloud) the client's history. */
export function resolveReward(
  input: QuoteInput,
  promotion: PromotionTerms,
  texts: EngineTexts = ENGINE_TEXTS.ru,
): Reward {
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
      const status = classifyCloudClient(input.history, promotion, texts);
      return fromTable(promotion, status.reward, p.plan === "enterprise", status);
    }
  }
}
