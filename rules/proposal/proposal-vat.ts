import { vatAmounts, withTiyn, type VatMode } from "../money/vat";
import type { Tenge } from "../money/money";

/**
 * VAT rates of Kazakhstan by the day they start: 12% through 31.12.2025, 16% from 01.01.2026
 * (Tax Code of the Republic of Kazakhstan of 18.07.2025). Newest first.
 */
const VAT_RATES: readonly { from: string; rate: number }[] = [
  { from: "2026-01-01", rate: 16 },
  { from: "0000-01-01", rate: 12 },
];

/** The VAT rate in force on a day (ГГГГ-ММ-ДД, Astana). */
export function vatRateOn(day: string): number {
  return VAT_RATES.find((r) => day >= r.from)!.rate;
}

/**
 * The offer's VAT as the answer gives it. `mode` null: neither the request nor the price list
 * says whether prices carry VAT; then every other field is null too (no amounts, a `vat_unknown`
 * warning). `none`: the seller pays no VAT; rate null, amount "0.00".
 */
export interface ProposalVat {
  mode: VatMode | null;
  /** Percent: the request's, else the rate in force on the offer's date. */
  rate: number | null;
  /** Tenge with two decimals ("65892.86"). */
  amount: string | null;
  /** The amount due with VAT, tenge with two decimals. */
  totalWithVat: string | null;
}

/** What the request says about VAT (optional in the API). */
export interface VatRequest {
  mode: VatMode;
  rate?: number | undefined;
}

/**
 * The offer's VAT: as requested, else from the price list (`vatIncluded` true → included, false →
 * excluded, null → unknown); the rate defaults to the one in force on `issuedAt`.
 */
export function proposalVat(
  requested: VatRequest | undefined,
  vatIncluded: boolean | null,
  issuedAt: string,
  total: Tenge,
): ProposalVat {
  const mode =
    requested?.mode ?? (vatIncluded === null ? null : vatIncluded ? "included" : "excluded");
  if (mode === null) return { mode: null, rate: null, amount: null, totalWithVat: null };
  if (mode === "none") return { mode, rate: null, ...vatAmounts(total, mode, 0) };
  const rate = requested?.rate ?? vatRateOn(issuedAt);
  return { mode, rate, ...vatAmounts(total, mode, rate) };
}

/** The amount the client pays, tenge with two decimals: with VAT when it is added on top. */
export function amountDue(vat: ProposalVat, total: Tenge): string {
  return vat.totalWithVat ?? withTiyn(total);
}
