import type {
  BoxProductRequest,
  CloudProductRequest,
  QuoteRequest,
} from "../request/quote-request";
import {
  BOX_EDITIONS,
  boxUsersTiers,
  CLOUD_ENTERPRISE_USERS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  type BoxSourceEdition,
} from "../vocabulary/vocabulary";

/** One product of a quote request: a line, its edition or plan, tier and operation. */
export type Product = QuoteRequest["product"];
type BoxLicense = Pick<BoxProductRequest, "edition" | "users">;

const boxLicenses = (): BoxLicense[] =>
  BOX_EDITIONS.flatMap((edition): BoxLicense[] => {
    const tiers = boxUsersTiers(edition) as readonly NonNullable<BoxLicense["users"]>[];
    return tiers.length === 0 ? [{ edition }] : tiers.map((users) => ({ edition, users }));
  });

/** Every cloud plan and Enterprise tier, for 1 and 12 months. */
function cloudProducts(): Product[] {
  const plans = CLOUD_PLANS.flatMap((plan): Pick<CloudProductRequest, "plan" | "users">[] =>
    plan === "enterprise" ? CLOUD_ENTERPRISE_USERS.map((users) => ({ plan, users })) : [{ plan }],
  );
  return plans.flatMap((p) =>
    ([1, 12] as const).map((months) => ({ line: "cloud" as const, ...p, months })),
  );
}

/** Every box license, renewal and upgrade (to any higher license) of the catalog. */
function boxProducts(sourcePurchasedAt: string): Product[] {
  const licenses = boxLicenses();
  const upgradable = licenses.filter((l) => l.edition !== "sip_connector");
  const products: Product[] = [];
  for (const l of licenses) products.push({ line: "box", operation: "purchase", ...l });
  for (const l of licenses) products.push({ line: "box", operation: "renewal", ...l });
  upgradable.forEach((from, i) => {
    for (const to of upgradable.slice(i + 1)) {
      const source = {
        edition: from.edition as BoxSourceEdition,
        ...(from.users ? { users: from.users } : {}),
      };
      products.push({ line: "box", operation: "upgrade", ...to, from: source, sourcePurchasedAt });
    }
  });
  return products;
}

/** Every CMS license, renewal, upgrade and the «Бизнес» → «Интернет-магазин + CRM» transition. */
function cmsProducts(sourcePurchasedAt: string): Product[] {
  const products: Product[] = [];
  for (const edition of CMS_EDITIONS)
    products.push({ line: "cms", operation: "purchase", edition });
  for (const edition of CMS_EDITIONS) products.push({ line: "cms", operation: "renewal", edition });
  CMS_EDITIONS.forEach((from, i) => {
    for (const edition of CMS_EDITIONS.slice(i + 1)) {
      products.push({ line: "cms", operation: "upgrade", edition, from, sourcePurchasedAt });
    }
  });
  products.push({ line: "cms", operation: "to_bitrix24", from: "business", sourcePurchasedAt });
  return products;
}

/** The default source date for upgrades when the client did not give one: the day before 24.07.2025. */
export const DEFAULT_SOURCE_PURCHASED_AT = "2025-07-23";

/** Every product, tier and operation of the catalog, as quote products, grouped by line. */
export function allProducts(sourcePurchasedAt = DEFAULT_SOURCE_PURCHASED_AT): Product[] {
  return [...cloudProducts(), ...boxProducts(sourcePurchasedAt), ...cmsProducts(sourcePurchasedAt)];
}
