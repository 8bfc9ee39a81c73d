import type { Instant } from "../time/astana";

/** Stable reason codes of the public API contract. */
export const REASON_CODES = [
  "outside_period",
  "not_resident",
  "not_adult",
  "personal_use",
  "franchisee",
  "other_promotion",
  "renewal_excluded",
  "enterprise_excluded",
  "sip_connector_excluded",
  "source_too_recent",
  "not_an_upgrade",
  "transition_not_covered",
  "term_not_12_months",
  "plan_not_covered",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Reward ids of the interpretation page's table. */
export const REWARD_IDS = [
  "cms-new",
  "cms-upgrade",
  "cms-to-b24",
  "box-new",
  "box-upgrade",
  "cloud-new",
  "cloud-upgrade",
  "cloud-monthly",
  "copilot",
] as const;
export type RewardId = (typeof REWARD_IDS)[number];

/** The discount percents the Rules grant (0 = none). */
export const DISCOUNT_PERCENTS = [0, 15, 20, 25, 35, 40] as const;

/** What the engine reads of a reward: which it is, its percent and the clauses that grant it. */
export interface RewardTerms {
  id: RewardId;
  /** Percent off the list price; null for the fixed Copilot bonus. */
  percent: number | null;
  /** Percent for «Энтерпрайз» where it differs (cloud). */
  enterprisePercent?: number;
  clauses: readonly string[];
  /** Only the part of the clauses that grants this reward, for the quote's «Основание». */
  basis: string;
}

/** A reward as the promotion's page shows it. */
export interface PromoReward extends RewardTerms {
  title: string;
  line: "cms" | "box" | "cloud" | "addon";
  operation: string;
  targets: string;
  condition: string;
}

export interface Exclusion {
  code: ReasonCode;
  title: string;
  clause: string;
}

/**
 * What the engine and the quote page read of a promotion: its period and dates, the rewards
 * table, the Copilot bonus and the texts of the clauses that grant a reward. Kept apart from the
 * rest of the promotion's texts so the browser gets only these (see `kz-summer-2025-terms.ts`).
 */
export interface PromotionTerms {
  id: string;
  title: string;
  /** First instant inside the promotion (inclusive). */
  start: Instant;
  /** First instant after the promotion (exclusive). */
  endExclusive: Instant;
  /** Upgrades: the source license must be bought strictly before this (п. 4.1.1, 4.1.2). */
  upgradeSourceBefore: Instant;
  /** п. 5.6: the paid cloud license ended strictly before this. */
  cloudEndedBefore: Instant;
  /** п. 5.7/5.8 history window: [historyFrom, start). */
  historyFrom: Instant;
  /** п. 4.1.6: fixed Copilot boost bonus, whole tenge. */
  copilotBonus: number;
  rulesUrl: string;
  rewards: readonly RewardTerms[];
  /** Clause texts by number: here those that grant a reward; the full promotion has every one. */
  clauses: Readonly<Record<string, string>>;
}

/** A promotion as data: everything the engine and the pages need, no logic. */
export interface Promotion extends PromotionTerms {
  fullTitle: string;
  organizer: string;
  /** п. 3.3: where a participant sends any question about the promotion. */
  contactEmail: string;
  territory: string;
  rewards: readonly PromoReward[];
  exclusions: readonly Exclusion[];
  participants: readonly { text: string; clause: string }[];
}

/** One condition the engine checked: passed or not, with clause(s) and Russian text. */
export interface Decision {
  /** Which check produced it, e.g. "period". */
  check: string;
  /** What was checked, in Russian, for «Почему такая цена?». */
  title: string;
  passed: boolean;
  /** Reason code when failed; null when passed. */
  code: ReasonCode | null;
  clause: string;
  clauses: readonly string[];
  text: string;
}

export interface Reason {
  code: ReasonCode;
  clause: string;
  clauses: readonly string[];
  text: string;
}

export interface Remark {
  code: string;
  clause: string;
  text: string;
}
