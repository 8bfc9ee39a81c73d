/** The contract's issue codes (api-contract.md, «Issue codes»): stable, never translated. */
export const ISSUE_CODES = [
  "required",
  "invalid_type",
  "invalid_value",
  "invalid_date",
  "too_small",
  "too_big",
  "too_long",
  "invalid_bin",
  "invalid_iban",
  "invalid_bic",
  "unknown_key",
  "inconsistent",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * What a contradiction of the cloud history is (the `rule` of an `inconsistent` issue): the
 * client never paid, yet is on a paid plan, has a paid license that ended or bought cloud terms in
 * 2025; or the paid license that put the client on «Бесплатный» ends after the order; or a box
 * users tier that the (current) edition does not have (`values`: the tiers it has).
 */
export type ContradictionRule =
  | "never_paid_plan"
  | "never_paid_ended"
  | "never_paid_monthly"
  | "never_paid_annual"
  | "ended_after_order"
  | "users_for_edition"
  | "from_users_for_edition";

/** The facts of an issue that its message may need besides its code and path. */
export interface IssueParams {
  /** The allowed values of an enumeration or a tier. */
  values?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
  /** Which contradiction an `inconsistent` issue is. */
  rule?: ContradictionRule;
  /** The value as given, for an example in the message (a date written with a time). */
  input?: unknown;
}

/** An issue as pages and the API read it: a code, a request path and the facts of its message. */
export interface CodedIssue {
  code: IssueCode;
  path: (string | number)[];
  params: IssueParams;
}
