import type { EngineTexts } from "../promotion/engine-texts";
import type { Decision, PromotionTerms } from "../promotion/types";
import type { QuoteInput } from "../products/input";
import type { Reward } from "./reward";

/** Everything a check may look at. */
export interface QuoteContext {
  input: QuoteInput;
  promotion: PromotionTerms;
  reward: Reward;
  /** The words of the answer's language (Russian by default). */
  texts: EngineTexts;
}

/** One named condition of the Rules: a decision, or null when it does not apply to this request. */
export type Check = (ctx: QuoteContext) => Decision | null;
