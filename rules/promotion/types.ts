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

export interface Reward {
  id: RewardId;
  title: string;
  line: "cms" | "box" | "cloud" | "addon";
  operation: string;
  targets: string;
  /** Percent off the list price; null for the fixed CoPilot bonus. */
  percent: number | null;
  /** Percent for «Энтерпрайз» where it differs (cloud). */
  enterprisePercent?: number;
  condition: string;
  clauses: readonly string[];
}

export interface Exclusion {
  code: ReasonCode;
  title: string;
  clause: string;
}

/** A promotion as data: everything the engine and the pages need, no logic. */
export interface Promotion {
  id: string;
  title: string;
  fullTitle: string;
  organizer: string;
  territory: string;
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
  /** п. 4.1.6: fixed CoPilot boost bonus, whole tenge. */
  copilotBonus: number;
  rulesUrl: string;
  rewards: readonly Reward[];
  exclusions: readonly Exclusion[];
  participants: readonly { text: string; clause: string }[];
  clauses: Readonly<Record<string, string>>;
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
