import type { BoxEdition, CloudCurrentPlan, CmsEdition } from "./vocabulary";

/** A position in an upgrade order: first the edition's rank, then the users tier. */
export type Rank = readonly [number, number];

const CLOUD_ORDER: readonly CloudCurrentPlan[] = [
  "free",
  "basic",
  "standard",
  "professional",
  "enterprise",
];
const BOX_ORDER: readonly BoxEdition[] = ["shop_crm", "corporate_portal", "enterprise"];
const CMS_ORDER: readonly CmsEdition[] = [
  "start",
  "standard",
  "small_business",
  "business",
  "enterprise",
];

/** Бесплатный < Базовый < Стандартный < Профессиональный < Энтерпрайз (by users); no portal = Бесплатный. */
export function cloudRank(plan: CloudCurrentPlan, users: number): Rank {
  return [CLOUD_ORDER.indexOf(plan === "none" ? "free" : plan), users];
}

/** Интернет-магазин + CRM < Корпоративный портал (by users) < Энтерпрайз (by users); SIP is outside the order. */
export function boxRank(edition: BoxEdition, users: number): Rank {
  return [BOX_ORDER.indexOf(edition), users];
}

/** Старт < Стандарт < Малый бизнес < Бизнес < Энтерпрайз. */
export function cmsRank(edition: CmsEdition): Rank {
  return [CMS_ORDER.indexOf(edition), 0];
}

/** Negative, zero or positive as a is below, equal to or above b. */
export function compareRanks(a: Rank, b: Rank): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}
