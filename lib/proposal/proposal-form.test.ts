import { describe, expect, it } from "vitest";
import { readProposalForm } from "./proposal-form";

const TODAY = "2025-08-15";
const BASE = "orderedAt=2025-08-15&sc=П&cn=К";
const CMS = "l=l.cms*o.purchase*e.start";

const errorsOf = (query: string) => readProposalForm(new URLSearchParams(query), TODAY).errors;

describe("readProposalForm: the page's words, no request values", () => {
  it.each([
    [
      "an unknown product",
      `${BASE}&l=l.foo`,
      "lines.0.product",
      "Позиция не распознана: неизвестный продукт. Удалите её и добавьте заново.",
    ],
    [
      "an edition no link writes",
      `${BASE}&l=l.box*o.purchase*e.gold`,
      "lines.0.product",
      "Позиция не распознана: редакция — значение не из списка. Удалите её и добавьте заново.",
    ],
    [
      "a price no link writes",
      `${BASE}&l=l.cms*o.purchase*e.start*lp.0`,
      "lines.0.product",
      "Позиция не распознана: цена по прайс-листу — сумма должна быть больше нуля. Удалите её и добавьте заново.",
    ],
    [
      "a transition without the purchase date",
      `${BASE}&${CMS}&l=l.cms*o.upgrade*e.business*fr.start`,
      "lines.1.product",
      "Позиция 2: укажите дату покупки текущей лицензии.",
    ],
    [
      "a cloud line without plan and term",
      `${BASE}&l=l.cloud`,
      "lines.0.product",
      "Позиция 1: укажите тариф; укажите срок.",
    ],
    [
      "a bad purchase date of a line",
      `${BASE}&l=l.cms*o.upgrade*e.business*fr.start*s.2025-02-30`,
      "lines.0.product",
      "Позиция 1: дата покупки текущей лицензии — неверная дата, пример: 15.08.2025.",
    ],
    [
      "a bad order date",
      `orderedAt=2025-13-40&sc=П&cn=К&${CMS}`,
      "orderedAt",
      "Дата заказа: неверная дата, пример: 15.08.2025",
    ],
    [
      "a bad order date and time",
      `orderedAt=2025-08-15T25:00&sc=П&cn=К&${CMS}`,
      "orderedAt",
      "Дата заказа: неверная дата, пример: 15.08.2025 12:00",
    ],
    [
      "a bad payment date",
      `${BASE}&paidAt=вчера&${CMS}`,
      "paidAt",
      "Дата оплаты: неверная дата, пример: 15.08.2025",
    ],
    [
      "an unknown customer kind",
      `${BASE}&kind=government&${CMS}`,
      "customer.kind",
      "Кто покупает: выберите один из вариантов в списке",
    ],
  ])("%s → %s: the page's message", (_label, query, path, message) => {
    expect(errorsOf(query)[path]).toBe(message);
  });

  it.each([
    `${BASE}&l=garbage&l=&l=l.foo&l=l.box*o.purchase*e.gold*u.7`,
    `orderedAt=2025-13-40&paidAt=x&sc=П&cn=К&kind=government&purpose=fun&l=l.cms*o.upgrade*e.business*fr.start*s.x`,
  ])("%s → no API field names, values or ISO formats in any message", (query) => {
    const text = Object.values(errorsOf(query)).join("\n");
    expect(text).not.toMatch(
      /line —|cloud, box|одно из значений|Формат|ГГГГ|Тип клиента|: \p{Lu}/u,
    );
  });
});
