import { countOf, groupDigits, plural } from "@/rules";

/*
 * What /check says about its progress, with the verb and the noun agreeing with the count:
 * «проверена 1 строка», «проверены 2 строки», «проверено 5 строк»; after «из» the noun is in the
 * genitive: «из 1 строки», «из 5 строк».
 */

const ROWS = ["строка", "строки", "строк"] as const;
const ROWS_GENITIVE = ["строки", "строк", "строк"] as const;

/** «3 из 21 строки»: a part of a whole. */
const partOf = (part: number, total: number) =>
  `${groupDigits(part)} из ${groupDigits(total)} ${plural(total, ROWS_GENITIVE)}`;

/** While the rows are priced: «Проверено 1 200 из 5 000 строк». */
export const progressText = (received: number, total: number) =>
  `Проверено ${partOf(received, total)}`;

/** «Готово: проверена 1 строка.», «… проверены 3 строки.», «… проверено 150 строк.» */
export const doneText = (count: number) =>
  `Готово: ${plural(count, ["проверена", "проверены", "проверено"])} ${countOf(count, ROWS)}.`;

/** «Проверка отменена: проверено 3 из 5 строк.» */
export const cancelledText = (received: number, total: number) =>
  `Проверка отменена: проверено ${partOf(received, total)}.`;

/** «1 строка с ошибками не посчитана, остальные проверены.» */
export const invalidRowsText = (count: number) =>
  `${countOf(count, ROWS)} с ошибками ${plural(count, ["не посчитана", "не посчитаны", "не посчитано"])}, остальные проверены.`;
