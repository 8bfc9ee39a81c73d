/** Enumerations of the public API contract, shared by the schema, the engine and the forms. */
export const CUSTOMER_KINDS = ["legal_entity", "sole_proprietor", "individual"] as const;
export const PURPOSES = ["business", "personal"] as const;
export const CLOUD_PLANS = ["basic", "standard", "professional", "enterprise"] as const;
export const CLOUD_CURRENT_PLANS = ["none", "free", ...CLOUD_PLANS] as const;
export const CLOUD_ENTERPRISE_USERS = [
  250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000,
] as const;
export const CLOUD_MONTHS = [1, 12] as const;
export const BOX_OPERATIONS = ["purchase", "upgrade", "renewal"] as const;
export const BOX_EDITIONS = [
  "shop_crm",
  "corporate_portal",
  "enterprise",
  "sip_connector",
] as const;
export const BOX_SOURCE_EDITIONS = ["shop_crm", "corporate_portal", "enterprise"] as const;
export const BOX_PORTAL_USERS = [50, 100, 250, 500] as const;
export const BOX_ENTERPRISE_USERS = [1000, 2000, 3000, 5000] as const;
export const CMS_OPERATIONS = ["purchase", "upgrade", "renewal", "to_bitrix24"] as const;
export const CMS_EDITIONS = [
  "start",
  "standard",
  "small_business",
  "business",
  "enterprise",
] as const;

export type CustomerKind = (typeof CUSTOMER_KINDS)[number];
export type CloudPlan = (typeof CLOUD_PLANS)[number];
export type CloudCurrentPlan = (typeof CLOUD_CURRENT_PLANS)[number];
export type BoxEdition = (typeof BOX_EDITIONS)[number];
export type BoxSourceEdition = (typeof BOX_SOURCE_EDITIONS)[number];
export type CmsEdition = (typeof CMS_EDITIONS)[number];
export type BoxOperation = (typeof BOX_OPERATIONS)[number];
export type CmsOperation = (typeof CMS_OPERATIONS)[number];

/** Users tiers a box edition is sold in; empty when the edition has no tiers. */
export function boxUsersTiers(edition: BoxEdition): readonly number[] {
  if (edition === "corporate_portal") return BOX_PORTAL_USERS;
  if (edition === "enterprise") return BOX_ENTERPRISE_USERS;
  return [];
}

/** Default users tier of a box edition (50 for the portal, 1000 for «Энтерпрайз»). */
export function defaultBoxUsers(edition: BoxEdition): number | undefined {
  return boxUsersTiers(edition)[0];
}

/** Upper bound for any amount of money the API accepts, whole tenge. */
export const MAX_TENGE = 1_000_000_000_000;
