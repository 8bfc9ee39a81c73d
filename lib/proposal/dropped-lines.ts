import { MAX_PROPOSAL_LINES, countOf, plural } from "@/rules";
import { DROPPED_KEY, proposalSearchParams, type ProposalDraft } from "./proposal-url";

/**
 * The one message about `l` tokens of the address the page left out (see proposalDraftFromParams):
 * lines past the limit and tokens that name no product. Null when none were left out.
 */
export function droppedLinesMessage(dropped: ProposalDraft["dropped"]): string | null {
  if (!dropped) return null;
  const parts: string[] = [];
  if (dropped.extra > 0) {
    parts.push(
      `В КП не больше ${countOf(MAX_PROPOSAL_LINES, ["позиции", "позиций", "позиций"])}: ` +
        `${countOf(dropped.extra, ["лишняя позиция не добавлена", "лишние позиции не добавлены", "лишних позиций не добавлено"])}.`,
    );
  }
  if (dropped.unreadable > 0) {
    parts.push(
      `${countOf(dropped.unreadable, ["позиция", "позиции", "позиций"])} в адресе не ` +
        `${plural(dropped.unreadable, ["прочитана и пропущена", "прочитаны и пропущены", "прочитаны и пропущены"])}.`,
    );
  }
  return parts.length > 0 ? parts.join(" ") : null;
}

/**
 * Where an address that had tokens to leave out goes: the offer's own address (at most 30 lines,
 * no junk) with the count of what was left out, so the page never carries the junk along (Next
 * writes the whole address into the page's router data), relative. Null when nothing was left
 * out of `query`'s tokens.
 */
export function withoutDroppedHref(query: URLSearchParams, draft: ProposalDraft): string | null {
  if (query.getAll("l").length <= draft.lines.length || !draft.dropped) return null;
  const next = proposalSearchParams(draft);
  next.set(DROPPED_KEY, `${draft.dropped.extra}.${draft.dropped.unreadable}`);
  return `/offer?${next.toString()}`;
}
