// decimal.js-light: the lighter build of decimal.js by the same author (about 5 KB gzip
// instead of 12 KB), with the same API for what money needs; it ships to the quote page.
import Decimal from "decimal.js-light";

/** Whole tenge: the only money shape at the library's boundaries. */
export type Tenge = number;

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Rounds a decimal amount to whole tenge, half up (…,5 goes up). */
export function roundHalfUp(amount: Decimal | string | number): Tenge {
  return new D(amount).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
}

/** List price less a percent discount: list × (100 − pct) / 100, half up to whole tenge. */
export function applyPercent(list: Tenge, percent: number): Tenge {
  return roundHalfUp(new D(list).times(new D(100).minus(percent)).dividedBy(100));
}

/** A fixed bonus off a price, never taking it below zero (п. 4.1.6). */
export function capBonus(list: Tenge, bonus: Tenge): Tenge {
  return new D(bonus).lte(list) ? bonus : list;
}

/** a − b on whole tenge, exactly. */
export function subtract(a: Tenge, b: Tenge): Tenge {
  return new D(a).minus(b).toNumber();
}

/** a + b on whole tenge, exactly. */
export function add(a: Tenge, b: Tenge): Tenge {
  return new D(a).plus(b).toNumber();
}
