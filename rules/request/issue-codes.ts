import type * as z from "zod/mini";
import { ISSUE_CODES, type CodedIssue, type IssueCode, type IssueParams } from "../messages/issues";

/** The `params` option of a refinement or a custom issue: its code and message facts. */
export const coded = (code: IssueCode, params: Omit<IssueParams, "input"> = {}) => ({
  params: { code, ...params },
});

const isCode = (value: unknown): value is IssueCode =>
  (ISSUE_CODES as readonly unknown[]).includes(value);

const emptyText = (input: unknown) => typeof input === "string" && input.trim() === "";

/**
 * The contract code of a zod issue. Parse with `reportInput: true`: a missing (or empty) value is
 * `required` whatever zod calls it. Refinements and custom issues say theirs through `coded`.
 */
export function issueCode(issue: z.core.$ZodIssue): IssueCode {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "custom": {
      const own = (issue.params as { code?: unknown } | undefined)?.code;
      const code = isCode(own) ? own : "invalid_value";
      return code !== "inconsistent" && emptyText(input) ? "required" : code;
    }
    case "invalid_type":
      return input === undefined ? "required" : "invalid_type";
    case "invalid_union": {
      // A discriminated union (the product's `line`): the issue's input is the object.
      const line = (input as Record<string, unknown> | null | undefined)?.line;
      return line === undefined ? "required" : "invalid_value";
    }
    case "too_small":
      return issue.origin === "string" && emptyText(input) ? "required" : "too_small";
    case "too_big":
      return issue.origin === "string" ? "too_long" : "too_big";
    case "unrecognized_keys":
      return "unknown_key";
    case "invalid_value":
      return input === undefined || emptyText(input) ? "required" : "invalid_value";
    default:
      return "invalid_value";
  }
}

/** A zod issue as a coded issue: the message facts from zod's own fields and `coded`. */
export function codedIssue(issue: z.core.$ZodIssue): CodedIssue {
  const raw = issue as {
    params?: IssueParams;
    values?: readonly (string | number)[];
    minimum?: unknown;
    maximum?: unknown;
    inclusive?: boolean;
  };
  const params: IssueParams = { ...raw.params };
  if (raw.values) params.values = raw.values;
  // Every bounded number of the requests is whole, so «> 0» is «≥ 1» and «< 5» is «≤ 4».
  const step = raw.inclusive === false ? 1 : 0;
  if (typeof raw.minimum === "number") params.minimum = raw.minimum + step;
  if (typeof raw.maximum === "number") params.maximum = raw.maximum - step;
  const input = (issue as { input?: unknown }).input;
  if (input !== undefined) params.input = input;
  delete (params as { code?: unknown }).code;
  return {
    code: issueCode(issue),
    path: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
    params,
  };
}
