import { describe, expect, it } from "vitest";
import { FIELD_KINDS, fieldPath } from "./fields";
import { issueText } from "./issue-text";
import type { CodedIssue } from "./issues";
import { CATALOGUES, catalogue } from "./languages";

/** Every key path of a catalogue (a function or a text is a leaf). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keyPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe("the message catalogues", () => {
  const reference = keyPaths(catalogue("ru"))
    .filter((k) => !k.endsWith(".question"))
    .sort();

  it.each(Object.keys(CATALOGUES))("%s → the same keys as ru (questions optional)", (language) => {
    const keys = keyPaths(CATALOGUES[language as keyof typeof CATALOGUES]);
    expect(keys.filter((k) => !k.endsWith(".question")).sort()).toEqual(reference);
  });

  it.each(Object.keys(CATALOGUES))("%s → every field a page names has its names", (language) => {
    const c = CATALOGUES[language as keyof typeof CATALOGUES];
    expect(Object.keys(c.fields).sort()).toEqual(Object.keys(FIELD_KINDS).sort());
  });
});

describe("fieldPath", () => {
  it.each([
    [["customer", "kind"], "customer.kind"],
    [["lines", 2, "product", "plan"], "product.plan"],
    [["lines", 0, "quantity"], "lines.quantity"],
    [["lines"], "lines"],
    [["nothing"], null],
  ] as const)("%j → %s", (path, key) => {
    expect(fieldPath(path)).toBe(key);
  });
});

describe("issueText (ru): the words of a code, never of a message", () => {
  const ru = catalogue("ru");
  const issue = (
    code: CodedIssue["code"],
    path: CodedIssue["path"],
    params: CodedIssue["params"] = {},
  ): CodedIssue => ({ code, path, params });

  it.each([
    ["missing client fact", issue("required", ["orderedAt"]), "обязательное поле"],
    [
      "missing product field",
      issue("required", ["product", "sourcePurchasedAt"]),
      "укажите дату покупки текущей лицензии",
    ],
    [
      "bad date",
      issue("invalid_date", ["paidAt"], { input: "вчера" }),
      "неверная дата, пример: 15.08.2025",
    ],
    [
      "bad date-time",
      issue("invalid_date", ["orderedAt"], { input: "2025-08-15T25:00" }),
      "неверная дата, пример: 15.08.2025 12:00",
    ],
    [
      "a date of the wrong type",
      issue("invalid_type", ["orderedAt"]),
      "неверная дата, пример: 15.08.2025",
    ],
    ["yes/no", issue("invalid_type", ["customer", "resident"]), "выберите «Да» или «Нет»"],
    [
      "enumeration",
      issue("invalid_value", ["customer", "kind"]),
      "выберите один из вариантов в списке",
    ],
    [
      "price ≤ 0",
      issue("too_small", ["product", "listPrice"], { minimum: 1 }),
      "сумма должна быть больше нуля",
    ],
    [
      "boost price < 0",
      issue("too_small", ["product", "copilotBoostListPrice"], { minimum: 0 }),
      "сумма не может быть отрицательной",
    ],
    ["price too big", issue("too_big", ["product", "listPrice"]), "слишком большая сумма"],
    ["price not whole", issue("invalid_type", ["product", "listPrice"]), "целое число тенге"],
    ["quantity 0", issue("too_small", ["lines", 0, "quantity"], { minimum: 1 }), "не меньше 1"],
    ["quantity 101", issue("too_big", ["lines", 1, "quantity"], { maximum: 100 }), "не больше 100"],
    ["quantity 1.5", issue("invalid_type", ["lines", 1, "quantity"]), "целое число"],
    [
      "long text",
      issue("too_long", ["client", "name"], { maximum: 200 }),
      "не длиннее 200 символов",
    ],
    [
      "a line break",
      issue("invalid_value", ["seller", "person"]),
      "одна строка без управляющих символов",
    ],
    [
      "BIN of 11 digits",
      issue("invalid_bin", ["seller", "bin"], { input: "12345678901" }),
      "12 цифр",
    ],
    [
      "BIN check digit",
      issue("invalid_bin", ["client", "bin"], { input: "123456789012" }),
      "неверная контрольная цифра — проверьте номер",
    ],
    [
      "no lines",
      issue("too_small", ["lines"], { minimum: 1 }),
      "добавьте в КП хотя бы одну строку",
    ],
    ["31 lines", issue("too_big", ["lines"], { maximum: 30 }), "в КП не больше 30 строк"],
    [
      "never paid, yet on a paid plan",
      issue("inconsistent", ["history", "currentPlan"], { rule: "never_paid_plan" }),
      "клиент не покупал платных лицензий, но сейчас на платном тарифе",
    ],
    [
      "a tier the edition lacks",
      issue("inconsistent", ["product", "users"], { rule: "users_for_edition", values: [50, 100] }),
      "для этой редакции число пользователей: 50, 100",
    ],
  ] as const)("%s → «%s»", (_label, coded, text) => {
    expect(issueText(ru, coded)).toBe(text);
  });

  it("a value a link wrote → «значение не из списка», not a choice to make", () => {
    expect(issueText(ru, issue("invalid_value", ["product", "edition"]), "link")).toBe(
      "значение не из списка",
    );
  });
});
