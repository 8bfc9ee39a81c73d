import {
  astanaParts,
  BOX_EDITIONS,
  BOX_OPERATIONS,
  BOX_SOURCE_EDITIONS,
  boxUsersTiers,
  catalogItemId,
  CLOUD_CURRENT_PLANS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  CMS_OPERATIONS,
  COPILOT_ITEM_ID,
  CUSTOMER_KINDS,
  MAX_TENGE,
  moveGoesNowhere,
  parseAstanaInstant,
  PURPOSES,
  quoteRequestSchema,
  toAstanaIso,
  type BoxEdition,
  type BoxOperation,
  type BoxSourceEdition,
  type Catalog,
  type CatalogItem,
  type CloudCurrentPlan,
  type CloudPlan,
  type CmsEdition,
  type CmsOperation,
  type CustomerKind,
  type QuoteRequest,
  readTenge,
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

/** The `datetime-local` value of a request's date-time: seconds and milliseconds only when set. */
function inputDateTime(text: string): string {
  const instant = parseAstanaInstant(text);
  if (instant === null) return text;
  const minutes = astanaInputValue(toAstanaIso(instant));
  const millis = instant % 60_000 < 0 ? (instant % 60_000) + 60_000 : instant % 60_000;
  if (millis === 0) return minutes;
  const ms = millis % 1000;
  return `${minutes}:${pad(Math.floor(millis / 1000))}${ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`}`;
}

/**
 * The Astana calendar day (`date` input value) of a request's date. The engine compares these
 * dates only with Astana midnights (24.07.2025, 30.06.2025) and prints them as days, so the day
 * decides exactly what the instant did.
 */
function inputDate(text: string | undefined): string {
  if (text === undefined) return "";
  const instant = parseAstanaInstant(text);
  return instant === null ? text : astanaInputValue(toAstanaIso(instant)).slice(0, 10);
}

/**
 * The form values that describe a quote request: the inverse of `toQuoteRequest`, so a request
 * (e.g. an /offers row) opens on the quote page with the same quote. Fields the request leaves
 * out keep the defaults of `defaultQuoteFormValues(now)`.
 */
export function quoteFormValuesFromRequest(
  request: QuoteRequest,
  now: string,
  catalog: Catalog,
): QuoteFormValues {
  const v = defaultQuoteFormValues(now, catalog);
  const p = request.product;
  v.line = p.line;
  switch (p.line) {
    case "cloud":
      v.cloudPlan = p.plan;
      // No tier: the form's default is the contract's (250), so the quote is the same.
      if (p.plan === "enterprise" && p.users !== undefined) v.cloudUsers = String(p.users);
      v.cloudMonths = p.months === 1 ? "1" : "12";
      v.copilotBoost = p.copilotBoost ?? false;
      if (p.copilotBoostListPrice !== undefined) v.copilotPrice = String(p.copilotBoostListPrice);
      break;
    case "box": {
      const setUsers = (edition: BoxEdition, users: number | undefined, from: boolean) => {
        if (boxUsersTiers(edition).length === 0) return;
        const text = String(users ?? boxUsersTiers(edition)[0]);
        if (edition === "enterprise")
          v[from ? "boxFromEnterpriseUsers" : "boxEnterpriseUsers"] = text;
        else v[from ? "boxFromPortalUsers" : "boxPortalUsers"] = text;
      };
      v.boxOperation = p.operation;
      v.boxEdition = p.edition;
      setUsers(p.edition, p.users, false);
      if (p.operation === "upgrade" && p.from) {
        v.boxFromEdition = p.from.edition;
        setUsers(p.from.edition, p.from.users, true);
      }
      if (p.operation === "upgrade") v.boxSourceDate = inputDate(p.sourcePurchasedAt);
      break;
    }
    case "cms": {
      v.cmsOperation = p.operation;
      if (p.edition) v.cmsEdition = p.edition;
      const transition = p.operation === "upgrade" || p.operation === "to_bitrix24";
      if (transition) {
        v.cmsFrom = p.from ?? (p.operation === "to_bitrix24" ? "business" : v.cmsFrom);
        v.cmsSourceDate = inputDate(p.sourcePurchasedAt);
      }
      break;
    }
  }
  if (p.listPrice !== undefined) {
    v.listPrice = String(p.listPrice);
    v.listPriceFor = catalogItemFor(v, catalog).id;
  }
  v.franchisee = p.franchisee ?? false;

  const c = request.customer;
  v.kind = c.kind;
  v.resident = c.resident;
  v.adult = c.adult ?? true;
  v.purpose = c.purpose;
  v.otherPromotion = c.otherPromotion ?? false;

  const h = request.history;
  if (h) {
    v.paidBefore = h.paidBefore ? "yes" : "no";
    v.currentPlan = h.currentPlan;
    // No tier given: "" keeps it unknown, so the quote says 250 was assumed (п. 8.1) as /offers does.
    v.currentUsers = h.currentUsers === undefined ? "" : String(h.currentUsers);
    v.paidLicenseEndedAt = inputDate(h.paidLicenseEndedAt);
    v.monthlyIn2025 = h.monthlyIn2025 ?? false;
    v.annualIn2025 = h.annualIn2025 ?? false;
  }

  v.orderedAt = inputDateTime(request.orderedAt);
  v.paidSameTime = request.paidAt === undefined;
  v.paidAt = request.paidAt === undefined ? v.orderedAt : inputDateTime(request.paidAt);
  return v;
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

type EngineProduct = Parameters<typeof catalogItemId>[0];

function engineProduct(v: QuoteFormValues): EngineProduct {
  const common = { listPrice: undefined, franchisee: false };
  switch (v.line) {
    case "cloud":
      return {
        ...common,
        line: "cloud",
        plan: v.cloudPlan,
        users: v.cloudPlan === "enterprise" ? Number.parseInt(v.cloudUsers, 10) : 0,
        months: v.cloudMonths === "1" ? 1 : 12,
        copilotBoost: false,
        copilotBoostListPrice: undefined,
      };
    case "box":
      return {
        ...common,
        line: "box",
        operation: v.boxOperation,
        edition: v.boxEdition,
        users: boxUsersOf(v, v.boxEdition),
        from:
          v.boxOperation === "upgrade"
            ? { edition: v.boxFromEdition, users: boxUsersOf(v, v.boxFromEdition, true) }
            : null,
        sourcePurchasedAt: null,
      };
    case "cms": {
      const transition = v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24";
      return {
        ...common,
        line: "cms",
        operation: v.cmsOperation,
        edition: v.cmsOperation === "to_bitrix24" ? null : v.cmsEdition,
        from: v.cmsOperation === "to_bitrix24" ? "business" : transition ? v.cmsFrom : null,
        sourcePurchasedAt: null,
      };
    }
  }
}

/** The price list item a product is priced by: its id ("" if none) and the item if listed. */
export interface PricedItem {
  id: string;
  item: CatalogItem | undefined;
}

/** The price list item the chosen product is priced by: its id ("" if none) and the item if listed. */
export function catalogItemFor(v: QuoteFormValues, catalog: Catalog): PricedItem {
  const id = catalogItemId(engineProduct(v)) ?? "";
  return { id, item: catalog.byId.get(id) };
}

/** The list price text the price input shows: the typed one for this product, else the list's. */
export function listPriceText(v: QuoteFormValues, priced: PricedItem): string {
  if (v.listPriceFor === priced.id) return v.listPrice;
  return priced.item ? String(priced.item.price) : "";
}

/**
 * Whether the form asks for a list price: not for a move that gets nothing whatever its price
 * (sideways, down, to the SIP connector) and that the price list does not price either.
 */
export function needsListPrice(v: QuoteFormValues, priced: PricedItem): boolean {
  return priced.item !== undefined || !moveGoesNowhere(engineProduct(v));
}

/** A typed price under a tenth or over ten times the listed one: likely a typo («Проверьте цену»). */
export function priceFarOff(text: string, priced: PricedItem): boolean {
  const value = parseTenge(text);
  const listed = priced.item?.price;
  return (
    value !== null &&
    value > 0 &&
    listed !== undefined &&
    (value * 10 < listed || value > listed * 10)
  );
}

/**
 * Whole tenge from what a person types («335 880», «335 880,00 ₸»); null when it is not whole
 * tenge. The one tenge reader of the rules library (`readTenge`), as /check reads cells.
 */
export function parseTenge(text: string): number | null {
  const read = readTenge(text);
  return read.ok ? read.value : null;
}

type Price = { value: number | undefined; error: string | undefined };

function priceField(text: string, catalogPrice: number | undefined, what: string): Price {
  if (text.trim() === "") {
    const hint = catalogPrice === undefined ? " — в прайс-листе её нет" : "";
    return { value: undefined, error: `Укажите ${what} в тенге${hint}` };
  }
  const digits = text.replace(/[\s\u00a0\u202f]/g, "");
  // The field's label names it: the messages do not repeat it.
  if (/^[-−–]\d/.test(digits) || /^0+$/.test(digits)) {
    return { value: undefined, error: "Сумма должна быть больше нуля" };
  }
  if (/^\d{16,}$/.test(digits)) return { value: undefined, error: "Слишком большая сумма" };
  const value = parseTenge(text);
  if (value === null) {
    return {
      value: undefined,
      error: "Введите целое число тенге без копеек, например 335880",
    };
  }
  if (value > MAX_TENGE) return { value: undefined, error: "Слишком большая сумма" };
  // The catalog's own price is not an override: the quote then cites the catalog as its source.
  return { value: value === catalogPrice ? undefined : value, error: undefined };
}

function dateField(text: string, empty: string | null, example: string): string | undefined {
  if (text.trim() === "") return empty ?? undefined;
  return parseAstanaInstant(text) === null ? `Неверная дата, пример: ${example}` : undefined;
}

/** The request's product for the chosen line, from the form (only that line's fields). */
function requestProduct(
  v: QuoteFormValues,
  listPrice: number | undefined,
  boostPrice: number | undefined,
): QuoteRequest["product"] {
  const common = {
    ...(listPrice === undefined ? {} : { listPrice }),
    ...(v.franchisee ? { franchisee: true } : {}),
  };
  // Tiers and months come from selects restricted to the vocabulary; the schema re-checks them.
  type Cloud = Extract<QuoteRequest["product"], { line: "cloud" }>;
  type Box = Extract<QuoteRequest["product"], { line: "box" }>;
  switch (v.line) {
    case "cloud":
      return {
        line: "cloud",
        plan: v.cloudPlan,
        ...(v.cloudPlan === "enterprise"
          ? { users: Number.parseInt(v.cloudUsers, 10) as Cloud["users"] }
          : {}),
        months: (v.cloudMonths === "1" ? 1 : 12) as Cloud["months"],
        ...(v.copilotBoost ? { copilotBoost: true } : {}),
        ...(v.copilotBoost && boostPrice !== undefined
          ? { copilotBoostListPrice: boostPrice }
          : {}),
        ...common,
      };
    case "box": {
      const users = boxUsersOf(v, v.boxEdition);
      const fromUsers = boxUsersOf(v, v.boxFromEdition, true);
      const upgrade = v.boxOperation === "upgrade";
      return {
        line: "box",
        operation: v.boxOperation,
        edition: v.boxEdition,
        ...(users > 0 ? { users: users as Box["users"] } : {}),
        ...(upgrade
          ? {
              from: {
                edition: v.boxFromEdition,
                ...(fromUsers > 0 ? { users: fromUsers as Box["users"] } : {}),
              },
              ...(v.boxSourceDate ? { sourcePurchasedAt: v.boxSourceDate } : {}),
            }
          : {}),
        ...common,
      };
    }
    case "cms": {
      const transition = v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24";
      return {
        line: "cms",
        operation: v.cmsOperation,
        ...(v.cmsOperation === "to_bitrix24" ? {} : { edition: v.cmsEdition }),
        ...(transition
          ? {
              // Only «Бизнес» moves to the Bitrix24 shop (п. 4.1.1): the form does not ask.
              from: v.cmsOperation === "to_bitrix24" ? "business" : v.cmsFrom,
              ...(v.cmsSourceDate ? { sourcePurchasedAt: v.cmsSourceDate } : {}),
            }
          : {}),
        ...common,
      };
    }
  }
}

/** The cloud history the form asks, in the request's terms; only what is shown is sent. */
function requestHistory(v: QuoteFormValues): QuoteRequest["history"] {
  const paid = v.paidBefore === "yes";
  type History = NonNullable<QuoteRequest["history"]>;
  return {
    paidBefore: paid,
    currentPlan: v.currentPlan,
    // "" is «не знаю»: the tier is left out and the engine assumes 250 with a warning (п. 8.1).
    ...(v.currentPlan === "enterprise" && v.currentUsers !== ""
      ? { currentUsers: Number.parseInt(v.currentUsers, 10) as History["currentUsers"] }
      : {}),
    ...(paid && v.currentPlan === "free" && v.paidLicenseEndedAt
      ? { paidLicenseEndedAt: v.paidLicenseEndedAt }
      : {}),
    ...(paid ? { monthlyIn2025: v.monthlyIn2025, annualIn2025: v.annualIn2025 } : {}),
  };
}

/** The quote request the form describes (before validation): only the fields on show. */
export function toQuoteRequest(v: QuoteFormValues, catalog: Catalog): QuoteRequest {
  const priced = catalogItemFor(v, catalog);
  const list = priceField(listPriceText(v, priced), priced.item?.price, "цену");
  const boostItem = catalog.byId.get(COPILOT_ITEM_ID);
  const boost = priceField(v.copilotPrice, boostItem?.price, "цену Буста");
  return {
    orderedAt: v.orderedAt,
    ...(v.paidSameTime ? {} : { paidAt: v.paidAt }),
    customer: {
      kind: v.kind,
      resident: v.resident,
      ...(v.kind === "individual" ? { adult: v.adult } : {}),
      purpose: v.purpose,
      ...(v.otherPromotion ? { otherPromotion: true } : {}),
    },
    product: requestProduct(v, list.value, boost.value),
    ...(v.line === "cloud" ? { history: requestHistory(v) } : {}),
  };
}

const FIELD_BY_PATH: Readonly<Record<string, QuoteField>> = {
  orderedAt: "orderedAt",
  paidAt: "paidAt",
  customer: "kind",
  "customer.kind": "kind",
  "customer.resident": "resident",
  "customer.adult": "adult",
  "customer.purpose": "purpose",
  "customer.otherPromotion": "otherPromotion",
  "product.listPrice": "listPrice",
  "product.franchisee": "franchisee",
  "product.plan": "cloudPlan",
  "product.months": "cloudMonths",
  "product.copilotBoost": "copilotBoost",
  "product.copilotBoostListPrice": "copilotPrice",
  history: "paidBefore",
  "history.paidBefore": "paidBefore",
  "history.currentPlan": "currentPlan",
  "history.currentUsers": "currentUsers",
  "history.paidLicenseEndedAt": "paidLicenseEndedAt",
  "history.monthlyIn2025": "monthlyIn2025",
  "history.annualIn2025": "annualIn2025",
};

/** The form field a schema issue belongs to (the schema speaks in request paths). */
function fieldForPath(path: readonly PropertyKey[], v: QuoteFormValues): QuoteField | "form" {
  const key = path.map(String).join(".");
  const direct = FIELD_BY_PATH[key];
  if (direct) return direct;
  const box = v.line === "box";
  const cms = v.line === "cms";
  switch (key) {
    case "product.users":
      if (v.line === "cloud") return "cloudUsers";
      return v.boxEdition === "enterprise" ? "boxEnterpriseUsers" : "boxPortalUsers";
    case "product.operation":
      return box ? "boxOperation" : "cmsOperation";
    case "product.edition":
      return box ? "boxEdition" : "cmsEdition";
    case "product.from":
    case "product.from.edition":
      return box ? "boxFromEdition" : "cmsFrom";
    case "product.from.users":
      return v.boxFromEdition === "enterprise" ? "boxFromEnterpriseUsers" : "boxFromPortalUsers";
    case "product.sourcePurchasedAt":
      return cms ? "cmsSourceDate" : "boxSourceDate";
    default:
      return "form";
  }
}

/**
 * A schema message without its leading «Цена по прайс-листу: »: beside a field (and after its name
 * in the list of errors) the label is already there.
 */
export function withoutLabel(message: string): string {
  const rest = message.replace(/^[^:«»]{1,60}: (?=\p{Ll})/u, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Validates the form with the one request schema (`quoteRequestSchema`) after mapping it to a
 * request, plus what only the form can tell (an empty or malformed price or date); every message
 * is Russian and names the field it belongs to.
 */
export function validateQuoteForm(v: QuoteFormValues, catalog: Catalog): QuoteValidation {
  const errors: QuoteFormErrors = {};
  const add = (field: QuoteField | "form", message: string | undefined) => {
    if (message !== undefined && errors[field] === undefined) errors[field] = message;
  };
  const priced = catalogItemFor(v, catalog);
  if (needsListPrice(v, priced)) {
    add("listPrice", priceField(listPriceText(v, priced), priced.item?.price, "цену").error);
  }
  if (v.line === "cloud" && v.copilotBoost) {
    const boostItem = catalog.byId.get(COPILOT_ITEM_ID);
    add("copilotPrice", priceField(v.copilotPrice, boostItem?.price, "цену Буста").error);
  }
  add("orderedAt", dateField(v.orderedAt, "Укажите дату и время заказа", "15.08.2025 12:00"));
  if (!v.paidSameTime) {
    add("paidAt", dateField(v.paidAt, "Укажите дату и время оплаты", "15.08.2025 12:00"));
  }
  const upgradeDate =
    v.line === "box" && v.boxOperation === "upgrade"
      ? "boxSourceDate"
      : v.line === "cms" && (v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24")
        ? "cmsSourceDate"
        : null;
  if (upgradeDate) add(upgradeDate, dateField(v[upgradeDate], null, "01.03.2025"));
  const parsed = quoteRequestSchema.safeParse(toQuoteRequest(v, catalog));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      add(fieldForPath(issue.path, v), withoutLabel(issue.message));
    }
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { request: valid ? parsed.data : null, errors };
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
