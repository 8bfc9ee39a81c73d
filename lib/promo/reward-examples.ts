import {
  cloudPlanName,
  editionAccusative,
  planGenitive,
  DEFAULT_SOURCE_PURCHASED_AT,
  quote,
  toAstanaIso,
  type Catalog,
  type HistoryRequest,
  type Promotion,
  type QuoteRequest,
  type QuoteResult,
  type PromoReward,
  type RewardId,
} from "@/rules";
import { productLabels } from "@/lib/quote/product-labels";

type Product = QuoteRequest["product"];

const NEW_CLIENT: HistoryRequest = { paidBefore: false, currentPlan: "none" };

/**
 * One representative eligible purchase per reward: a Kazakhstan company buying for business on
 * the first day of the promotion. The prices come from the catalog through quote().
 */
const EXAMPLES: Record<RewardId, { product: Product; history?: HistoryRequest }> = {
  "cms-new": { product: { line: "cms", operation: "purchase", edition: "business" } },
  "cms-upgrade": {
    product: {
      line: "cms",
      operation: "upgrade",
      from: "start",
      edition: "standard",
      sourcePurchasedAt: DEFAULT_SOURCE_PURCHASED_AT,
    },
  },
  "cms-to-b24": {
    product: {
      line: "cms",
      operation: "to_bitrix24",
      from: "business",
      sourcePurchasedAt: DEFAULT_SOURCE_PURCHASED_AT,
    },
  },
  "box-new": {
    product: { line: "box", operation: "purchase", edition: "corporate_portal", users: 50 },
  },
  "box-upgrade": {
    product: {
      line: "box",
      operation: "upgrade",
      edition: "corporate_portal",
      users: 50,
      from: { edition: "shop_crm" },
      sourcePurchasedAt: DEFAULT_SOURCE_PURCHASED_AT,
    },
  },
  "cloud-new": { product: { line: "cloud", plan: "standard", months: 12 }, history: NEW_CLIENT },
  "cloud-upgrade": {
    product: { line: "cloud", plan: "professional", months: 12 },
    history: { paidBefore: true, currentPlan: "standard", annualIn2025: true },
  },
  "cloud-monthly": {
    product: { line: "cloud", plan: "standard", months: 12 },
    history: { paidBefore: true, currentPlan: "standard", monthlyIn2025: true },
  },
  copilot: {
    product: { line: "cloud", plan: "enterprise", users: 250, months: 12, copilotBoost: true },
    history: NEW_CLIENT,
  },
};

export interface RewardExample {
  reward: PromoReward;
  request: QuoteRequest;
  result: QuoteResult;
  /** What the example buys, in Russian. */
  title: string;
  /** The example's price before and after the reward (for Copilot: the boost's). */
  before: number;
  after: number;
}

/** «Переход с редакции «Старт» на редакцию «Стандарт»», «Продление «Стандартный» на 12 месяцев» and the like. */
function exampleTitle(request: QuoteRequest): string {
  const p = request.product;
  const labels = productLabels(p);
  if (p.line === "cloud") {
    const h = request.history;
    const plan = cloudPlanName(p.plan, p.users ?? 250);
    if (!h || h.currentPlan === "none") return `${plan} на 12 месяцев`;
    if (h.currentPlan === p.plan) return `Продление ${plan} на 12 месяцев`;
    return `Повышение с ${planGenitive(cloudPlanName(h.currentPlan, h.currentUsers ?? 250))} до ${planGenitive(plan)} на 12 месяцев`;
  }
  if (p.operation === "upgrade" || p.operation === "to_bitrix24") {
    // The Bitrix24 shop is a product of its own, not an edition of the same line.
    const target =
      p.operation === "to_bitrix24" ? labels.product : editionAccusative(labels.product);
    return `${labels.operation} на ${target}`;
  }
  return `${labels.operation} ${labels.product}`;
}

/** Each reward of the promotion with its example quote, in the promotion's order. */
export function rewardExamples(promotion: Promotion, catalog: Catalog): RewardExample[] {
  return promotion.rewards.map((reward) => {
    const example = EXAMPLES[reward.id];
    const request: QuoteRequest = {
      orderedAt: toAstanaIso(promotion.start),
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      product: example.product,
      ...(example.history ? { history: example.history } : {}),
    };
    const result = quote(request, { promotion, catalog });
    const bonus = reward.id === "copilot" ? result.bonus : null;
    return {
      reward,
      request,
      result,
      title: bonus
        ? "Буст Copilot на 12 месяцев к тарифу «Энтерпрайз» на 12 месяцев"
        : exampleTitle(request),
      before: bonus ? bonus.listPrice : result.listPrice,
      after: bonus ? bonus.promoPrice : result.promoPrice,
    };
  });
}
