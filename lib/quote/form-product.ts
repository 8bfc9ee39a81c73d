import type { QuoteRequest } from "@/rules";
import { boxUsersOf, type QuoteFormValues } from "./quote-form";

/** The request's product for the chosen line, from the form (only that line's fields). */
export function requestProduct(
  v: QuoteFormValues,
  listPrice: number | undefined,
  boostPrice: number | undefined,
): QuoteRequest["product"] {
  const common = {
    ...(listPrice === undefined ? {} : { listPrice }),
    ...(v.franchisee ? { franchisee: true } : {}),
  };
  // Tiers and months come from selects restricted to the vocabulary; the schema re-checks them.
  type Cloud = Extract<QuoteRequest["product"], { line: "cloud" }>;
  type Box = Extract<QuoteRequest["product"], { line: "box" }>;
  switch (v.line) {
    case "cloud":
      return {
        line: "cloud",
        plan: v.cloudPlan,
        ...(v.cloudPlan === "enterprise"
          ? { users: Number.parseInt(v.cloudUsers, 10) as Cloud["users"] }
          : {}),
        months: (v.cloudMonths === "1" ? 1 : 12) as Cloud["months"],
        ...(v.copilotBoost ? { copilotBoost: true } : {}),
        ...(v.copilotBoost && boostPrice !== undefined
          ? { copilotBoostListPrice: boostPrice }
          : {}),
        ...common,
      };
    case "box": {
      const users = boxUsersOf(v, v.boxEdition);
      const fromUsers = boxUsersOf(v, v.boxFromEdition, true);
      const upgrade = v.boxOperation === "upgrade";
      return {
        line: "box",
        operation: v.boxOperation,
        edition: v.boxEdition,
        ...(users > 0 ? { users: users as Box["users"] } : {}),
        ...(upgrade
          ? {
              from: {
                edition: v.boxFromEdition,
                ...(fromUsers > 0 ? { users: fromUsers as Box["users"] } : {}),
              },
              ...(v.boxSourceDate ? { sourcePurchasedAt: v.boxSourceDate } : {}),
            }
          : {}),
        ...common,
      };
    }
    case "cms": {
      const transition = v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24";
      return {
        line: "cms",
        operation: v.cmsOperation,
        ...(v.cmsOperation === "to_bitrix24" ? {} : { edition: v.cmsEdition }),
        ...(transition
          ? {
              // Only «Бизнес» moves to the Bitrix24 shop (п. 4.1.1): the form does not ask.
              from: v.cmsOperation === "to_bitrix24" ? "business" : v.cmsFrom,
              ...(v.cmsSourceDate ? { sourcePurchasedAt: v.cmsSourceDate } : {}),
            }
          : {}),
        ...common,
      };
    }
  }
}

/** The cloud history the form asks, in the request's terms; only what is shown is sent. */
export function requestHistory(v: QuoteFormValues): QuoteRequest["history"] {
  const paid = v.paidBefore === "yes";
  type History = NonNullable<QuoteRequest["history"]>;
  return {
    paidBefore: paid,
    currentPlan: v.currentPlan,
    // "" is «не знаю»: the tier is left out and the engine assumes 250 with a warning (п. 8.1).
    ...(v.currentPlan === "enterprise" && v.currentUsers !== ""
      ? { currentUsers: Number.parseInt(v.currentUsers, 10) as History["currentUsers"] }
      : {}),
    ...(paid && v.currentPlan === "free" && v.paidLicenseEndedAt
      ? { paidLicenseEndedAt: v.paidLicenseEndedAt }
      : {}),
    ...(paid ? { monthlyIn2025: v.monthlyIn2025, annualIn2025: v.annualIn2025 } : {}),
  };
}
