import type { FieldPath } from "@/rules";
import type { QuoteField } from "@/lib/quote/quote-form";
import { fieldLabel } from "@/lib/quote/questions";

/** The request field each form field fills (the form's own switches have none). */
const QUOTE_FIELD_PATHS: Record<
  Exclude<QuoteField, "paidSameTime" | "orderedAt" | "paidAt" | "cloudUsers">,
  FieldPath
> = {
  line: "product.line",
  cloudPlan: "product.plan",
  cloudMonths: "product.months",
  copilotBoost: "product.copilotBoost",
  copilotPrice: "product.copilotBoostListPrice",
  boxOperation: "product.operation",
  boxEdition: "product.edition",
  boxPortalUsers: "product.users",
  boxEnterpriseUsers: "product.users",
  boxFromEdition: "product.from.edition",
  boxFromPortalUsers: "product.from.users",
  boxFromEnterpriseUsers: "product.from.users",
  boxSourceDate: "product.sourcePurchasedAt",
  cmsOperation: "product.operation",
  cmsEdition: "product.edition",
  cmsFrom: "product.from.edition",
  cmsSourceDate: "product.sourcePurchasedAt",
  listPrice: "product.listPrice",
  listPriceFor: "product.listPrice",
  franchisee: "product.franchisee",
  kind: "customer.kind",
  resident: "customer.resident",
  adult: "customer.adult",
  purpose: "customer.purpose",
  otherPromotion: "customer.otherPromotion",
  paidBefore: "history.paidBefore",
  currentPlan: "history.currentPlan",
  currentUsers: "history.currentUsers",
  paidLicenseEndedAt: "history.paidLicenseEndedAt",
  monthlyIn2025: "history.monthlyIn2025",
  annualIn2025: "history.annualIn2025",
};

/** Short names of the fields, for the list of errors in the result panel. */
export const FIELD_LABELS: Record<QuoteField | "form", string> = {
  ...(Object.fromEntries(
    Object.entries(QUOTE_FIELD_PATHS).map(([field, path]) => [field, fieldLabel(path)]),
  ) as Record<keyof typeof QUOTE_FIELD_PATHS, string>),
  // The form's own controls: a date and a time where the request has one instant.
  cloudUsers: "Пользователей в «Энтерпрайз»",
  orderedAt: "Дата и время заказа",
  paidSameTime: "Оплата одновременно с заказом",
  paidAt: "Дата и время оплаты",
  form: "Форма",
};
