import { formatAstanaDateTime, type Instant } from "../../time/astana";
import type { Check } from "../context";
import { failed, passed } from "../decision";

const inside = (t: Instant, start: Instant, end: Instant) => t >= start && t < end;

/** п. 2.1, 5.2: both the order and the payment fall inside 28.07–31.08.2025, Astana time. */
export const periodCheck: Check = ({ input, promotion: p, texts }) => {
  const clauses = ["2.1", "5.2"];
  const orderIn = inside(input.orderedAt, p.start, p.endExclusive);
  const paidIn = inside(input.paidAt, p.start, p.endExclusive);
  if (orderIn && paidIn) {
    return passed("period", clauses, texts.passed.period);
  }
  const what = texts.periodWhat({
    order: orderIn ? null : formatAstanaDateTime(input.orderedAt),
    paid: paidIn ? null : formatAstanaDateTime(input.paidAt),
  });
  return failed("period", "outside_period", clauses, texts.reasons.outside_period({ what }));
};

/** п. 1.2.3, 2.3: Kazakhstan participants only. */
export const residentCheck: Check = ({ input, texts }) =>
  input.customer.resident
    ? passed("resident", ["1.2.3", "2.3"], texts.passed.resident)
    : failed("resident", "not_resident", ["1.2.3", "2.3"], texts.reasons.not_resident());

/** п. 1.2.3: an individual must be 18+ and fully capable. */
export const adultCheck: Check = ({ input, texts }) => {
  if (input.customer.kind !== "individual") return null;
  return input.customer.adult
    ? passed("adult", ["1.2.3"], texts.passed.adult)
    : failed("adult", "not_adult", ["1.2.3"], texts.reasons.not_adult());
};

/** п. 1.2.3, 5.1.2: business, economic or non-commercial use, not personal needs. */
export const purposeCheck: Check = ({ input, texts }) =>
  input.customer.purpose === "business"
    ? passed("purpose", ["1.2.3", "5.1.2"], texts.passed.purpose)
    : failed("purpose", "personal_use", ["1.2.3", "5.1.2"], texts.reasons.personal_use());

/** п. 5.13: «1С-Битрикс: 1С: Франчайзи» licenses get nothing. */
export const franchiseeCheck: Check = ({ input, texts }) =>
  input.product.franchisee
    ? failed("franchisee", "franchisee", ["5.13"], texts.reasons.franchisee())
    : passed("franchisee", ["5.13"], texts.passed.franchisee);
