import fc from "fast-check";
import { BOX_ENTERPRISE_USERS, BOX_PORTAL_USERS, CLOUD_ENTERPRISE_USERS } from "@/rules";
import { FORM_CHOICES, type QuoteFormValues } from "@/lib/quote/quote-form";

const str = (values: readonly (string | number)[]) =>
  fc.constantFrom(...values.map((x) => String(x)));

/**
 * Any quote form, valid or not (for tests): every choice of every select and radio, dates of each
 * form the contract accepts plus empty and garbage ones, typed prices right and wrong.
 */
export function quoteFormValuesArbitrary(
  date: fc.Arbitrary<string> = fc.constantFrom(
    "",
    "2025-03-01",
    "2025-07-24",
    "2025-08-15T12:00",
    "bad",
  ),
): fc.Arbitrary<QuoteFormValues> {
  return fc.record({
    line: fc.constantFrom(...FORM_CHOICES.line),
    cloudPlan: fc.constantFrom(...FORM_CHOICES.cloudPlan),
    cloudUsers: str(CLOUD_ENTERPRISE_USERS),
    cloudMonths: fc.constantFrom("1" as const, "12" as const),
    copilotBoost: fc.boolean(),
    copilotPrice: fc.constantFrom("576000", "600000", "", "x"),
    boxOperation: fc.constantFrom(...FORM_CHOICES.boxOperation),
    boxEdition: fc.constantFrom(...FORM_CHOICES.boxEdition),
    boxPortalUsers: str(BOX_PORTAL_USERS),
    boxEnterpriseUsers: str(BOX_ENTERPRISE_USERS),
    boxFromEdition: fc.constantFrom(...FORM_CHOICES.boxFromEdition),
    boxFromPortalUsers: str(BOX_PORTAL_USERS),
    boxFromEnterpriseUsers: str(BOX_ENTERPRISE_USERS),
    boxSourceDate: date,
    cmsOperation: fc.constantFrom(...FORM_CHOICES.cmsOperation),
    cmsEdition: fc.constantFrom(...FORM_CHOICES.cmsEdition),
    cmsFrom: fc.constantFrom(...FORM_CHOICES.cmsFrom),
    cmsSourceDate: date,
    listPrice: fc.constantFrom("", "100000", "12,5", "335880"),
    listPriceFor: fc.constantFrom("", "cloud/standard/12", "box/shop_crm", "cms/business"),
    kind: fc.constantFrom(...FORM_CHOICES.kind),
    resident: fc.boolean(),
    adult: fc.boolean(),
    purpose: fc.constantFrom(...FORM_CHOICES.purpose),
    otherPromotion: fc.boolean(),
    franchisee: fc.boolean(),
    paidBefore: fc.constantFrom("yes" as const, "no" as const),
    currentPlan: fc.constantFrom(...FORM_CHOICES.currentPlan),
    // "" is the «не знаю» choice of the current «Энтерпрайз» tier.
    currentUsers: fc.oneof(str(CLOUD_ENTERPRISE_USERS), fc.constant("")),
    paidLicenseEndedAt: date,
    monthlyIn2025: fc.boolean(),
    annualIn2025: fc.boolean(),
    orderedAt: date,
    paidSameTime: fc.boolean(),
    paidAt: date,
  });
}
