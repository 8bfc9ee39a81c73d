import { add, subtract, sum, times, type Tenge } from "../money/money";

/** What one offer line costs: list price, discount and total, whole tenge. */
export interface Amounts {
  list: Tenge;
  discount: Tenge;
  total: Tenge;
}

/** The money of one unit quote, the Copilot bonus included (п. 4.1.6): list − discount = total. */
type UnitQuote = { listPrice: Tenge; total: Tenge; bonus: { listPrice: Tenge } | null };

/**
 * A line's amounts: the unit quote × quantity. An ineligible unit is already priced at its list
 * price by the engine, so it adds no discount.
 */
export function lineAmounts(unit: UnitQuote, quantity: number): Amounts {
  const unitList = unit.bonus ? add(unit.listPrice, unit.bonus.listPrice) : unit.listPrice;
  const list = times(unitList, quantity);
  const total = times(unit.total, quantity);
  return { list, discount: subtract(list, total), total };
}

/** The offer's totals: the sums of its lines' amounts. */
export function proposalTotals(lines: readonly Amounts[]): Amounts {
  return {
    list: sum(lines.map((l) => l.list)),
    discount: sum(lines.map((l) => l.discount)),
    total: sum(lines.map((l) => l.total)),
  };
}
