import { CHECK_TITLES, type CheckId } from "../promotion/texts";
import type { Decision, ReasonCode } from "../promotion/types";

/** A condition that holds. */
export function passed(check: CheckId, clauses: readonly string[], text: string): Decision {
  return {
    check,
    title: CHECK_TITLES[check],
    passed: true,
    code: null,
    clause: clauses[0] ?? "",
    clauses,
    text,
  };
}

/** A condition that fails, with its stable reason code. */
export function failed(
  check: CheckId,
  code: ReasonCode,
  clauses: readonly string[],
  text: string,
): Decision {
  return {
    check,
    title: CHECK_TITLES[check],
    passed: false,
    code,
    clause: clauses[0] ?? "",
    clauses,
    text,
  };
}
