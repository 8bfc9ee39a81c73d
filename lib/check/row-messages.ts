import { groupDigits, type CodedIssue } from "@/rules";
import type { ContradictionRule } from "@/rules/messages/issues";
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

/** A contradiction of the row's own values (an `inconsistent` issue), by its rule. */
const CONTRADICTION: Record<ContradictionRule, string> = {
  never_paid_plan:
    "клиент не покупал платных лицензий, а тариф платный: исправьте тариф или покупки клиента",
  never_paid_ended:
    "клиент не покупал платных лицензий, а платная лицензия закончилась: исправьте одно из двух",
  never_paid_monthly:
    "клиент не покупал платных лицензий, а в 2025 году покупал облако на месяц: исправьте одно из двух",
  never_paid_annual:
    "клиент не покупал платных лицензий, а в 2025 году покупал облако на год: исправьте одно из двух",
  ended_after_order: "платная лицензия закончилась позже даты заказа: исправьте дату",
  users_for_edition: "у этой редакции другое число пользователей",
  from_users_for_edition: "у текущей редакции другое число пользователей",
};

/** «50, 100, 250 или 500»: tiers people pick from (numbers, never API words). */
function tiers(values: readonly (string | number)[] | undefined): string {
  const numbers = (values ?? []).filter((v): v is number => typeof v === "number");
  if (numbers.length === 0) return "";
  const list = numbers.map(String);
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(", ")} или ${list.at(-1)}`;
}

/**
 * An issue of the request schema, by its contract code (never its text): the field it is on,
 * the value as the row's cell writes it (`raw`) and what to do.
 */
export function issueMessage(issue: CodedIssue, field: string, raw: string): string {
  const what = WHAT[field] ?? "значение";
  const value = raw.slice(0, 60);
  const choose = tiers(issue.params.values);
  switch (issue.code) {
    case "required":
      return raw === ""
        ? `ячейка пустая: укажите ${what}`
        : `по «${value}» не понять ${what}: укажите это в отдельном столбце`;
    case "inconsistent": {
      const said = CONTRADICTION[issue.params.rule ?? "users_for_edition"];
      const fix = choose ? `: укажите ${choose}` : "";
      return raw === "" ? `${said}${fix}` : `«${value}»: ${said}${fix}`;
    }
    case "invalid_date":
      return `дата «${value}» не распознана: напишите её как 15.08.2025, 15.08.2025 10:30 или 2025-08-15`;
    case "too_small":
      return `значение «${value}» слишком маленькое: укажите сумму больше нуля`;
    case "too_big":
    case "too_long":
      return `значение «${value}» слишком большое: проверьте его`;
    default: {
      const hint = choose ? `укажите ${choose}` : (HINT[field] ?? "проверьте его");
      return `значение «${value}» здесь не подходит: ${hint}`;
    }
  }
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
