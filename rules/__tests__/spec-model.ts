// An independent model of the promotion, written from the interpretation page and the API
// contract only. The property tests compare the engine against it request by request.
import { parseAstanaInstant } from "@/rules";

/** Instants of the interpretation page («Time»), built from UTC so no parser is involved. */
export const T = {
  start: Date.UTC(2025, 6, 27, 19), // 2025-07-28T00:00+05:00
  endExclusive: Date.UTC(2025, 7, 31, 19), // 2025-09-01T00:00+05:00
  sourceBefore: Date.UTC(2025, 6, 23, 19), // 2025-07-24T00:00+05:00
  cloudEndedBefore: Date.UTC(2025, 5, 29, 19), // 2025-06-30T00:00+05:00
  historyFrom: Date.UTC(2024, 11, 31, 19), // 2025-01-01T00:00+05:00
};

/** What the documents say a request must get. */
export interface Expectation {
  /** Codes that must be among the reasons. */
  required: Map<string, string[]>;
  /** Codes the documents leave open (may or may not be listed). */
  optional: Set<string>;
  reward: string;
  percent: number;
  /** A Copilot bonus is quoted (when eligible). */
  bonus: boolean;
  cloudClause?: "5.6" | "5.7" | "5.8";
}

type Json = Record<string, unknown>;

const CMS_RANK = ["start", "standard", "small_business", "business", "enterprise"];
const CLOUD_RANK = ["none", "free", "basic", "standard", "professional", "enterprise"];
const CLOUD_TIERS = [250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000];

/** Box order: Интернет-магазин + CRM < Корпоративный портал by tier < Энтерпрайз by tier. */
function boxRank(edition: string, users: number | undefined): number {
  if (edition === "shop_crm") return 0;
  if (edition === "corporate_portal") return 1 + [50, 100, 250, 500].indexOf(users ?? 50);
  if (edition === "enterprise") return 5 + [1000, 2000, 3000, 5000].indexOf(users ?? 1000);
  return -1;
}

function cloudRank(plan: string, users: number | undefined): number {
  const base = CLOUD_RANK.indexOf(plan) * 100;
  return plan === "enterprise" ? base + CLOUD_TIERS.indexOf(users ?? 250) : base;
}

const at = (text: unknown): number => {
  const instant = typeof text === "string" ? parseAstanaInstant(text) : null;
  if (instant === null) throw new Error(`model: bad date ${String(text)}`);
  return instant;
};

/** Which of п. 5.6, 5.8, 5.7 applies (interpretation, «Cloud history», in that order). */
export function cloudClass(history: Json): "5.6" | "5.7" | "5.8" {
  if (history.paidBefore !== true) return "5.6";
  if (
    history.currentPlan === "free" &&
    history.paidLicenseEndedAt !== undefined &&
    at(history.paidLicenseEndedAt) < T.cloudEndedBefore
  ) {
    return "5.6";
  }
  if (history.monthlyIn2025 === true && history.annualIn2025 !== true) return "5.8";
  return "5.7";
}

/** The documents' verdict for a schema-valid request body. */
export function expectation(request: Json): Expectation {
  const required = new Map<string, string[]>();
  const optional = new Set<string>();
  const need = (code: string, ...clauses: string[]) => required.set(code, clauses);
  const customer = request.customer as Json;
  const product = request.product as Json;

  const ordered = at(request.orderedAt);
  const paid = request.paidAt === undefined ? ordered : at(request.paidAt);
  const inside = (t: number) => t >= T.start && t < T.endExclusive;
  if (!inside(ordered) || !inside(paid)) need("outside_period", "2.1", "5.2");
  if (customer.resident !== true) need("not_resident", "1.2.3", "2.3");
  if (customer.kind === "individual" && customer.adult === false) need("not_adult", "1.2.3");
  if (customer.purpose === "personal") need("personal_use", "1.2.3", "5.1.2");
  if (product.franchisee === true) need("franchisee", "5.13");
  if (customer.otherPromotion === true) need("other_promotion", "5.11");

  const tooRecent = () =>
    product.sourcePurchasedAt !== undefined && at(product.sourcePurchasedAt) >= T.sourceBefore;

  let reward = "";
  let percent = 0;
  let bonus = false;
  let cloudClause: Expectation["cloudClause"];
  if (product.line === "cms") {
    const op = product.operation;
    const edition = product.edition as string | undefined;
    if (op === "purchase") {
      reward = "cms-new";
      percent = 20;
      if (edition === "enterprise") need("enterprise_excluded", "5.4");
    } else if (op === "renewal") {
      reward = "cms-new";
      need("renewal_excluded", "5.4");
      if (edition === "enterprise") optional.add("enterprise_excluded");
    } else if (op === "upgrade") {
      reward = "cms-upgrade";
      percent = 25;
      const from = CMS_RANK.indexOf(product.from as string);
      const to = CMS_RANK.indexOf(edition!);
      if (edition === "enterprise") {
        need("enterprise_excluded", "5.4");
        if (to <= from) optional.add("not_an_upgrade");
      } else if (to <= from) need("not_an_upgrade", "4.1.1");
      // п. 4.1.1's date condition is not checked for a move п. 5.4 refuses.
      if (tooRecent()) {
        if (edition === "enterprise") optional.add("source_too_recent");
        else need("source_too_recent", "4.1.1");
      }
    } else {
      reward = "cms-to-b24";
      percent = 20;
      if (product.from !== "business") need("transition_not_covered", "4.1.1");
      if (tooRecent()) need("source_too_recent", "4.1.1");
    }
  } else if (product.line === "box") {
    const op = product.operation;
    const edition = product.edition as string;
    const users = product.users as number | undefined;
    if (op === "purchase" || op === "renewal") {
      reward = "box-new";
      percent = 15;
      if (op === "renewal") need("renewal_excluded", "5.5");
      if (edition === "sip_connector") need("sip_connector_excluded", "5.5");
      if (edition === "enterprise") {
        if (op === "purchase") need("enterprise_excluded", "5.5");
        else optional.add("enterprise_excluded");
      }
    } else {
      reward = "box-upgrade";
      percent = 20;
      const from = product.from as Json;
      const fromRank = boxRank(from.edition as string, from.users as number | undefined);
      if (edition === "enterprise") {
        need("enterprise_excluded", "5.5");
        if (boxRank(edition, users) <= fromRank) optional.add("not_an_upgrade");
      } else if (edition === "sip_connector") {
        need("sip_connector_excluded", "5.5");
        optional.add("not_an_upgrade");
      } else if (boxRank(edition, users) <= fromRank) need("not_an_upgrade", "4.1.2");
      // п. 4.1.2's date condition is not checked for a move п. 5.5 refuses.
      if (tooRecent()) {
        if (edition === "enterprise" || edition === "sip_connector")
          optional.add("source_too_recent");
        else need("source_too_recent", "4.1.2");
      }
    }
  } else {
    const history = request.history as Json;
    cloudClause = cloudClass(history);
    const plan = product.plan as string;
    const users = plan === "enterprise" ? (product.users as number | undefined) : undefined;
    percent = plan === "enterprise" ? 40 : 35;
    const grant = { "5.6": "4.1.3", "5.7": "4.1.4", "5.8": "4.1.5" }[cloudClause];
    reward = { "5.6": "cloud-new", "5.7": "cloud-upgrade", "5.8": "cloud-monthly" }[cloudClause];
    if (product.months !== 12) need("term_not_12_months", grant);
    if (cloudClause !== "5.6") {
      if (plan === "basic") need("plan_not_covered", grant);
      const current = history.currentPlan as string;
      const currentUsers = history.currentUsers as number | undefined;
      const from = cloudRank(current, current === "enterprise" ? currentUsers : undefined);
      const to = cloudRank(plan, users);
      if (to < from) need("not_an_upgrade", grant);
      if (to === from && cloudClause === "5.7") need("renewal_excluded", "5.7");
    }
    bonus = plan === "enterprise" && product.months === 12 && product.copilotBoost === true;
  }
  return { required, optional, reward, percent, bonus, cloudClause };
}
