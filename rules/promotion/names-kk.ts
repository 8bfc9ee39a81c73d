import type {
  BoxEdition,
  CloudCurrentPlan,
  CmsEdition,
  CustomerKind,
  PURPOSES,
} from "../vocabulary/vocabulary";

/*
 * Kazakh names of the product lines, plans, editions and clients, beside the Russian ones
 * (`names.ts`, `glossary.ts`). Trade names stay as written («Стандартный», «Энтерпрайз»,
 * «Малый бизнес»); a Kazakh sentence puts a common noun after them («Энтерпрайз» тарифі,
 * «Бизнес» редакциясы) and declines that noun, so a trade name is never declined.
 */

/** The product lines as a Kazakh label starts them. */
export const LINE_NAMES_KK = {
  cloud: "Бұлттық «Битрикс24»",
  box: "Қорапты «Битрикс24»",
  cms: "«1С-Битрикс: Управление сайтом»",
} as const;

/** Cloud plans: trade names as on the price page; «без портала» is a phrase, so Kazakh. */
export const CLOUD_PLAN_NAMES_KK: Record<CloudCurrentPlan, string> = {
  none: "порталсыз",
  free: "«Бесплатный»",
  basic: "«Базовый»",
  standard: "«Стандартный»",
  professional: "«Профессиональный»",
  enterprise: "«Энтерпрайз»",
};

/** Box editions (trade names). */
export const BOX_EDITION_NAMES_KK: Record<BoxEdition, string> = {
  shop_crm: "«Интернет-магазин + CRM»",
  corporate_portal: "«Корпоративный портал»",
  enterprise: "«Энтерпрайз»",
  sip_connector: "SIP-коннектор",
};

/** «1С-Битрикс: Управление сайтом» editions (trade names). */
export const CMS_EDITION_NAMES_KK: Record<CmsEdition, string> = {
  start: "«Старт»",
  standard: "«Стандарт»",
  small_business: "«Малый бизнес»",
  business: "«Бизнес»",
  enterprise: "«Энтерпрайз»",
};

/** «250 пайдаланушы»: a Kazakh noun after a numeral stays singular. */
export const usersKk = (users: number): string => `${users} пайдаланушы`;

/** A cloud plan with its users tier: «Энтерпрайз» (500 пайдаланушы). */
export function cloudPlanNameKk(plan: CloudCurrentPlan, users: number): string {
  return plan === "enterprise"
    ? `${CLOUD_PLAN_NAMES_KK.enterprise} (${usersKk(users)})`
    : CLOUD_PLAN_NAMES_KK[plan];
}

/** A box edition with its users tier: «Корпоративный портал» (50 пайдаланушы). */
export function boxEditionNameKk(edition: BoxEdition, users: number): string {
  return users > 0
    ? `${BOX_EDITION_NAMES_KK[edition]} (${usersKk(users)})`
    : BOX_EDITION_NAMES_KK[edition];
}

/** Who buys (ИП is «дара кәсіпкер» in official Kazakh texts). */
export const CUSTOMER_KIND_NAMES_KK: Record<CustomerKind, string> = {
  legal_entity: "Заңды тұлға",
  sole_proprietor: "Дара кәсіпкер",
  individual: "Жеке тұлға",
};

/** What the purchase is for (1.2.3, 5.1.2-тармақтар). */
export const PURPOSE_NAMES_KK: Record<(typeof PURPOSES)[number], string> = {
  business: "Кәсіпкерлік немесе коммерциялық емес қызмет үшін",
  personal: "Жеке, отбасылық, үй қажеттіліктері үшін",
};

/** The 2025 window before the promotion that 5.7 and 5.8-тармақтар look at. */
export const HISTORY_WINDOW_KK = "2025 жылғы 1 қаңтар – 27 шілде аралығында";

/** The promotion's period (2.1-тармақ), as a Kazakh sentence says «from … to … inclusive». */
export const PROMO_PERIOD_KK = "2025 жылғы 28 шілдеден 31 тамызды қоса алғанға дейін";
