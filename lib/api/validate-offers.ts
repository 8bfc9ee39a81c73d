import { offerRequest, offersRequestSchema, quoteRequestSchema, type OffersRequest } from "@/rules";
import { validate, type ValidateResult } from "./validate";

// Any valid cloud product: it only carries the client's history into the quote schema.
const PROBE = { line: "cloud", plan: "standard", months: 12 } as const;

/**
 * Validates an offers request. The consistency rule of the history (never paid, yet on a paid
 * plan → invalid input) lives on the quote schema, so it is applied through one cloud row:
 * /api/offers then rejects exactly what /api/quote rejects, with the same issue paths.
 */
export function validateOffers(value: unknown): ValidateResult<OffersRequest> {
  const offers = validate(offersRequestSchema, value);
  if (!offers.ok) return offers;
  const probe = validate(quoteRequestSchema, offerRequest(offers.data, PROBE));
  return probe.ok ? offers : probe;
}
