import type { BoxEdition, CloudCurrentPlan, CmsEdition } from "../vocabulary/vocabulary";

/** Russian names of cloud plans, as on the price page. */
export const CLOUD_PLAN_NAMES: Record<CloudCurrentPlan, string> = {
  none: "без портала",
  free: "«Бесплатный»",
  basic: "«Базовый»",
  standard: "«Стандартный»",
  professional: "«Профессиональный»",
  enterprise: "«Энтерпрайз»",
};

/** Russian names of box editions. */
export const BOX_EDITION_NAMES: Record<BoxEdition, string> = {
  shop_crm: "«Интернет-магазин + CRM»",
  corporate_portal: "«Корпоративный портал»",
  enterprise: "«Энтерпрайз»",
  sip_connector: "SIP-коннектор",
};

/** Russian names of «1С-Битрикс: Управление сайтом» editions. */
export const CMS_EDITION_NAMES: Record<CmsEdition, string> = {
  start: "«Старт»",
  standard: "«Стандарт»",
  small_business: "«Малый бизнес»",
  business: "«Бизнес»",
  enterprise: "«Энтерпрайз»",
};

/** A cloud plan with its users tier: «Энтерпрайз» 500 пользователей. */
export function cloudPlanName(plan: CloudCurrentPlan, users: number): string {
  return plan === "enterprise" ? `«Энтерпрайз» ${users} пользователей` : CLOUD_PLAN_NAMES[plan];
}

/** A box edition with its users tier. */
export function boxEditionName(edition: BoxEdition, users: number): string {
  return users > 0
    ? `${BOX_EDITION_NAMES[edition]} ${users} пользователей`
    : BOX_EDITION_NAMES[edition];
}
