import { boxUsersTiers, CLOUD_ENTERPRISE_USERS, COPILOT_ITEM_ID, type Catalog } from "@/rules";
import { catalogItemFor, listPriceText } from "./priced-item";
import { defaultQuoteFormValues, FORM_CHOICES, type QuoteFormValues } from "./quote-form";

/*
 * The quote lives in the address bar so a reload or a shared link shows the same quote. Keys are
 * short and readable (`?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00`). Only the
 * chosen line's fields are written; the product and the dates always are (the dates default to
 * "now", which a link opened tomorrow must not change), the client's answers only when they
 * differ from the defaults. The list price is written only when it differs from the catalog's.
 */

const BOOL_KEYS = [
  ["resident", "resident"],
  ["other", "otherPromotion"],
  ["franchisee", "franchisee"],
] as const;

const yes = (b: boolean) => (b ? "1" : "0");

/** The query string parameters of a quote form (see the module comment for the keys). */
export function quoteSearchParams(v: QuoteFormValues, catalog: Catalog): URLSearchParams {
  // Defaults of everything but the dates, which are always written.
  const d = defaultQuoteFormValues("", catalog);
  const q = new URLSearchParams();
  q.set("line", v.line);
  if (v.line === "cloud") {
    q.set("plan", v.cloudPlan);
    if (v.cloudPlan === "enterprise") q.set("users", v.cloudUsers);
    q.set("months", v.cloudMonths);
    if (v.copilotBoost) {
      q.set("boost", "1");
      const listed = catalog.byId.get(COPILOT_ITEM_ID)?.price;
      if (v.copilotPrice !== (listed === undefined ? "" : String(listed))) {
        q.set("boostPrice", v.copilotPrice);
      }
    }
  } else if (v.line === "box") {
    q.set("op", v.boxOperation);
    q.set("ed", v.boxEdition);
    if (boxUsersTiers(v.boxEdition).length > 0) {
      q.set("users", v.boxEdition === "enterprise" ? v.boxEnterpriseUsers : v.boxPortalUsers);
    }
    if (v.boxOperation === "upgrade") {
      q.set("from", v.boxFromEdition);
      if (boxUsersTiers(v.boxFromEdition).length > 0) {
        const users =
          v.boxFromEdition === "enterprise" ? v.boxFromEnterpriseUsers : v.boxFromPortalUsers;
        q.set("fromUsers", users);
      }
      q.set("bought", v.boxSourceDate);
    }
  } else {
    q.set("op", v.cmsOperation);
    if (v.cmsOperation !== "to_bitrix24") q.set("ed", v.cmsEdition);
    if (v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24") {
      // The move to the Bitrix24 shop is from «Бизнес» only: nothing to write.
      if (v.cmsOperation === "upgrade") q.set("from", v.cmsFrom);
      q.set("bought", v.cmsSourceDate);
    }
  }
  const priced = catalogItemFor(v, catalog);
  const price = listPriceText(v, priced);
  if (price !== (priced.item ? String(priced.item.price) : "")) q.set("price", price);

  if (v.kind !== d.kind) q.set("kind", v.kind);
  if (v.kind === "individual" && !v.adult) q.set("adult", "0");
  if (v.purpose !== d.purpose) q.set("purpose", v.purpose);
  for (const [key, field] of BOOL_KEYS) if (v[field] !== d[field]) q.set(key, yes(v[field]));

  if (v.line === "cloud") {
    const paid = v.paidBefore === "yes";
    if (paid) q.set("paidBefore", "1");
    if (v.currentPlan !== d.currentPlan) q.set("current", v.currentPlan);
    if (v.currentPlan === "enterprise") q.set("currentUsers", v.currentUsers);
    if (paid && v.currentPlan === "free" && v.paidLicenseEndedAt) {
      q.set("ended", v.paidLicenseEndedAt);
    }
    if (paid && v.monthlyIn2025) q.set("monthly", "1");
    if (paid && v.annualIn2025) q.set("annual", "1");
  }

  q.set("ordered", v.orderedAt);
  if (!v.paidSameTime) q.set("paid", v.paidAt);
  return q;
}

/** `?line=…` for the address bar and the «Скопировать ссылку» button. */
export function quoteQueryString(v: QuoteFormValues, catalog: Catalog): string {
  return `?${quoteSearchParams(v, catalog).toString()}`;
}

function choice<T extends readonly string[]>(values: T, text: string | null, fallback: T[number]) {
  return text !== null && (values as readonly string[]).includes(text)
    ? (text as T[number])
    : fallback;
}

function tier(values: readonly number[], text: string | null, fallback: string): string {
  return text !== null && values.some((n) => String(n) === text) ? text : fallback;
}

const flag = (text: string | null, fallback: boolean) =>
  text === "1" ? true : text === "0" ? false : fallback;

/** The form values a query string describes; unknown or invalid choices fall back to defaults. */
export function quoteFormValuesFromParams(
  q: URLSearchParams,
  now: string,
  catalog: Catalog,
): QuoteFormValues {
  const d = defaultQuoteFormValues(now, catalog);
  const get = (key: string) => q.get(key);
  const v: QuoteFormValues = { ...d };
  v.line = choice(FORM_CHOICES.line, get("line"), d.line);
  if (v.line === "cloud") {
    v.cloudPlan = choice(FORM_CHOICES.cloudPlan, get("plan"), d.cloudPlan);
    v.cloudUsers = tier(CLOUD_ENTERPRISE_USERS, get("users"), d.cloudUsers);
    v.cloudMonths = get("months") === "1" ? "1" : "12";
    v.copilotBoost = flag(get("boost"), false);
    v.copilotPrice = get("boostPrice") ?? d.copilotPrice;
  } else if (v.line === "box") {
    v.boxOperation = choice(FORM_CHOICES.boxOperation, get("op"), d.boxOperation);
    v.boxEdition = choice(FORM_CHOICES.boxEdition, get("ed"), d.boxEdition);
    if (v.boxEdition === "enterprise") {
      v.boxEnterpriseUsers = tier(boxUsersTiers("enterprise"), get("users"), d.boxEnterpriseUsers);
    } else {
      v.boxPortalUsers = tier(boxUsersTiers("corporate_portal"), get("users"), d.boxPortalUsers);
    }
    v.boxFromEdition = choice(FORM_CHOICES.boxFromEdition, get("from"), d.boxFromEdition);
    if (v.boxFromEdition === "enterprise") {
      const users = tier(boxUsersTiers("enterprise"), get("fromUsers"), d.boxFromEnterpriseUsers);
      v.boxFromEnterpriseUsers = users;
    } else {
      const users = tier(boxUsersTiers("corporate_portal"), get("fromUsers"), d.boxFromPortalUsers);
      v.boxFromPortalUsers = users;
    }
    v.boxSourceDate = get("bought") ?? "";
  } else {
    v.cmsOperation = choice(FORM_CHOICES.cmsOperation, get("op"), d.cmsOperation);
    v.cmsEdition = choice(FORM_CHOICES.cmsEdition, get("ed"), d.cmsEdition);
    // Only «Бизнес» moves to the Bitrix24 shop: the form then shows no source edition.
    v.cmsFrom =
      v.cmsOperation === "to_bitrix24"
        ? "business"
        : choice(FORM_CHOICES.cmsFrom, get("from"), d.cmsFrom);
    v.cmsSourceDate = get("bought") ?? "";
  }
  const price = get("price");
  if (price !== null) {
    v.listPrice = price;
    v.listPriceFor = catalogItemFor(v, catalog).id;
  }

  v.kind = choice(FORM_CHOICES.kind, get("kind"), d.kind);
  v.adult = flag(get("adult"), true);
  v.purpose = choice(FORM_CHOICES.purpose, get("purpose"), d.purpose);
  v.resident = flag(get("resident"), d.resident);
  v.otherPromotion = flag(get("other"), d.otherPromotion);
  v.franchisee = flag(get("franchisee"), d.franchisee);

  v.paidBefore = flag(get("paidBefore"), false) ? "yes" : "no";
  v.currentPlan = choice(FORM_CHOICES.currentPlan, get("current"), d.currentPlan);
  const currentUsers = get("currentUsers");
  v.currentUsers =
    currentUsers === "" ? "" : tier(CLOUD_ENTERPRISE_USERS, currentUsers, d.currentUsers);
  v.paidLicenseEndedAt = get("ended") ?? "";
  v.monthlyIn2025 = flag(get("monthly"), false);
  v.annualIn2025 = flag(get("annual"), false);

  v.orderedAt = get("ordered") ?? d.orderedAt;
  const paid = get("paid");
  v.paidSameTime = paid === null;
  v.paidAt = paid ?? v.orderedAt;
  return v;
}

/**
 * The form values of the quote form sent as a plain GET (no JavaScript): the fields carry their
 * own names. A checkbox sends "off" from its hidden twin and "on" when checked; fields the form
 * did not show keep their defaults. A typed price counts only for the product it was typed for.
 */
export function quoteFormValuesFromFields(
  q: URLSearchParams,
  now: string,
  catalog: Catalog,
): QuoteFormValues {
  const d = defaultQuoteFormValues(now, catalog);
  const last = (key: keyof QuoteFormValues) => q.getAll(key).at(-1) ?? null;
  const text = (key: keyof QuoteFormValues, fallback: string) => last(key) ?? fallback;
  const box = (key: keyof QuoteFormValues, fallback: boolean) => {
    const value = last(key);
    return value === "on" ? true : value === "off" ? false : fallback;
  };
  const v: QuoteFormValues = { ...d };
  for (const key of Object.keys(FORM_CHOICES) as (keyof typeof FORM_CHOICES)[]) {
    // Each key is checked against its own vocabulary; the cast only joins the unions.
    (v as unknown as Record<string, string>)[key] = choice(FORM_CHOICES[key], last(key), d[key]);
  }
  // Only «Бизнес» moves to the Bitrix24 shop: the form then shows no source edition.
  if (v.cmsOperation === "to_bitrix24") v.cmsFrom = "business";
  v.cloudUsers = tier(CLOUD_ENTERPRISE_USERS, last("cloudUsers"), d.cloudUsers);
  v.cloudMonths = last("cloudMonths") === "1" ? "1" : "12";
  v.copilotPrice = text("copilotPrice", d.copilotPrice);
  v.boxPortalUsers = tier(
    boxUsersTiers("corporate_portal"),
    last("boxPortalUsers"),
    d.boxPortalUsers,
  );
  v.boxEnterpriseUsers = tier(
    boxUsersTiers("enterprise"),
    last("boxEnterpriseUsers"),
    d.boxEnterpriseUsers,
  );
  v.boxFromPortalUsers = tier(
    boxUsersTiers("corporate_portal"),
    last("boxFromPortalUsers"),
    d.boxFromPortalUsers,
  );
  v.boxFromEnterpriseUsers = tier(
    boxUsersTiers("enterprise"),
    last("boxFromEnterpriseUsers"),
    d.boxFromEnterpriseUsers,
  );
  const currentUsers = last("currentUsers");
  v.currentUsers =
    currentUsers === "" ? "" : tier(CLOUD_ENTERPRISE_USERS, currentUsers, d.currentUsers);
  v.paidBefore = last("paidBefore") === "yes" ? "yes" : "no";
  for (const key of [
    "boxSourceDate",
    "cmsSourceDate",
    "paidLicenseEndedAt",
    "orderedAt",
  ] as const) {
    v[key] = text(key, d[key]);
  }
  for (const key of [
    "copilotBoost",
    "resident",
    "adult",
    "otherPromotion",
    "franchisee",
    "monthlyIn2025",
    "annualIn2025",
    "paidSameTime",
  ] as const) {
    v[key] = box(key, d[key]);
  }
  v.paidAt = v.paidSameTime ? v.orderedAt : text("paidAt", v.orderedAt);
  const price = last("listPrice");
  const priceFor = catalogItemFor(v, catalog).id;
  if (price !== null && last("listPriceFor") === priceFor) {
    v.listPrice = price;
    v.listPriceFor = priceFor;
  }
  return v;
}
