import { lowerFirst } from "@/rules";
import { pageMessage, type Issue } from "@/lib/overview/overview-url";
import { withoutLabel } from "@/lib/quote/quote-form";

/** A product field of a line in words: as a subject, and after «укажите». */
const FIELD_NAMES: Record<string, readonly [string, string]> = {
  line: ["продукт", "продукт"],
  plan: ["тариф", "тариф"],
  operation: ["операция", "операцию"],
  edition: ["редакция", "редакцию"],
  users: ["число пользователей", "число пользователей"],
  months: ["срок", "срок"],
  from: ["текущая редакция", "текущую редакцию"],
  "from.edition": ["текущая редакция", "текущую редакцию"],
  "from.users": ["число пользователей текущей редакции", "число пользователей текущей редакции"],
  sourcePurchasedAt: ["дата покупки текущей лицензии", "дату покупки текущей лицензии"],
  listPrice: ["цена по прайс-листу", "цену по прайс-листу"],
  copilotBoostListPrice: ["цена Буста CoPilot", "цену Буста CoPilot"],
};

interface Reason {
  text: string;
  /** The line's token cannot be read: only removing it and adding it again helps. */
  unreadable: boolean;
}

/**
 * One issue of a line's product in the page's words: a missing field or date says what to give;
 * an unknown product or a value no link writes (a broken token) makes the line unreadable.
 */
function lineReason(field: string, issue: Issue, product: Record<string, unknown>): Reason {
  const [name, accusative] = FIELD_NAMES[field] ?? [field, field];
  if (field === "line") {
    const text = product.line === undefined ? "не указан продукт" : "неизвестный продукт";
    return { text, unreadable: true };
  }
  if (issue.message === "Обязательное поле") {
    return { text: `укажите ${accusative}`, unreadable: false };
  }
  // The product's own checks of a missing value («Укажите дату покупки…»): already words.
  if (issue.message.startsWith("Укажите ")) {
    return { text: lowerFirst(issue.message), unreadable: false };
  }
  if (field === "sourcePurchasedAt") {
    const date = typeof product.sourcePurchasedAt === "string" ? product.sourcePurchasedAt : "";
    return { text: `${name} — ${lowerFirst(pageMessage(field, issue, date))}`, unreadable: false };
  }
  if (issue.code === "invalid_value")
    return { text: `${name} — значение не из списка`, unreadable: true };
  // «Цена по прайс-листу: сумма…» names its field in the API's words; «Для этой редакции…» needs none.
  const rest = withoutLabel(issue.message);
  const text = rest === issue.message ? lowerFirst(rest) : `${name} — ${lowerFirst(rest)}`;
  return { text, unreadable: true };
}

/**
 * The message of a line whose product the schema refuses (issues with paths under the product):
 * «Позиция 2: укажите …» when a field is missing, «Позиция не распознана: …» with the advice to
 * add it again when the line cannot be read.
 */
export function lineProblem(
  index: number,
  issues: readonly Issue[],
  product: Record<string, unknown>,
): string {
  const reasons = issues.map((issue) => lineReason(issue.path.join("."), issue, product));
  const texts = [...new Set(reasons.map((r) => r.text))].join("; ");
  return reasons.some((r) => r.unreadable)
    ? `Позиция не распознана: ${texts}. Удалите её и добавьте заново.`
    : `Позиция ${index + 1}: ${texts}.`;
}
