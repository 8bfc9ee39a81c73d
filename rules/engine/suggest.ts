import { formatSaving, formatTenge } from "../money/format-tenge";
import { DEFAULT_ENTERPRISE_USERS } from "../products/normalize";
import { boxEditionName, CMS_EDITION_NAMES, cloudPlanName } from "../promotion/names";
import type { ReasonCode } from "../promotion/types";
import type {
  BoxProductRequest,
  CloudProductRequest,
  CmsProductRequest,
  QuoteRequest,
} from "../request/quote-request";
import {
  BOX_EDITIONS,
  boxUsersTiers,
  CLOUD_ENTERPRISE_USERS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  type BoxEdition,
  type CloudPlan,
  type CmsEdition,
} from "../vocabulary/vocabulary";
import { quote, type QuoteOptions, type QuoteResult } from "./quote";
import { boxRank, cloudRank, cmsRank, compareRanks } from "../vocabulary/ranks";
import { editionAccusative, planGenitive } from "../promotion/glossary";

/** One change to the request that a suggestion makes; the form applies it field by field. */
export type SuggestionChange =
  | { kind: "decline_other_promotion" }
  | { kind: "months"; months: 12 }
  | { kind: "cloud_plan"; plan: CloudPlan; users?: number }
  | { kind: "box_license"; edition: BoxEdition; users?: number }
  | { kind: "cms_edition"; edition: CmsEdition };

/** A nearby request the engine confirms eligible, with what changed and a Russian sentence. */
export interface Suggestion {
  changes: SuggestionChange[];
  text: string;
  request: QuoteRequest;
  result: QuoteResult;
}

type Product = QuoteRequest["product"];
type EnterpriseUsers = NonNullable<CloudProductRequest["users"]>;
type BoxUsers = NonNullable<BoxProductRequest["users"]>;

interface Variant {
  changes: SuggestionChange[];
  phrase: string[];
  product: Product;
}

/**
 * Reasons a nearby variant can lift: declining the other promotion (п. 5.11), paying for 12 months
 * (п. 4.1.3–4.1.5), a higher plan or edition (п. 4.1.1, 4.1.2, 4.1.4, 4.1.5). Any other reason
 * (period, participant, exclusions, dates) no nearby variant can lift, so nothing is tried.
 */
const LIFTABLE: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  "other_promotion",
  "term_not_12_months",
  "plan_not_covered",
  "renewal_excluded",
  "not_an_upgrade",
]);

/** Cloud plans with their users tiers, in upgrade order. */
const CLOUD_LADDER: readonly { plan: CloudPlan; users: number }[] = CLOUD_PLANS.flatMap(
  (plan): { plan: CloudPlan; users: number }[] =>
    plan === "enterprise"
      ? CLOUD_ENTERPRISE_USERS.map((users) => ({ plan, users: users as number }))
      : [{ plan, users: 0 }],
);

/** Box licenses a transition may target, in upgrade order (SIP connector is outside the order). */
const BOX_LADDER: readonly { edition: BoxEdition; users: number }[] = BOX_EDITIONS.filter(
  (e) => e !== "sip_connector",
).flatMap((edition) => {
  const tiers = boxUsersTiers(edition);
  return tiers.length === 0 ? [{ edition, users: 0 }] : tiers.map((users) => ({ edition, users }));
});

/** Drops the list price override: a different product has a different catalog price. */
function withoutListPrice<P extends Product>(product: P): P {
  const copy = { ...product };
  delete copy.listPrice;
  return copy;
}

function cloudVariants(
  request: QuoteRequest,
  p: CloudProductRequest,
  codes: ReadonlySet<ReasonCode>,
): Variant[] {
  const term = codes.has("term_not_12_months");
  const plan =
    codes.has("plan_not_covered") || codes.has("renewal_excluded") || codes.has("not_an_upgrade");
  const months: Variant & { product: CloudProductRequest } = {
    changes: term ? [{ kind: "months", months: 12 }] : [],
    phrase: term ? ["при оплате на 12 месяцев"] : [],
    product: term ? withoutListPrice({ ...p, months: 12 }) : p,
  };
  if (!plan) return [months];
  const h = request.history;
  const current = h
    ? cloudRank(
        h.currentPlan,
        h.currentPlan === "enterprise" ? (h.currentUsers ?? DEFAULT_ENTERPRISE_USERS) : 0,
      )
    : null;
  const requested = cloudRank(
    p.plan,
    p.plan === "enterprise" ? (p.users ?? DEFAULT_ENTERPRISE_USERS) : 0,
  );
  return CLOUD_LADDER.filter((c) => compareRanks(cloudRank(c.plan, c.users), requested) > 0).map(
    (c) => {
      const name = cloudPlanName(c.plan, c.users);
      const order = current ? compareRanks(cloudRank(c.plan, c.users), current) : 1;
      const users = c.plan === "enterprise" ? { users: c.users as EnterpriseUsers } : {};
      const product: CloudProductRequest = { ...months.product, plan: c.plan, ...users };
      if (c.plan !== "enterprise") delete product.users;
      return {
        changes: [...months.changes, { kind: "cloud_plan", plan: c.plan, ...users }],
        phrase: [
          ...months.phrase,
          order > 0
            ? `при повышении до ${planGenitive(name)}`
            : order === 0
              ? `при продлении текущего ${planGenitive(name)}`
              : `с тарифом ${name}`,
        ],
        product: withoutListPrice(product),
      };
    },
  );
}

function boxVariants(p: BoxProductRequest, codes: ReadonlySet<ReasonCode>): Variant[] {
  if (!codes.has("not_an_upgrade") || !p.from) return [{ changes: [], phrase: [], product: p }];
  const from = p.from;
  const source = boxRank(from.edition, from.users ?? boxUsersTiers(from.edition)[0] ?? 0);
  return BOX_LADDER.filter((c) => compareRanks(boxRank(c.edition, c.users), source) > 0).map(
    (c) => {
      const users = c.users > 0 ? { users: c.users as BoxUsers } : {};
      const product: BoxProductRequest = { ...p, edition: c.edition, ...users };
      if (c.users === 0) delete product.users;
      return {
        changes: [{ kind: "box_license", edition: c.edition, ...users }],
        phrase: [`при переходе на ${editionAccusative(boxEditionName(c.edition, c.users))}`],
        product: withoutListPrice(product),
      };
    },
  );
}

function cmsVariants(p: CmsProductRequest, codes: ReadonlySet<ReasonCode>): Variant[] {
  if (!codes.has("not_an_upgrade") || !p.from) return [{ changes: [], phrase: [], product: p }];
  const source = cmsRank(p.from);
  return CMS_EDITIONS.filter((e) => compareRanks(cmsRank(e), source) > 0).map((edition) => ({
    changes: [{ kind: "cms_edition", edition }],
    phrase: [`при переходе на ${editionAccusative(CMS_EDITION_NAMES[edition])}`],
    product: withoutListPrice({ ...p, edition }),
  }));
}

function productVariants(request: QuoteRequest, codes: ReadonlySet<ReasonCode>): Variant[] {
  const p = request.product;
  switch (p.line) {
    case "cloud":
      return cloudVariants(request, p, codes);
    case "box":
      return boxVariants(p, codes);
    case "cms":
      return cmsVariants(p, codes);
  }
}

function sentence(phrase: readonly string[], r: QuoteResult): string {
  const head = phrase.join(" и ");
  const money = `${r.discountPercent}% — ${formatSaving(r.discount)}: ${formatTenge(r.promoPrice)} вместо ${formatTenge(r.listPrice)}`;
  const bonus = r.bonus ? `, с бонусом на Буст Copilot итого ${formatTenge(r.total)}` : "";
  const text = `${head} скидка составит ${money}${bonus}.`;
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * The nearest way to a discount for a request that gets none: re-quotes nearby variants (decline
 * the other promotion, 12 months instead of 1, the next plan or edition up) and returns the first
 * the engine confirms eligible. Empty when the request is eligible or no nearby variant helps.
 */
export function suggestAlternatives(
  request: QuoteRequest,
  options: QuoteOptions,
  current: QuoteResult = quote(request, options),
): Suggestion[] {
  if (current.eligible || current.reasons.length === 0) return [];
  const codes = new Set(current.reasons.map((r) => r.code));
  if ([...codes].some((c) => !LIFTABLE.has(c))) return [];
  const decline = codes.has("other_promotion");
  for (const v of productVariants(request, codes)) {
    const variant: QuoteRequest = {
      ...request,
      customer: decline ? { ...request.customer, otherPromotion: false } : request.customer,
      product: v.product,
    };
    const result = quote(variant, options);
    if (!result.eligible) continue;
    const changes: SuggestionChange[] = [
      ...(decline ? [{ kind: "decline_other_promotion" } as const] : []),
      ...v.changes,
    ];
    const phrase = [...(decline ? ["при отказе от другой акции"] : []), ...v.phrase];
    return [{ changes, text: sentence(phrase, result), request: variant, result }];
  }
  return [];
}
