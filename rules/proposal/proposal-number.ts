import { canonicalJson } from "./canonical-json";

// FNV-1a, 32 bits: tiny, dependency-free and stable across runtimes; a number only has to differ
// between offers a partner tells apart, not resist anyone choosing collisions.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The offer's number when the partner gave none: «КП-ММДД-XXXXXX», the issue day then six base-36
 * characters of a hash of the content (everything but the number), so the same offer keeps it.
 */
export function proposalNumber(content: unknown, issuedDay: string): string {
  const [, month = "00", day = "00"] = issuedDay.split("-");
  const code = fnv1a(canonicalJson(content)).toString(36).toUpperCase().padStart(7, "0").slice(-6);
  return `КП-${month}${day}-${code}`;
}
