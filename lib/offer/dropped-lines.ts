import { MAX_OFFER_LINES, countOf, plural } from "@/rules";
import type { OfferDraft } from "./offer-url";

/**
 * The one message about `l` tokens of the address the page left out (see offerDraftFromParams):
 * lines past the limit and tokens that name no product. Null when none were left out.
 */
export function droppedLinesMessage(dropped: OfferDraft["dropped"]): string | null {
  if (!dropped) return null;
  const parts: string[] = [];
  if (dropped.extra > 0) {
    parts.push(
      `В КП не больше ${countOf(MAX_OFFER_LINES, ["позиции", "позиций", "позиций"])}: ` +
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
