import {
  boxUsersTiers,
  parseAstanaInstant,
  toAstanaIso,
  type BoxEdition,
  type Catalog,
  type QuoteRequest,
} from "@/rules";
import { catalogItemFor } from "./priced-item";
import { astanaInputValue, defaultQuoteFormValues, type QuoteFormValues } from "./quote-form";

const pad = (n: number) => String(n).padStart(2, "0");
/** The `datetime-local` value of a request's date-time: seconds and milliseconds only when set. */
function inputDateTime(text: string): string {
  const instant = parseAstanaInstant(text);
  if (instant === null) return text;
  const minutes = astanaInputValue(toAstanaIso(instant));
  const millis = instant % 60_000 < 0 ? (instant % 60_000) + 60_000 : instant % 60_000;
  if (millis === 0) return minutes;
  const ms = millis % 1000;
  return `${minutes}:${pad(Math.floor(millis / 1000))}${ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`}`;
}

/**
 * The Astana calendar day (`date` input value) of a request's date. The engine compares these
 * dates only with Astana midnights (24.07.2025, 30.06.2025) and prints them as days, so the day
 * decides exactly what the instant did.
 */
function inputDate(text: string | undefined): string {
  if (text === undefined) return "";
  const instant = parseAstanaInstant(text);
  return instant === null ? text : astanaInputValue(toAstanaIso(instant)).slice(0, 10);
}

/**
 * The form values that describe a quote request: the inverse of `toQuoteRequest`, so a request
 * (e.g. an /offers row) opens on the quote page with the same quote. Fields the request leaves
 * out keep the defaults of `defaultQuoteFormValues(now)`.
 */
export function quoteFormValuesFromRequest(
  request: QuoteRequest,
  now: string,
  catalog: Catalog,
): QuoteFormValues {
  const v = defaultQuoteFormValues(now, catalog);
  const p = request.product;
  v.line = p.line;
  switch (p.line) {
    case "cloud":
      v.cloudPlan = p.plan;
      // No tier: the form's default is the contract's (250), so the quote is the same.
      if (p.plan === "enterprise" && p.users !== undefined) v.cloudUsers = String(p.users);
      v.cloudMonths = p.months === 1 ? "1" : "12";
      v.copilotBoost = p.copilotBoost ?? false;
      if (p.copilotBoostListPrice !== undefined) v.copilotPrice = String(p.copilotBoostListPrice);
      break;
    case "box": {
      const setUsers = (edition: BoxEdition, users: number | undefined, from: boolean) => {
        if (boxUsersTiers(edition).length === 0) return;
        const text = String(users ?? boxUsersTiers(edition)[0]);
        if (edition === "enterprise")
          v[from ? "boxFromEnterpriseUsers" : "boxEnterpriseUsers"] = text;
        else v[from ? "boxFromPortalUsers" : "boxPortalUsers"] = text;
      };
      v.boxOperation = p.operation;
      v.boxEdition = p.edition;
      setUsers(p.edition, p.users, false);
      if (p.operation === "upgrade" && p.from) {
        v.boxFromEdition = p.from.edition;
        setUsers(p.from.edition, p.from.users, true);
      }
      if (p.operation === "upgrade") v.boxSourceDate = inputDate(p.sourcePurchasedAt);
      break;
    }
    case "cms": {
      v.cmsOperation = p.operation;
      if (p.edition) v.cmsEdition = p.edition;
      const transition = p.operation === "upgrade" || p.operation === "to_bitrix24";
      if (transition) {
        v.cmsFrom = p.from ?? (p.operation === "to_bitrix24" ? "business" : v.cmsFrom);
        v.cmsSourceDate = inputDate(p.sourcePurchasedAt);
      }
      break;
    }
  }
  if (p.listPrice !== undefined) {
    v.listPrice = String(p.listPrice);
    v.listPriceFor = catalogItemFor(v, catalog).id;
  }
  v.franchisee = p.franchisee ?? false;

  const c = request.customer;
  v.kind = c.kind;
  v.resident = c.resident;
  v.adult = c.adult ?? true;
  v.purpose = c.purpose;
  v.otherPromotion = c.otherPromotion ?? false;

  const h = request.history;
  if (h) {
    v.paidBefore = h.paidBefore ? "yes" : "no";
    v.currentPlan = h.currentPlan;
    // No tier given: "" keeps it unknown, so the quote says 250 was assumed (п. 8.1) as /offers does.
    v.currentUsers = h.currentUsers === undefined ? "" : String(h.currentUsers);
    v.paidLicenseEndedAt = inputDate(h.paidLicenseEndedAt);
    v.monthlyIn2025 = h.monthlyIn2025 ?? false;
    v.annualIn2025 = h.annualIn2025 ?? false;
  }

  v.orderedAt = inputDateTime(request.orderedAt);
  v.paidSameTime = request.paidAt === undefined;
  v.paidAt = request.paidAt === undefined ? v.orderedAt : inputDateTime(request.paidAt);
  return v;
}
