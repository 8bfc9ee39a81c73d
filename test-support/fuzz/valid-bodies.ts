import fc from "fast-check";
import {
  BOX_EDITIONS,
  BOX_OPERATIONS,
  BOX_SOURCE_EDITIONS,
  binCheckDigit,
  boxUsersTiers,
  CLOUD_CURRENT_PLANS,
  CLOUD_ENTERPRISE_USERS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  CMS_OPERATIONS,
  CUSTOMER_KINDS,
  PURPOSES,
} from "@/rules";

// Test-only generators of request bodies for the API fuzz tests (vitest and Playwright share
// them). Never imported by application code.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A request body as sent over the wire. */
export interface FuzzBody {
  /** Which generator made it, for the histogram. */
  kind: string;
  contentType: string | null;
  body: string | Uint8Array;
}

const astana = (ms: number) => {
  const d = new Date(ms + 5 * 3_600_000);
  return d.toISOString().slice(0, 19);
};

/** A date in one of the contract's forms between `min` and `max` (UTC milliseconds). */
const dateBetween = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.constantFrom("date", "local", "offset", "utc"))
    .map(([ms, form]) => {
      const local = astana(ms);
      if (form === "date") return local.slice(0, 10);
      if (form === "local") return local;
      if (form === "offset") return `${local}+05:00`;
      return `${new Date(ms).toISOString().slice(0, 19)}Z`;
    });

/** A date mostly around the promotion (январь–сентябрь 2025). */
const dateArb = dateBetween(Date.UTC(2025, 0, 1), Date.UTC(2025, 9, 1));
/** When a paid license ended: before any order date `dateArb` gives (a later end is invalid). */
const endedArb = dateBetween(Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31));

type Model = Record<string, fc.Arbitrary<unknown>>;

/** A record whose `optional` keys are each present or absent. */
const withOptional = (required: Model, optional: Model = {}): fc.Arbitrary<JsonObject> =>
  fc
    .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }))
    .map(([a, b]) => ({ ...a, ...b }) as JsonObject);

const money = fc.oneof(fc.integer({ min: 1, max: 50_000_000 }), fc.constant(1_000_000_000_000));

const customerArb = withOptional(
  {
    kind: fc.constantFrom(...CUSTOMER_KINDS),
    resident: fc.boolean(),
    purpose: fc.constantFrom(...PURPOSES),
  },
  { adult: fc.boolean(), otherPromotion: fc.boolean() },
);

// Consistent by construction: a client who never paid is on no plan or on «Бесплатный».
const historyArb = fc.boolean().chain((paidBefore) =>
  paidBefore
    ? withOptional(
        { paidBefore: fc.constant(true), currentPlan: fc.constantFrom(...CLOUD_CURRENT_PLANS) },
        {
          currentUsers: fc.constantFrom(...CLOUD_ENTERPRISE_USERS),
          paidLicenseEndedAt: endedArb,
          monthlyIn2025: fc.boolean(),
          annualIn2025: fc.boolean(),
        },
      )
    : withOptional(
        { paidBefore: fc.constant(false), currentPlan: fc.constantFrom("none", "free") },
        { monthlyIn2025: fc.constant(false), annualIn2025: fc.constant(false) },
      ),
);

const common = { listPrice: money, franchisee: fc.boolean() };

const cloudArb = fc.constantFrom(...CLOUD_PLANS).chain((plan) =>
  withOptional(
    { line: fc.constant("cloud"), plan: fc.constant(plan), months: fc.constantFrom(1, 12) },
    {
      ...(plan === "enterprise" ? { users: fc.constantFrom(...CLOUD_ENTERPRISE_USERS) } : {}),
      copilotBoost: fc.boolean(),
      copilotBoostListPrice: fc.integer({ min: 0, max: 5_000_000 }),
      ...common,
    },
  ),
);

const tierOf = (edition: (typeof BOX_EDITIONS)[number]): Model => {
  const tiers = boxUsersTiers(edition);
  return tiers.length ? { users: fc.constantFrom(...tiers) } : {};
};

const boxArb = fc
  .tuple(
    fc.constantFrom(...BOX_OPERATIONS),
    fc.constantFrom(...BOX_EDITIONS),
    fc.constantFrom(...BOX_SOURCE_EDITIONS),
  )
  .chain(([operation, edition, fromEdition]) =>
    withOptional(
      {
        line: fc.constant("box"),
        operation: fc.constant(operation),
        edition: fc.constant(edition),
        ...(operation === "upgrade"
          ? {
              from: withOptional({ edition: fc.constant(fromEdition) }, tierOf(fromEdition)),
              sourcePurchasedAt: dateArb,
            }
          : {}),
      },
      { ...tierOf(edition), ...common },
    ),
  );

const cmsArb = fc.constantFrom(...CMS_OPERATIONS).chain((operation) =>
  withOptional(
    {
      line: fc.constant("cms"),
      operation: fc.constant(operation),
      ...(operation === "to_bitrix24" ? {} : { edition: fc.constantFrom(...CMS_EDITIONS) }),
      ...(operation === "upgrade" || operation === "to_bitrix24"
        ? { from: fc.constantFrom(...CMS_EDITIONS), sourcePurchasedAt: dateArb }
        : {}),
    },
    common,
  ),
);

/** A quote request the schema accepts (cloud requests always carry a consistent history). */
export const validQuoteBody: fc.Arbitrary<JsonObject> = fc
  .tuple(
    withOptional(
      { orderedAt: dateArb, customer: customerArb, product: fc.oneof(cloudArb, boxArb, cmsArb) },
      { paidAt: dateArb },
    ),
    historyArb,
    fc.boolean(),
  )
  .map(([body, history, withHistory]) =>
    (body.product as JsonObject).line === "cloud" || withHistory ? { ...body, history } : body,
  );

/** An offers request the schema accepts. */
export const validOverviewBody: fc.Arbitrary<JsonObject> = withOptional(
  { orderedAt: dateArb, customer: customerArb, history: historyArb },
  { paidAt: dateArb, franchisee: fc.boolean(), sourcePurchasedAt: dateArb },
);

/** A БИН/ИИН with a valid check digit. */
const binArb = fc
  .stringMatching(/^\d{11}$/)
  .map((first11) => [first11, binCheckDigit(first11)] as const)
  .filter(([, digit]) => digit !== null)
  .map(([first11, digit]) => `${first11}${digit}`);

/** Plain text an offer accepts: Cyrillic, quotes, markup, up to 200 characters. */
const proposalText = fc.oneof(
  fc.constantFrom(
    "ТОО «Партнёр»",
    "ИП Иванов",
    "<script>alert(1)</script>",
    'A & B "C"',
    "Ё".repeat(200),
  ),
  fc
    .string({ minLength: 1, maxLength: 60, unit: "grapheme" })
    .filter((t) => t.trim() !== "" && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(t)),
);

/** A commercial offer request the schema accepts (a cloud line always brings a history). */
export const validProposalBody: fc.Arbitrary<JsonObject> = fc
  .tuple(
    withOptional(
      {
        seller: withOptional(
          { company: proposalText },
          { bin: binArb, person: proposalText, phone: proposalText, email: proposalText },
        ),
        client: withOptional({ name: proposalText }, { bin: binArb, contact: proposalText }),
        orderedAt: dateArb,
        customer: customerArb,
        lines: fc.array(
          fc.record({
            product: fc.oneof(cloudArb, boxArb, cmsArb),
            quantity: fc.integer({ min: 1, max: 100 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      },
      {
        number: proposalText.map((t) => t.slice(0, 40)).filter((t) => t.trim() !== ""),
        issuedAt: dateArb,
        paidAt: dateArb,
      },
    ),
    historyArb,
  )
  .map(([body, history]) => ({ ...body, history }));
