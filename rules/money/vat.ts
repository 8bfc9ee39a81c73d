// VAT on an amount in whole tenge, exactly (decimal.js), half up to the tiyn. Results are decimal
// strings with two places ("65892.86"): tiyn leave this module only as text, never as floats.
import Decimal from "decimal.js";
import type { Tenge } from "./money";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** How the seller's prices carry VAT: in them, on top of them, or not at all (not a VAT payer). */
export type VatMode = "included" | "excluded" | "none";

/** The VAT of a total and the amount with VAT, tenge with two decimals ("1150568.79"). */
export interface VatAmounts {
  amount: string;
  totalWithVat: string;
}

const tiyn = (amount: Decimal) => amount.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);

/**
 * VAT at `rate` percent: included in `total` → total × rate / (100 + rate); on top of it →
 * total × rate / 100, added to the total; none → 0.00. Half up to the tiyn.
 */
export function vatAmounts(total: Tenge, mode: VatMode, rate: number): VatAmounts {
  const sum = new D(total);
  if (mode === "none") return { amount: tiyn(new D(0)), totalWithVat: tiyn(sum) };
  if (mode === "included") {
    return {
      amount: tiyn(sum.times(rate).dividedBy(new D(100).plus(rate))),
      totalWithVat: tiyn(sum),
    };
  }
  const amount = sum.times(rate).dividedBy(100).toDecimalPlaces(2, D.ROUND_HALF_UP);
  return { amount: tiyn(amount), totalWithVat: tiyn(sum.plus(amount)) };
}

/** Whole tenge as tenge with tiyn: 615000 → "615000.00". */
export function withTiyn(total: Tenge): string {
  return tiyn(new D(total));
}

/** A rate with at most two decimals (12, 16, 12.5): what a VAT rate is written with. */
export function isRateLike(rate: number): boolean {
  return Number.isFinite(rate) && new D(rate).decimalPlaces() <= 2;
}
