/*
 * The request fields that pages name, keyed by request path, and what kind of value each holds
 * (language-neutral: the names are in each language's file). A proposal line's fields are keyed
 * as the quote's (`lines.2.product.plan` → `product.plan`); its quantity is `lines.quantity`.
 */

/** The kind of value a field holds: it decides the words of a wrong value. */
export type FieldKind =
  | "date"
  | "yes_no"
  | "choice"
  | "money"
  | "count"
  | "text"
  | "bin"
  | "kbe"
  | "list"
  | "object";

export const FIELD_KINDS = {
  orderedAt: "date",
  paidAt: "date",
  issuedAt: "date",
  number: "text",
  customer: "object",
  "customer.kind": "choice",
  "customer.resident": "yes_no",
  "customer.adult": "yes_no",
  "customer.purpose": "choice",
  "customer.otherPromotion": "yes_no",
  franchisee: "yes_no",
  sourcePurchasedAt: "date",
  product: "object",
  "product.line": "choice",
  "product.plan": "choice",
  "product.users": "choice",
  "product.months": "choice",
  "product.copilotBoost": "yes_no",
  "product.copilotBoostListPrice": "money",
  "product.listPrice": "money",
  "product.franchisee": "yes_no",
  "product.operation": "choice",
  "product.edition": "choice",
  "product.from": "choice",
  "product.from.edition": "choice",
  "product.from.users": "choice",
  "product.sourcePurchasedAt": "date",
  history: "object",
  "history.paidBefore": "yes_no",
  "history.currentPlan": "choice",
  "history.currentUsers": "choice",
  "history.paidLicenseEndedAt": "date",
  "history.monthlyIn2025": "yes_no",
  "history.annualIn2025": "yes_no",
  seller: "object",
  "seller.company": "text",
  "seller.bin": "bin",
  "seller.address": "text",
  "seller.iban": "text",
  "seller.bik": "text",
  "seller.bank": "text",
  "seller.kbe": "kbe",
  "seller.director": "text",
  "seller.directorTitle": "text",
  "seller.person": "text",
  "seller.phone": "text",
  "seller.email": "text",
  client: "object",
  "client.name": "text",
  "client.bin": "bin",
  "client.address": "text",
  "client.contact": "text",
  vat: "object",
  "vat.mode": "choice",
  "vat.rate": "count",
  language: "choice",
  appendix: "yes_no",
  lines: "list",
  "lines.quantity": "count",
} as const satisfies Record<string, FieldKind>;

/** A request path that pages name. */
export type FieldPath = keyof typeof FIELD_KINDS;

const isFieldPath = (key: string): key is FieldPath => Object.hasOwn(FIELD_KINDS, key);

/**
 * The field key of a request path: indexes dropped, a proposal line's product fields keyed as
 * the quote's (`lines.2.product.plan` → `product.plan`), or null for a path no page names.
 */
export function fieldPath(path: readonly (string | number)[]): FieldPath | null {
  const keys = path.filter((key) => typeof key === "string");
  const joined = (keys[0] === "lines" && keys[1] === "product" ? keys.slice(1) : keys).join(".");
  return isFieldPath(joined) ? joined : null;
}

/** The kind of a request path's value; `object` for a path no page names. */
export const fieldKind = (path: readonly (string | number)[]): FieldKind => {
  const key = fieldPath(path);
  return key === null ? "object" : FIELD_KINDS[key];
};
