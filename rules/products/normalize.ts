import type { QuoteRequest } from "../request/quote-request";
import { defaultBoxUsers } from "../vocabulary/vocabulary";
import { parseAstanaInstant, type Instant } from "../time/astana";
import type { BoxLicense, QuoteInput } from "./input";

/** The contract's default Enterprise users tier (cloud), for the product and the current plan. */
export const DEFAULT_ENTERPRISE_USERS = 250;

function instant(text: string): Instant {
  const value = parseAstanaInstant(text);
  // The schema has already refused any date this cannot parse.
  if (value === null) throw new Error(`Unparsable date ${text}`);
  return value;
}

const optionalInstant = (text: string | undefined) => (text === undefined ? null : instant(text));

function boxUsers(edition: BoxLicense["edition"], users: number | undefined): number {
  const tier = defaultBoxUsers(edition);
  return tier === undefined ? 0 : (users ?? tier);
}

// Object literals with every field spelled out (no spreads): each product kind keeps one
// shape, which keeps the checks' property reads fast (see `npm run bench`).
/** A request's product with the contract's defaults applied (tiers, `from`, dates). */
export function normalizeProduct(p: QuoteRequest["product"]): QuoteInput["product"] {
  const franchisee = p.franchisee ?? false;
  switch (p.line) {
    case "cloud":
      return {
        line: "cloud",
        listPrice: p.listPrice,
        franchisee,
        plan: p.plan,
        users: p.plan === "enterprise" ? (p.users ?? DEFAULT_ENTERPRISE_USERS) : 0,
        months: p.months,
        copilotBoost: p.copilotBoost ?? false,
        copilotBoostListPrice: p.copilotBoostListPrice,
      };
    case "box": {
      const upgrade = p.operation === "upgrade";
      return {
        line: "box",
        listPrice: p.listPrice,
        franchisee,
        operation: p.operation,
        edition: p.edition,
        users: boxUsers(p.edition, p.users),
        from:
          upgrade && p.from
            ? { edition: p.from.edition, users: boxUsers(p.from.edition, p.from.users) }
            : null,
        sourcePurchasedAt: upgrade ? optionalInstant(p.sourcePurchasedAt) : null,
      };
    }
    case "cms": {
      const transition = p.operation === "upgrade" || p.operation === "to_bitrix24";
      return {
        line: "cms",
        listPrice: p.listPrice,
        franchisee,
        operation: p.operation,
        edition: p.operation === "to_bitrix24" ? null : (p.edition ?? null),
        from: transition ? (p.from ?? null) : null,
        sourcePurchasedAt: transition ? optionalInstant(p.sourcePurchasedAt) : null,
      };
    }
  }
}

/** Applies the contract's defaults to a validated request and parses its dates (Astana time). */
export function normalizeRequest(request: QuoteRequest): QuoteInput {
  const orderedAt = instant(request.orderedAt);
  const h = request.history;
  return {
    orderedAt,
    paidAt: request.paidAt === undefined ? orderedAt : instant(request.paidAt),
    customer: {
      kind: request.customer.kind,
      resident: request.customer.resident,
      adult: request.customer.kind === "individual" ? (request.customer.adult ?? true) : true,
      purpose: request.customer.purpose,
      otherPromotion: request.customer.otherPromotion ?? false,
    },
    product: normalizeProduct(request.product),
    history:
      request.product.line === "cloud" && h
        ? {
            paidBefore: h.paidBefore,
            currentPlan: h.currentPlan,
            currentUsers:
              h.currentPlan === "enterprise" ? (h.currentUsers ?? DEFAULT_ENTERPRISE_USERS) : 0,
            currentUsersAssumed: h.currentPlan === "enterprise" && h.currentUsers === undefined,
            paidLicenseEndedAt:
              h.currentPlan === "free" ? optionalInstant(h.paidLicenseEndedAt) : null,
            monthlyIn2025: h.monthlyIn2025 ?? false,
            annualIn2025: h.annualIn2025 ?? false,
          }
        : null,
  };
}
