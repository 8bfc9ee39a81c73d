import { focusAfterMove, focusAfterRemove } from "./line-focus";
import { moveLine, proposalHref, type ProposalDraft } from "./proposal-url";

/**
 * «Выше», «Ниже» and «Удалить» of a line are submit buttons of the offer's form with the name
 * `edit` and a value such as `up.2`: the form sends the offer once, and the button says only
 * what to do with it (a link per button carrying the whole offer made the page grow with the
 * square of its lines).
 */
export const EDIT_FIELD = "edit";

export type LineEdit = { kind: "up" | "down" | "remove"; index: number };

/** The `edit` value of a line's button. */
export const editValue = (edit: LineEdit) => `${edit.kind}.${edit.index}`;

/** The edit an `edit` value names, or null when it names none. */
export function readLineEdit(value: string | null): LineEdit | null {
  const match = /^(up|down|remove)\.(\d{1,2})$/.exec(value ?? "");
  return match ? { kind: match[1] as LineEdit["kind"], index: Number(match[2]) } : null;
}

/**
 * The address of the offer after the edit (`/offer?…#<where the focus goes>`), relative; the
 * draft unchanged when the edit names no line of it.
 */
export function editedOfferHref(draft: ProposalDraft, edit: LineEdit | null): string {
  const count = draft.lines.length;
  if (!edit || edit.index >= count) return proposalHref(draft);
  if (edit.kind === "remove") {
    const lines = draft.lines.filter((_, i) => i !== edit.index);
    return `${proposalHref({ ...draft, lines })}#${focusAfterRemove(edit.index, count)}`;
  }
  const by = edit.kind === "up" ? -1 : 1;
  const lines = moveLine(draft.lines, edit.index, by);
  if (lines.every((line, i) => line === draft.lines[i])) return proposalHref(draft);
  return `${proposalHref({ ...draft, lines })}#${focusAfterMove(edit.index, by, count)}`;
}
