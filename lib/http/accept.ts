/**
 * `Accept` read as HTTP reads it (RFC 9110 §12.5.1): each media range with its q-value; a type
 * gets the q of the most specific range that matches it (`text/csv` before `text/*` before
 * `*\/*`), 0 when none does.
 */
interface Range {
  type: string;
  subtype: string;
  q: number;
}

function ranges(header: string): Range[] {
  const result: Range[] = [];
  for (const part of header.split(",")) {
    const [media = "", ...params] = part.split(";");
    const [type, subtype] = media.trim().toLowerCase().split("/");
    if (!type || !subtype) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split("=").map((s) => s.trim().toLowerCase());
      if (name === "q") {
        const n = Number(value);
        q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value ?? "") ? n : 0;
      }
    }
    result.push({ type, subtype, q });
  }
  return result;
}

/** The q-value `header` gives `mediaType` (`type/subtype`, lower case). */
function qualityOf(list: readonly Range[], mediaType: string): number {
  const [type, subtype] = mediaType.split("/");
  let best: { specificity: number; q: number } | null = null;
  for (const r of list) {
    const specificity =
      r.type === type && r.subtype === subtype
        ? 2
        : r.type === type && r.subtype === "*"
          ? 1
          : r.type === "*" && r.subtype === "*"
            ? 0
            : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity) best = { specificity, q: r.q };
  }
  return best?.q ?? 0;
}

/**
 * Which of `offered` (media types, the first is the default) `accept` prefers: the highest q
 * wins, a tie goes to the earlier one; no header (or one without a readable range) → the first;
 * null when every offered type is unacceptable (q 0 or not matched): a 406.
 */
export function negotiate<T extends string>(
  accept: string | null,
  offered: readonly [T, ...T[]],
): T | null {
  const list = ranges(accept ?? "");
  if (list.length === 0) return offered[0];
  let best: { type: T; q: number } | null = null;
  for (const type of offered) {
    const q = qualityOf(list, type);
    if (q > 0 && (!best || q > best.q)) best = { type, q };
  }
  return best?.type ?? null;
}
