import type * as z from "zod/mini";
import { groupDigits, lowerFirst } from "@/rules";
import type { CellProblem } from "./cells";
import type { Column } from "./columns";

/*
 * What is wrong with a row, in the page's words: the value as the file writes it and what to do.
 * The row and the column (as the file names it) are said by the list around the message; no API
 * value list, no field path.
 */

/** What a field holds, as «укажите …» asks for it. */
const WHAT: Record<string, string> = {
  orderedAt: "дату заказа",
  paidAt: "дату оплаты",
  "customer.kind": "кто покупает",
  "customer.resident": "из Казахстана ли клиент: да или нет",
  "customer.adult": "есть ли клиенту 18 лет: да или нет",
  "customer.purpose": "для чего покупка",
  "product.line": "линейку: облако, коробку или «Управление сайтом»",
  "product.operation": "операцию: покупку, продление или переход",
  "product.plan": "тариф облака",
  "product.edition": "редакцию",
  "product.users": "число пользователей",
  "product.months": "срок: 1 или 12 месяцев",
  "product.from": "текущую редакцию",
  "product.from.edition": "текущую редакцию",
  "product.from.users": "число пользователей текущей лицензии",
  "product.sourcePurchasedAt": "когда куплена текущая лицензия",
  "history.paidBefore": "покупал ли клиент платную лицензию: да или нет",
  "history.currentPlan": "тариф на портале сейчас",
  "history.currentUsers": "число пользователей в текущем «Энтерпрайз»",
};

const VALUE_PLACE = "выберите, что оно значит, в списке значений файла над таблицей";

/** A cell the readers could not read. */
export function problemMessage(problem: CellProblem): string {
  const text = problem.text.slice(0, 60);
  switch (problem.kind) {
    case "date":
      return `дата «${text}» не распознана: напишите её как 15.08.2025, 15.08.2025 10:30 или 2025-08-15`;
    case "users":
      return `«${text}» — не число пользователей: напишите его цифрами, например 50`;
    case "unknown":
      return `значение «${text}» не распознано: ${VALUE_PLACE}`;
    case "product":
      return `продукт «${text}» не распознан: выберите его в списке значений файла над таблицей или заполните столбцы «Линейка» и «Тариф» или «Редакция»`;
    case "money":
      switch (problem.problem) {
        case "fraction":
          return `в сумме «${text}» есть тиыны: укажите целую сумму в тенге, например ${groupDigits(1200000)}`;
        case "negative":
          return `сумма «${text}» меньше нуля: укажите цену по прайс-листу`;
        case "too_big":
          return `сумма «${text}» слишком большая: проверьте её`;
        default:
          return `«${text}» — не сумма: укажите цену цифрами, например ${groupDigits(1200000)}`;
      }
  }
}

/** Hints for a value the schema refuses, by field. */
const HINT: Record<string, string> = {
  "product.users":
    "у этого тарифа или редакции другое число пользователей, сверьте его с прайс-листом",
  "product.from.users": "у текущей редакции другое число пользователей, сверьте его с прайс-листом",
  "product.months": "облако продаётся на 1 или 12 месяцев",
  "product.plan": "у облака тарифы «Базовый», «Стандартный», «Профессиональный» и «Энтерпрайз»",
  "product.edition": "у этой линейки такой редакции нет, выберите другую",
  "product.from": "у этой линейки такой редакции нет, выберите другую",
  "product.from.edition": "у этой линейки такой редакции нет, выберите другую",
  "product.operation": "у этой линейки такой операции нет, выберите другую",
  "history.currentUsers": "у «Энтерпрайз» другое число пользователей, сверьте его с прайс-листом",
};

/** An issue of the request schema on a read value (`value`), written in its cell as `raw`. */
export function issueMessage(
  issue: z.core.$ZodIssue,
  path: string,
  value: unknown,
  raw: string,
): string {
  const field = path === "product" ? "product.line" : path;
  const what = WHAT[field] ?? "значение";
  if (value === undefined || path === "product") {
    return raw === ""
      ? `ячейка пустая: укажите ${what}`
      : `по «${raw.slice(0, 60)}» не понять ${what}: укажите это в отдельном столбце`;
  }
  if (issue.code === "custom") {
    const said = lowerFirst(issue.message);
    return raw === "" ? said : `«${raw.slice(0, 60)}»: ${said}`;
  }
  return `значение «${raw.slice(0, 60)}» здесь не подходит: ${HINT[field] ?? "проверьте его"}`;
}

/** An issue of a field no column of the file holds: the template's column to add. */
export function missingColumnMessage(
  path: string,
  columns: readonly Column[],
): { column: string; message: string } {
  const column = columns.find((c) => c.path === path || c.path.startsWith(`${path}.`));
  return {
    column: column?.title ?? "Строка",
    message: `в файле нет этого столбца: добавьте его или укажите его среди столбцов файла над таблицей`,
  };
}
