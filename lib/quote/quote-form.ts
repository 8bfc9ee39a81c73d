import {
  astanaParts,
  BOX_EDITIONS,
  BOX_OPERATIONS,
  BOX_SOURCE_EDITIONS,
  boxUsersTiers,
  CLOUD_CURRENT_PLANS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  CMS_OPERATIONS,
  COPILOT_ITEM_ID,
  CUSTOMER_KINDS,
  parseAstanaInstant,
  PURPOSES,
  type BoxEdition,
  type BoxOperation,
  type BoxSourceEdition,
  type Catalog,
  type CloudCurrentPlan,
  type CloudPlan,
  type CmsEdition,
  type CmsOperation,
  type CustomerKind,
  type QuoteRequest,
} from "@/rules";

export const PRODUCT_LINES = ["cloud", "box", "cms"] as const;
export type ProductLine = (typeof PRODUCT_LINES)[number];

/**
 * Everything the quote form holds. Flat and made of strings and booleans, the way inputs give
 * them; every line keeps its own fields so a hidden field keeps its value when shown again.
 * Numbers that are tiers are strings because <select> values are.
 */
export interface QuoteFormValues {
  line: ProductLine;
  cloudPlan: CloudPlan;
  cloudUsers: string;
  cloudMonths: "1" | "12";
  copilotBoost: boolean;
  copilotPrice: string;
  boxOperation: BoxOperation;
  boxEdition: BoxEdition;
  boxPortalUsers: string;
  boxEnterpriseUsers: string;
  boxFromEdition: BoxSourceEdition;
  boxFromPortalUsers: string;
  boxFromEnterpriseUsers: string;
  boxSourceDate: string;
  cmsOperation: CmsOperation;
  cmsEdition: CmsEdition;
  cmsFrom: CmsEdition;
  cmsSourceDate: string;
  /** What the partner typed as the list price, valid only for the product in `listPriceFor`. */
  listPrice: string;
  /** The catalog item id the typed list price belongs to; any other product shows its catalog price. */
  listPriceFor: string;
  kind: CustomerKind;
  resident: boolean;
  adult: boolean;
  purpose: (typeof PURPOSES)[number];
  otherPromotion: boolean;
  franchisee: boolean;
  paidBefore: "yes" | "no";
  currentPlan: CloudCurrentPlan;
  currentUsers: string;
  paidLicenseEndedAt: string;
  monthlyIn2025: boolean;
  annualIn2025: boolean;
  /** `datetime-local` value, read as Astana time (п. 2.2). */
  orderedAt: string;
  paidSameTime: boolean;
  paidAt: string;
}

export type QuoteField = keyof QuoteFormValues;
/** Russian messages by field; "form" holds what belongs to no single field. */
export type QuoteFormErrors = Partial<Record<QuoteField | "form", string>>;

export interface QuoteValidation {
  /** The validated request, or null while any field is in error. */
  request: QuoteRequest | null;
  errors: QuoteFormErrors;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The `datetime-local` value (YYYY-MM-DDTHH:mm, Astana time) of an ISO instant, or "" if invalid. */
export function astanaInputValue(iso: string): string {
  const instant = parseAstanaInstant(iso);
  if (instant === null) return "";
  const p = astanaParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The form's starting values: a company buying cloud «Стандартный» for 12 months, ordered now. */
export function defaultQuoteFormValues(now: string, catalog: Catalog): QuoteFormValues {
  const orderedAt = astanaInputValue(now);
  return {
    line: "cloud",
    cloudPlan: "standard",
    cloudUsers: "250",
    cloudMonths: "12",
    copilotBoost: false,
    copilotPrice: String(catalog.byId.get(COPILOT_ITEM_ID)?.price ?? ""),
    boxOperation: "purchase",
    boxEdition: "corporate_portal",
    boxPortalUsers: "50",
    boxEnterpriseUsers: "1000",
    boxFromEdition: "shop_crm",
    boxFromPortalUsers: "50",
    boxFromEnterpriseUsers: "1000",
    boxSourceDate: "",
    cmsOperation: "purchase",
    cmsEdition: "business",
    cmsFrom: "start",
    cmsSourceDate: "",
    listPrice: "",
    listPriceFor: "",
    kind: "legal_entity",
    resident: true,
    adult: true,
    purpose: "business",
    otherPromotion: false,
    franchisee: false,
    paidBefore: "no",
    currentPlan: "none",
    currentUsers: "250",
    paidLicenseEndedAt: "",
    monthlyIn2025: false,
    annualIn2025: false,
    orderedAt,
    paidSameTime: true,
    paidAt: orderedAt,
  };
}

/** Users tier of a box edition as the form holds it; 0 for editions without tiers. */
export function boxUsersOf(v: QuoteFormValues, edition: BoxEdition, from = false): number {
  if (boxUsersTiers(edition).length === 0) return 0;
  const text =
    edition === "enterprise"
      ? from
        ? v.boxFromEnterpriseUsers
        : v.boxEnterpriseUsers
      : from
        ? v.boxFromPortalUsers
        : v.boxPortalUsers;
  return Number.parseInt(text, 10);
}

/** Every enumeration the form's selects and radios draw from, for the URL parser. */
export const FORM_CHOICES = {
  line: PRODUCT_LINES,
  cloudPlan: CLOUD_PLANS,
  boxOperation: BOX_OPERATIONS,
  boxEdition: BOX_EDITIONS,
  boxFromEdition: BOX_SOURCE_EDITIONS,
  cmsOperation: CMS_OPERATIONS,
  cmsEdition: CMS_EDITIONS,
  cmsFrom: CMS_EDITIONS,
  kind: CUSTOMER_KINDS,
  purpose: PURPOSES,
  currentPlan: CLOUD_CURRENT_PLANS,
} as const;
