// decimal.js, the design card's decimal library: every amount is computed exactly and leaves
// this module only through `toTenge` (half up to whole tenge).
import Decimal from "decimal.js";

/** Whole tenge: the only money shape at the library's boundaries. */
export type Tenge = number;

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/**
 * The one way out of decimal arithmetic: half up to whole tenge, then the exact integer as a
 * JS number (amounts stay far below 2^53, so the conversion cannot lose a tenge).
 */
function toTenge(amount: Decimal): Tenge {
  return amount.toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
}

/** Rounds a decimal amount to whole tenge, half up (…,5 goes up). */
export function roundHalfUp(amount: Decimal | string | number): Tenge {
  return toTenge(new D(amount));
}

/** List price less a percent discount: list × (100 − pct) / 100, half up to whole tenge. */
export function applyPercent(list: Tenge, percent: number): Tenge {
  return toTenge(new D(list).times(new D(100).minus(percent)).dividedBy(100));
}

/** A fixed bonus off a price, never taking it below zero (п. 4.1.6). */
export function capBonus(list: Tenge, bonus: Tenge): Tenge {
  return new D(bonus).lte(list) ? bonus : list;
}

/** a − b on whole tenge, exactly. */
export function subtract(a: Tenge, b: Tenge): Tenge {
  return toTenge(new D(a).minus(b));
}

/** a + b on whole tenge, exactly. */
export function add(a: Tenge, b: Tenge): Tenge {
  return toTenge(new D(a).plus(b));
}

/** A whole-tenge amount times a whole count (an offer line's quantity), exactly. */
export function times(amount: Tenge, count: number): Tenge {
  return toTenge(new D(amount).times(count));
}

/** The exact sum of whole-tenge amounts (0 for none). */
export function sum(amounts: readonly Tenge[]): Tenge {
  return toTenge(amounts.reduce((acc, a) => acc.plus(a), new D(0)));
}

// Digits, optionally grouped by threes with a space, a no-break space or a narrow no-break space.
const GROUPED_TENGE = /^(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)$/;

/** Whole tenge from a price list cell («1 343 880», «671880»); null for anything else. */
export function parseWholeTenge(text: string): Tenge | null {
  const trimmed = text.trim();
  if (!GROUPED_TENGE.test(trimmed)) return null;
  return toTenge(new D(trimmed.replace(/[ \u00a0\u202f]/g, "")));
}
