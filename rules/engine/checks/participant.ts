import { REASON_TEXTS } from "../../promotion/texts";
import { formatAstanaDateTime, type Instant } from "../../time/astana";
import type { Check } from "../context";
import { failed, passed } from "../decision";

const inside = (t: Instant, start: Instant, end: Instant) => t >= start && t < end;

/** п. 2.1, 5.2: both the order and the payment fall inside 28.07–31.08.2025, Astana time. */
export const periodCheck: Check = ({ input, promotion: p }) => {
  const clauses = ["2.1", "5.2"];
  const orderIn = inside(input.orderedAt, p.start, p.endExclusive);
  const paidIn = inside(input.paidAt, p.start, p.endExclusive);
  if (orderIn && paidIn) {
    return passed(
      "period",
      clauses,
      "Заказ оформлен и оплачен в срок акции, с 28.07.2025 по 31.08.2025 (п. 2.1, 5.2).",
    );
  }
  const parts = [
    orderIn ? null : `оформления ${formatAstanaDateTime(input.orderedAt)}`,
    paidIn ? null : `оплаты ${formatAstanaDateTime(input.paidAt)}`,
  ].filter((s) => s !== null);
  const what = parts.length === 2 ? `Даты ${parts.join(" и ")}` : `Дата ${parts[0]}`;
  return failed("period", "outside_period", clauses, REASON_TEXTS.outside_period({ what }));
};

/** п. 1.2.3, 2.3: Kazakhstan participants only. */
export const residentCheck: Check = ({ input }) =>
  input.customer.resident
    ? passed("resident", ["1.2.3", "2.3"], "Клиент из Казахстана (п. 1.2.3, 2.3).")
    : failed("resident", "not_resident", ["1.2.3", "2.3"], REASON_TEXTS.not_resident());

/** п. 1.2.3: an individual must be 18+ and fully capable. */
export const adultCheck: Check = ({ input }) => {
  if (input.customer.kind !== "individual") return null;
  return input.customer.adult
    ? passed(
        "adult",
        ["1.2.3"],
        "Физическое лицо достигло 18 лет и полностью дееспособно (п. 1.2.3).",
      )
    : failed("adult", "not_adult", ["1.2.3"], REASON_TEXTS.not_adult());
};

/** п. 1.2.3, 5.1.2: business, economic or non-commercial use, not personal needs. */
export const purposeCheck: Check = ({ input }) =>
  input.customer.purpose === "business"
    ? passed(
        "purpose",
        ["1.2.3", "5.1.2"],
        "Покупка для предпринимательской или иной экономической деятельности (п. 1.2.3, 5.1.2).",
      )
    : failed("purpose", "personal_use", ["1.2.3", "5.1.2"], REASON_TEXTS.personal_use());

/** п. 5.13: «1С-Битрикс: 1С: Франчайзи» licenses get nothing. */
export const franchiseeCheck: Check = ({ input }) =>
  input.product.franchisee
    ? failed("franchisee", "franchisee", ["5.13"], REASON_TEXTS.franchisee())
    : passed("franchisee", ["5.13"], "Лицензия не «1С-Битрикс: 1С: Франчайзи» (п. 5.13).");
