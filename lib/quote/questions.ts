import { catalogue, type FieldPath } from "@/rules";

const ru = catalogue("ru");

/** What pages call a request field: its short label (lists of errors, column titles). */
export const fieldLabel = (path: FieldPath): string => ru.fields[path].label;

/** The question beside a field's control: its label where the catalogue has no longer one. */
const question = (path: FieldPath): string => ru.fields[path].question ?? ru.fields[path].label;

/*
 * The client questions as both forms ask them (the calculator and «Что доступно клиенту»): one
 * wording per question, so a partner recognises the same answer on every page.
 */
export const QUESTIONS = {
  kind: question("customer.kind"),
  resident: question("customer.resident"),
  adult: question("customer.adult"),
  purpose: question("customer.purpose"),
  otherPromotion: question("customer.otherPromotion"),
  franchisee: question("franchisee"),
  history: question("history"),
  paidBefore: question("history.paidBefore"),
  currentPlan: question("history.currentPlan"),
  currentUsers: question("history.currentUsers"),
  paidLicenseEndedAt: question("history.paidLicenseEndedAt"),
  monthlyIn2025: question("history.monthlyIn2025"),
  annualIn2025: question("history.annualIn2025"),
} as const;
