import * as z from "zod/mini";
import {
  catalogue,
  codedIssue,
  COPILOT_ITEM_ID,
  issueText,
  quoteRequestSchema,
  upperFirst,
  type Catalog,
} from "@/rules";
import { dateField, priceField, toQuoteRequest } from "./form-request";
import { catalogItemFor, listPriceText, needsListPrice } from "./priced-item";
import type { QuoteField, QuoteFormErrors, QuoteFormValues, QuoteValidation } from "./quote-form";

const FIELD_BY_PATH: Readonly<Record<string, QuoteField>> = {
  orderedAt: "orderedAt",
  paidAt: "paidAt",
  customer: "kind",
  "customer.kind": "kind",
  "customer.resident": "resident",
  "customer.adult": "adult",
  "customer.purpose": "purpose",
  "customer.otherPromotion": "otherPromotion",
  "product.listPrice": "listPrice",
  "product.franchisee": "franchisee",
  "product.plan": "cloudPlan",
  "product.months": "cloudMonths",
  "product.copilotBoost": "copilotBoost",
  "product.copilotBoostListPrice": "copilotPrice",
  history: "paidBefore",
  "history.paidBefore": "paidBefore",
  "history.currentPlan": "currentPlan",
  "history.currentUsers": "currentUsers",
  "history.paidLicenseEndedAt": "paidLicenseEndedAt",
  "history.monthlyIn2025": "monthlyIn2025",
  "history.annualIn2025": "annualIn2025",
};

/** The form field a schema issue belongs to (the schema speaks in request paths). */
function fieldForPath(path: readonly PropertyKey[], v: QuoteFormValues): QuoteField | "form" {
  const key = path.map(String).join(".");
  const direct = FIELD_BY_PATH[key];
  if (direct) return direct;
  const box = v.line === "box";
  const cms = v.line === "cms";
  switch (key) {
    case "product.users":
      if (v.line === "cloud") return "cloudUsers";
      return v.boxEdition === "enterprise" ? "boxEnterpriseUsers" : "boxPortalUsers";
    case "product.operation":
      return box ? "boxOperation" : "cmsOperation";
    case "product.edition":
      return box ? "boxEdition" : "cmsEdition";
    case "product.from":
    case "product.from.edition":
      return box ? "boxFromEdition" : "cmsFrom";
    case "product.from.users":
      return v.boxFromEdition === "enterprise" ? "boxFromEnterpriseUsers" : "boxFromPortalUsers";
    case "product.sourcePurchasedAt":
      return cms ? "cmsSourceDate" : "boxSourceDate";
    default:
      return "form";
  }
}

/**
 * Validates the form with the one request schema (`quoteRequestSchema`) after mapping it to a
 * request, plus what only the form can tell (an empty or malformed price or date); every message
 * is Russian and names the field it belongs to.
 */
export function validateQuoteForm(v: QuoteFormValues, catalog: Catalog): QuoteValidation {
  const errors: QuoteFormErrors = {};
  const add = (field: QuoteField | "form", message: string | undefined) => {
    if (message !== undefined && errors[field] === undefined) errors[field] = message;
  };
  const priced = catalogItemFor(v, catalog);
  if (needsListPrice(v, priced)) {
    add("listPrice", priceField(listPriceText(v, priced), priced.item?.price, "цену").error);
  }
  if (v.line === "cloud" && v.copilotBoost) {
    const boostItem = catalog.byId.get(COPILOT_ITEM_ID);
    add("copilotPrice", priceField(v.copilotPrice, boostItem?.price, "цену Буста").error);
  }
  add("orderedAt", dateField(v.orderedAt, "Укажите дату и время заказа", "15.08.2025 12:00"));
  if (!v.paidSameTime) {
    add("paidAt", dateField(v.paidAt, "Укажите дату и время оплаты", "15.08.2025 12:00"));
  }
  const upgradeDate =
    v.line === "box" && v.boxOperation === "upgrade"
      ? "boxSourceDate"
      : v.line === "cms" && (v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24")
        ? "cmsSourceDate"
        : null;
  if (upgradeDate) add(upgradeDate, dateField(v[upgradeDate], null, "01.03.2025"));
  const parsed = z.safeParse(quoteRequestSchema, toQuoteRequest(v, catalog), { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues.map(codedIssue)) {
      add(fieldForPath(issue.path, v), upperFirst(issueText(catalogue("ru"), issue)));
    }
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { request: valid ? parsed.data : null, errors };
}
