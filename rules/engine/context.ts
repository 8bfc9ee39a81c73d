import type { Decision, PromotionTerms } from "../promotion/types";
import type { QuoteInput } from "./input";
import type { Offer } from "./offer";

/** Everything a check may look at. */
export interface QuoteContext {
  input: QuoteInput;
  promotion: PromotionTerms;
  offer: Offer;
}

/** One named condition of the Rules: a decision, or null when it does not apply to this request. */
export type Check = (ctx: QuoteContext) => Decision | null;
