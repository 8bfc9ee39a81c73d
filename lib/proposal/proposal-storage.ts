import { MAX_PROPOSAL_TEXT } from "@/rules/request/proposal-limits";
import { PARTY_KEYS, SELLER_FIELDS } from "./proposal-url";

/*
 * What the browser remembers for offers (localStorage, this device only): the offer being built
 * (its /offer query, so lines can be added from other pages) and the seller's details (typed
 * once). The client's details are never stored apart from the offer itself.
 */

const DRAFT_STORAGE_KEY = "kz-summer-2025:offer-draft";
/** The query key of GET /offer/add carrying the offer saved here (its whole /offer query). */
export const DRAFT_KEY = "draft";
const SELLER_KEY = "kz-summer-2025:offer-seller";

/** The seller's query keys (`sc`, `sb`, …). */
export const SELLER_KEYS: string[] = SELLER_FIELDS.map((f) => PARTY_KEYS[f]);

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage disabled (private mode, policy): the offer still works from its URL.
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Full or disabled storage: nothing to remember, nothing lost from the URL.
  }
}

/** The /offer query last shown in this browser ("" when none). */
export function savedDraftQuery(): string {
  return read(DRAFT_STORAGE_KEY) ?? "";
}

/** Remembers the /offer query being shown. */
export function saveDraftQuery(query: string): void {
  write(DRAFT_STORAGE_KEY, query.replace(/^\?/, ""));
}

/** The remembered seller fields by query key (only known keys, only strings). */
export function savedSeller(): Record<string, string> {
  try {
    const value: unknown = JSON.parse(read(SELLER_KEY) ?? "{}");
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        ([k, v]) =>
          SELLER_KEYS.includes(k) && typeof v === "string" && v.length <= MAX_PROPOSAL_TEXT,
      ),
    ) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Remembers the seller fields (by query key). */
export function saveSeller(values: Record<string, string>): void {
  write(SELLER_KEY, JSON.stringify(values));
}
