import type { Catalog } from "../catalog/catalog";
import { formatTenge } from "../money/format-tenge";
import { add, applyPercent, capBonus, subtract } from "../money/money";
import { kzSummer2025Terms } from "../promotion/kz-summer-2025-terms";
import { ENGINE_TEXTS, type EngineTexts } from "../promotion/engine-texts";
import type { CheckId } from "../promotion/texts";
import type { Language } from "../text/language";
import type { Decision, PromotionTerms, Reason, Remark, RewardId } from "../promotion/types";
import type { QuoteRequest } from "../request/quote-request";
import { toAstanaIso } from "../time/astana";
import {
  cloudHistoryCheck,
  cloudPlanCheck,
  cloudTermCheck,
  cloudUpgradeCheck,
} from "./checks/cloud";
import {
  boxEnterpriseCheck,
  boxRenewalCheck,
  boxSipCheck,
  boxSourceDateCheck,
  boxUpgradeOrderCheck,
} from "./checks/box";
import {
  cmsEnterpriseCheck,
  cmsRenewalCheck,
  cmsSourceDateCheck,
  cmsToBitrix24SourceCheck,
  cmsUpgradeOrderCheck,
} from "./checks/cms";
import {
  adultCheck,
  franchiseeCheck,
  periodCheck,
  purposeCheck,
  residentCheck,
} from "./checks/participant";
import type { Check, QuoteContext } from "./context";
import { failed, passed } from "./decision";
import { normalizeRequest } from "../products/normalize";
import { resolveReward } from "./reward";
import { catalogItemId, COPILOT_ITEM_ID } from "../products/item-ids";
import { resolveListPrice, type PriceSource } from "./price";
import { collectNotes, collectWarnings } from "./remarks";

/** Every check of the promotion, in the order a reader meets them; all run, none short-circuits. */
export const CHECKS: readonly Check[] = [
  periodCheck,
  residentCheck,
  adultCheck,
  purposeCheck,
  franchiseeCheck,
  cmsRenewalCheck,
  cmsEnterpriseCheck,
  cmsUpgradeOrderCheck,
  cmsToBitrix24SourceCheck,
  cmsSourceDateCheck,
  boxRenewalCheck,
  boxSipCheck,
  boxEnterpriseCheck,
  boxUpgradeOrderCheck,
  boxSourceDateCheck,
  cloudHistoryCheck,
  cloudTermCheck,
  cloudPlanCheck,
  cloudUpgradeCheck,
];

export interface Bonus {
  reward: "copilot";
  clause: "4.1.6";
  listPrice: number;
  discount: number;
  promoPrice: number;
}

/** The response of POST /api/quote (API contract), plus every check the engine ran. */
export interface QuoteResult {
  promotion: { id: string; title: string; start: string; end: string };
  eligible: boolean;
  reward: RewardId | null;
  clauses: string[];
  currency: "KZT";
  listPrice: number;
  discountPercent: number;
  discount: number;
  promoPrice: number;
  bonus: Bonus | null;
  total: number;
  summary: string;
  reasons: Reason[];
  warnings: Remark[];
  notes: Remark[];
  priceSource: PriceSource;
  /** Added to the contract: every condition checked, passed or failed («Почему такая цена?»). */
  checks: Decision[];
}

export interface QuoteOptions {
  /** The promotion's terms; a full `Promotion` (e.g. `kzSummer2025`) is one too. */
  promotion?: PromotionTerms;
  /** The price list in use: an argument, never a default, so no page or route can price with a list other than the one the server loaded. */
  catalog: Catalog;
  /** The language of every text (summary, reasons, warnings, notes, checks); Russian by default. */
  language?: Language;
}

const unique = (items: readonly string[]) => [...new Set(items)];

// The promotion block is the same for every quote of a promotion: built once per promotion.
const promotionBlocks = new WeakMap<PromotionTerms, QuoteResult["promotion"]>();
function promotionBlock(promotion: PromotionTerms): QuoteResult["promotion"] {
  let block = promotionBlocks.get(promotion);
  if (!block) {
    block = {
      id: promotion.id,
      title: promotion.title,
      start: toAstanaIso(promotion.start),
      end: toAstanaIso(promotion.endExclusive - 1000),
    };
    promotionBlocks.set(promotion, block);
  }
  return block;
}

/** A decision titled in the answer's language (the checks title it in Russian). */
function titled(decision: Decision, texts: EngineTexts): Decision {
  if (texts === ENGINE_TEXTS.ru) return decision;
  decision.title = texts.checkTitles[decision.check as CheckId];
  return decision;
}

function runChecks(ctx: QuoteContext): Decision[] {
  const decisions: Decision[] = [];
  for (const check of CHECKS) {
    const decision = check(ctx);
    if (decision) decisions.push(titled(decision, ctx.texts));
  }
  return decisions;
}

/** п. 5.11: another promotion blocks this one; the text says what declining it would give. */
function otherPromotionDecision(
  ctx: QuoteContext,
  othersPass: boolean,
  list: number,
  catalog: Catalog,
): Decision {
  const texts = ctx.texts;
  if (!ctx.input.customer.otherPromotion) {
    return titled(passed("other_promotion", ["5.11"], texts.passed.other_promotion), texts);
  }
  const percent = ctx.reward.percent;
  const bonus = copilotBonus(ctx, othersPass, catalog);
  const wouldGive =
    othersPass && percent > 0
      ? texts.wouldGive({
          percent,
          promo: formatTenge(applyPercent(list, percent)),
          list: formatTenge(list),
          bonus: bonus && bonus.discount > 0 ? formatTenge(bonus.discount) : null,
        })
      : null;
  return titled(
    failed(
      "other_promotion",
      "other_promotion",
      ["5.11"],
      texts.reasons.other_promotion({ wouldGive }),
    ),
    texts,
  );
}

function copilotBonus(ctx: QuoteContext, eligible: boolean, catalog: Catalog): Bonus | null {
  const p = ctx.input.product;
  // п. 4.1.6: only with an eligible «Энтерпрайз» for 12 months under 4.1.3, 4.1.4 or 4.1.5.
  if (
    p.line !== "cloud" ||
    !p.copilotBoost ||
    !eligible ||
    p.plan !== "enterprise" ||
    p.months !== 12
  )
    return null;
  const listPrice = resolveListPrice(COPILOT_ITEM_ID, p.copilotBoostListPrice, catalog).amount;
  const discount = capBonus(listPrice, ctx.promotion.copilotBonus);
  return {
    reward: "copilot",
    clause: "4.1.6",
    listPrice,
    discount,
    promoPrice: subtract(listPrice, discount),
  };
}

/** The bonus a requested boost would get (п. 4.1.6), whether or not this quote grants it. */
function boostBonusWouldBe(
  p: QuoteContext["input"]["product"],
  promotion: PromotionTerms,
  catalog: Catalog,
): number {
  if (p.line !== "cloud" || !p.copilotBoost) return 0;
  const listPrice = resolveListPrice(COPILOT_ITEM_ID, p.copilotBoostListPrice, catalog).amount;
  return capBonus(listPrice, promotion.copilotBonus);
}

function summarize(
  r: Pick<
    QuoteResult,
    | "eligible"
    | "discountPercent"
    | "clauses"
    | "listPrice"
    | "promoPrice"
    | "bonus"
    | "total"
    | "reasons"
  >,
  texts: EngineTexts,
): string {
  const say = texts.summary;
  if (!r.eligible) {
    return say.notEligible(
      r.reasons.map((reason) => ({ short: texts.reasonShort[reason.code], clause: reason.clause })),
    );
  }
  const percent = r.discountPercent;
  const list = formatTenge(r.listPrice);
  // A tiny typed price rounds the discount to nothing: say so rather than «2 ₸ вместо 2 ₸».
  const main =
    r.promoPrice < r.listPrice
      ? say.discount({ percent, clauses: r.clauses, promo: formatTenge(r.promoPrice), list })
      : say.discountBelowOneTenge({ percent, clauses: r.clauses, list });
  return r.bonus && r.bonus.discount > 0
    ? say.withBonus({ main, bonus: formatTenge(r.bonus.discount), total: formatTenge(r.total) })
    : say.plain(main);
}

/** Prices one validated request under the promotion: every check, every reason, the money. */
export function quote(request: QuoteRequest, options: QuoteOptions): QuoteResult {
  const promotion = options.promotion ?? kzSummer2025Terms;
  const catalog = options.catalog;
  const input = normalizeRequest(request);
  const texts = ENGINE_TEXTS[options.language ?? "ru"];
  const ctx: QuoteContext = {
    input,
    promotion,
    reward: resolveReward(input, promotion, texts),
    texts,
  };
  const price = resolveListPrice(catalogItemId(input.product), input.product.listPrice, catalog);
  const list = price.amount;

  const decisions = runChecks(ctx);
  const othersPass = ctx.reward.id !== null && decisions.every((d) => d.passed);
  decisions.push(otherPromotionDecision(ctx, othersPass, list, catalog));
  const failures = decisions.filter((d) => !d.passed);
  const eligible = failures.length === 0 && ctx.reward.id !== null;

  const discountPercent = eligible ? ctx.reward.percent : 0;
  const promoPrice = eligible ? applyPercent(list, discountPercent) : list;
  const bonus = copilotBonus(ctx, eligible, catalog);
  const reasons: Reason[] = failures.map((d) => ({
    code: d.code!,
    clause: d.clause,
    clauses: d.clauses,
    text: d.text,
  }));
  const clauses = eligible ? [...ctx.reward.clauses] : unique(failures.flatMap((d) => d.clauses));
  const total = bonus ? add(promoPrice, bonus.promoPrice) : promoPrice;
  const money = {
    eligible,
    discountPercent,
    clauses,
    listPrice: list,
    promoPrice,
    bonus,
    total,
    reasons,
  };
  return {
    promotion: promotionBlock(promotion),
    eligible,
    reward: eligible ? ctx.reward.id : null,
    clauses,
    currency: "KZT",
    listPrice: list,
    discountPercent,
    discount: subtract(list, promoPrice),
    promoPrice,
    bonus,
    total,
    summary: summarize(money, texts),
    reasons,
    warnings: collectWarnings(ctx),
    notes: collectNotes(ctx, {
      eligible,
      bonusGranted: bonus !== null,
      priceMissing: price.missing,
      bonusWouldBe: boostBonusWouldBe(input.product, promotion, catalog),
    }),
    priceSource: price.source,
    checks: decisions,
  };
}
