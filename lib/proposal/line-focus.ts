/*
 * Where the keyboard focus goes after a line is moved or removed. The links carry the target as
 * their fragment (`#offer-line-0-heading`): without JavaScript the browser goes there itself; with
 * it, components/proposal/focus-from-hash.tsx puts back the focus the new page lost.
 */

/** The id of the «Позиции» heading: the focus goes there when no line is left. */
export const LINES_HEADING_ID = "offer-lines-heading";

/** The id of a line's heading. */
export const lineHeadingId = (index: number) => `offer-line-${index}-heading`;

/** The id of a line's «Выше» (−1) or «Ниже» (+1) link. */
export const lineMoveId = (index: number, by: -1 | 1) =>
  `offer-line-${index}-${by < 0 ? "up" : "down"}`;

/** After moving line `index` of `count` by `by`: the same link at its new place, else its heading. */
export function focusAfterMove(index: number, by: -1 | 1, count: number): string {
  const to = index + by;
  const linkStays = by < 0 ? to > 0 : to < count - 1;
  return linkStays ? lineMoveId(to, by) : lineHeadingId(to);
}

/** After removing line `index` of `count`: the next line's heading, else the previous one's. */
export function focusAfterRemove(index: number, count: number): string {
  if (count <= 1) return LINES_HEADING_ID;
  return lineHeadingId(index < count - 1 ? index : index - 1);
}
