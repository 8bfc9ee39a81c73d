import type { Catalogue, FieldName } from "./catalogue";
import { fieldKind, fieldPath } from "./fields";
import type { CodedIssue } from "./issues";

/**
 * Where a message is read: beside a control the person picks from (`field`: «выберите один из
 * вариантов»), or about a value a link wrote that no control shows (`link`: «значение не из
 * списка»).
 */
export type Surface = "field" | "link";

/** What a language calls the field of a request path, or null when no page names it. */
export function fieldName(c: Catalogue, path: readonly (string | number)[]): FieldName | null {
  const key = fieldPath(path);
  return key === null ? null : c.fields[key];
}

/** A date's example with a time when the value was written with one. */
const writtenWithTime = (input: unknown) => typeof input === "string" && /\d[T ]\d/.test(input);

const isProductPath = (path: readonly (string | number)[]) =>
  path.includes("product") && path[path.length - 1] !== "product";

/**
 * The words of an issue, without the field's label (a page shows that itself), in lower case.
 * Built from the code, the field's kind and the issue's params alone: never from a message.
 * A product's missing field is asked for by name («укажите тариф»): a product is chosen step by
 * step; any other missing value is «обязательное поле».
 */
export function issueText(c: Catalogue, issue: CodedIssue, surface: Surface = "field"): string {
  const t = c.issues;
  const { code, params } = issue;
  const kind = fieldKind(issue.path);
  const field = fieldName(c, issue.path);
  if (code === "inconsistent") {
    return params.rule ? c.contradictions[params.rule](params.values ?? []) : t.invalid;
  }
  if (code === "required") {
    return field && isProductPath(issue.path) ? t.ask(field) : t.required;
  }
  if (code === "unknown_key") return t.unknownKey;
  if (code === "invalid_iban") return t.invalidIban;
  if (code === "invalid_bic") return t.invalidBic;
  switch (kind) {
    case "date":
      return t.badDate(t.dateExample(writtenWithTime(params.input)));
    case "yes_no":
      return t.yesOrNo;
    case "choice":
      return surface === "field" ? t.pickFromList : t.notInList;
    case "money":
      if (code === "too_small")
        return params.minimum === 0 ? t.amountNotNegative : t.amountPositive;
      return code === "too_big" ? t.amountTooBig : t.wholeTenge;
    case "count":
      if (code === "too_small") return t.atLeast(params.minimum ?? 1);
      return code === "too_big" && params.maximum !== undefined
        ? t.atMost(params.maximum)
        : t.wholeNumber;
    case "text":
      if (code === "too_long" && params.maximum !== undefined) return t.tooLong(params.maximum);
      return code === "invalid_type" ? t.textExpected : t.oneLine;
    case "bin":
      return typeof params.input === "string" && /^\d{12}$/.test(params.input)
        ? t.binCheckDigit
        : t.binDigits;
    case "list":
      if (code === "too_small") return t.noLines;
      return code === "too_big" && params.maximum !== undefined
        ? t.tooManyLines(params.maximum)
        : t.invalid;
    case "kbe":
      return t.kbeDigits;
    case "object":
      return t.invalid;
  }
}
