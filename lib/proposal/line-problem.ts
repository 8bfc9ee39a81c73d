import { fieldKind, fieldName, issueText, type Catalogue, type CodedIssue } from "@/rules";

interface Reason {
  text: string;
  /** The line's token cannot be read: only removing it and adding it again helps. */
  unreadable: boolean;
}

/**
 * One issue of a line's product in the page's words, from its code alone: a missing field or a bad
 * date says what to give; an unknown product or a value no link writes (a broken token) makes
 * the line unreadable. `issue.path` is under the product (`["plan"]`).
 */
function reasonOf(c: Catalogue, issue: CodedIssue): Reason {
  const path = ["product", ...issue.path];
  const coded = { ...issue, path };
  if (issue.path.join(".") === "line") {
    const text = issue.code === "required" ? c.issues.noProduct : c.issues.unknownProduct;
    return { text, unreadable: true };
  }
  const text = issueText(c, coded, "link");
  if (issue.code === "required") return { text, unreadable: false };
  if (issue.code === "inconsistent") return { text, unreadable: true };
  const name = fieldName(c, path)?.name;
  const about = name === undefined ? text : c.compose.about(name, text);
  return { text: about, unreadable: fieldKind(path) !== "date" };
}

/**
 * The message of a line whose product the schema refuses (issues with paths under the product):
 * «Позиция 2: укажите …» when a field is missing, «Позиция не распознана: …» with the advice to
 * add it again when the line cannot be read.
 */
export function lineProblem(c: Catalogue, index: number, issues: readonly CodedIssue[]): string {
  const reasons = issues.map((issue) => reasonOf(c, issue));
  const texts = c.compose.list([...new Set(reasons.map((r) => r.text))]);
  return reasons.some((r) => r.unreadable)
    ? c.compose.lineUnreadable(texts)
    : c.compose.lineProblem(index + 1, texts);
}
