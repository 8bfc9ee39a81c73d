import type { Instant } from "../time/astana";
import type {
  BoxEdition,
  BoxSourceEdition,
  CloudCurrentPlan,
  CloudPlan,
  CmsEdition,
  CustomerKind,
} from "../vocabulary/vocabulary";

/** A quote request after validation, with defaults applied and dates turned into instants. */
export interface QuoteInput {
  orderedAt: Instant;
  paidAt: Instant;
  customer: {
    kind: CustomerKind;
    resident: boolean;
    adult: boolean;
    purpose: "business" | "personal";
    otherPromotion: boolean;
  };
  product: CloudProduct | BoxProduct | CmsProduct;
  history: CloudHistory | null;
}

interface ProductCommon {
  listPrice: number | undefined;
  franchisee: boolean;
}

export interface CloudProduct extends ProductCommon {
  line: "cloud";
  plan: CloudPlan;
  /** Enterprise users tier; 0 for the other plans. */
  users: number;
  months: 1 | 12;
  copilotBoost: boolean;
  copilotBoostListPrice: number | undefined;
}

export interface BoxLicense {
  edition: BoxEdition;
  /** Users tier; 0 for editions without tiers. */
  users: number;
}

export interface BoxProduct extends ProductCommon, BoxLicense {
  line: "box";
  operation: "purchase" | "upgrade" | "renewal";
  from: (BoxLicense & { edition: BoxSourceEdition }) | null;
  sourcePurchasedAt: Instant | null;
}

export interface CmsProduct extends ProductCommon {
  line: "cms";
  operation: "purchase" | "upgrade" | "renewal" | "to_bitrix24";
  /** Target edition; null for to_bitrix24 (the target is the box «Интернет-магазин + CRM»). */
  edition: CmsEdition | null;
  from: CmsEdition | null;
  sourcePurchasedAt: Instant | null;
}

export interface CloudHistory {
  paidBefore: boolean;
  currentPlan: CloudCurrentPlan;
  /** Enterprise users tier of the current plan; 0 otherwise. */
  currentUsers: number;
  /** The current Enterprise tier was not given and 250 was assumed. */
  currentUsersAssumed: boolean;
  paidLicenseEndedAt: Instant | null;
  monthlyIn2025: boolean;
  annualIn2025: boolean;
}
