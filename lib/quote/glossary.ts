/*
 * One name per thing, for every page, print, PDF, /check and API text. The retired variants
 * («Цена по прайсу», «Цена без скидки», «По прайсу», «CoPilot») are checked by e2e/glossary.spec.ts.
 */

/** The price before any reward, everywhere. */
export const LIST_PRICE = "Цена по прайс-листу";

/** The add-on as the Rules spell it (п. 4.1.6: «Буст Copilot»). */
export const COPILOT_BOOST = "Буст Copilot на 12 месяцев";

/** The bonus row of a line, the same in the calculator, the offer editor and the document. */
export function copilotBonusTitle(discount: string, clause: string): string {
  return `${COPILOT_BOOST}, бонус ${discount} (п. ${clause})`;
}

/** The words a page must not use any more, each with the one that replaced it. */
export const RETIRED_TERMS: readonly (readonly [retired: string, use: string])[] = [
  ["Цена по прайсу", LIST_PRICE],
  ["Цена без скидки", LIST_PRICE],
  ["По прайсу", "По прайс-листу"],
  ["CoPilot", "Copilot"],
];
