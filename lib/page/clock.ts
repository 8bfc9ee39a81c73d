import { toAstanaDay } from "@/rules/time/astana";

/**
 * The server's clock, read once per request by pages. `rules/` never reads a clock: pages pass
 * this instant in. A function of its own so a render reads the time through one named door.
 */
export function requestInstant(): number {
  return Date.now();
}

/** Today's Astana calendar day (ГГГГ-ММ-ДД) for this request. */
export function requestDay(): string {
  return toAstanaDay(requestInstant());
}
