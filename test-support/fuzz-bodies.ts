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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

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

/** Literal JSON texts that no JS value serializes to, or that sit on numeric edges. */
export const RAW_LITERALS = [
  "1e308",
  "-1e308",
  "1e400",
  "-1e400",
  "-0",
  "-0.0",
  "0.0",
  "12.0",
  "1E1",
  "9007199254740993",
  "9007199254740992",
  "-9007199254740993",
  "1000000000001",
  "1000000000000",
  "100000000000000000000000000000",
  "0.1",
  "4.9e-324",
  "5e-325",
  "250.0000000000000001",
] as const;

/** Strings that look like dates of the contract and are not (or barely are). */
export const TRICKY_DATES = [
  "2025-02-30",
  "2025-02-29",
  "2024-02-29",
  "2025-08-15T24:00:00",
  "2025-08-15T23:60:00",
  "2025-08-15T23:59:60",
  "2025-13-01",
  "2025-00-10",
  "2025-08-00",
  "2025-08-32",
  "2025-8-15",
  "25-08-15",
  "2025-08-15T10:30",
  "2025-08-15T10:30:00+15:00",
  "2025-08-15T10:30:00+05:60",
  "2025-08-15T10:30:00-14:00",
  "2025-08-15T10:30:00.1234567890",
  "2025-08-15T10:30:00.123456789+05:00",
  "2025-08-15 10:30:00",
  "2025-08-15t10:30:00z",
  " 2025-08-15",
  "2025-08-15\n",
  "0000-01-01",
  "9999-12-31T23:59:59-14:00",
  "+275760-09-13",
  "-000001-01-01",
  "2025-07-27T23:59:59+05:00",
  "2025-07-28T00:00:00+05:00",
  "2025-08-31T23:59:59+05:00",
  "2025-09-01T00:00:00+05:00",
  "2025-07-23T19:00:00Z",
  "",
  "null",
  "2025-08-15T10:30:00+05:00".repeat(3),
] as const;

/** Unicode-heavy, control and oversized strings. */
const trickyString = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "\uFEFF",
      "\uD800",
      "😀",
      "ё".repeat(100),
      "<script>",
    ),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 4 },
  { arbitrary: fc.integer({ min: 100, max: 30_000 }).map((n) => "я".repeat(n)), weight: 2 },
  // Just over the 64 KiB limit on its own.
  { arbitrary: fc.integer({ min: 65_000, max: 70_000 }).map((n) => "a".repeat(n)), weight: 1 },
);

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

type Mutation =
  | { kind: "drop"; at: number }
  | { kind: "replace"; at: number; value: Json }
  | { kind: "raw"; at: number; raw: string }
  | { kind: "string"; at: number; value: string }
  | { kind: "date"; at: number; value: string }
  | { kind: "proto"; at: number; key: string; value: Json }
  | { kind: "deep"; at: number; depth: number; open: "[" | "{" }
  | { kind: "retype"; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constant("raw" as const),
    at: fc.nat(),
    raw: fc.constantFrom(...RAW_LITERALS),
  }),
  fc.record({ kind: fc.constant("string" as const), at: fc.nat(), value: trickyString }),
  fc.record({
    kind: fc.constant("date" as const),
    at: fc.nat(),
    value: fc.constantFrom(...TRICKY_DATES),
  }),
  fc.record({
    kind: fc.constant("proto" as const),
    at: fc.nat(),
    key: fc.constantFrom(...DANGEROUS_KEYS),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constant("deep" as const),
    at: fc.nat(),
    depth: fc.oneof(
      { arbitrary: fc.integer({ min: 10, max: 3_000 }), weight: 4 },
      { arbitrary: fc.integer({ min: 3_000, max: 15_000 }), weight: 1 },
    ),
    open: fc.constantFrom("[" as const, "{" as const),
  }),
  fc.record({ kind: fc.constant("retype" as const), at: fc.nat() }),
);

interface Slot {
  parent: JsonObject | Json[];
  key: string | number;
}

function slots(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push({ parent: value, key: i });
      slots(item, out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      out.push({ parent: value, key });
      slots(value[key]!, out);
    }
  }
  return out;
}

const sentinel = (n: number) => `\u0000RAW${n}\u0000`;

function retyped(value: Json | undefined): Json {
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : 0;
  if (Array.isArray(value)) return { 0: value[0] ?? null };
  if (value === null) return {};
  return [value ?? null];
}

function setSlot(slot: Slot, value: Json): void {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
}

/** Applies mutations to a copy of a valid body and serializes it (raw literals spliced in). */
export function mutate(body: JsonObject, mutations: readonly Mutation[]): string {
  const root = JSON.parse(JSON.stringify(body)) as JsonObject;
  const raws: string[] = [];
  for (const m of mutations) {
    const all = slots(root);
    const slot = all[m.at % Math.max(all.length, 1)];
    if (!slot) continue;
    const current = (slot.parent as Record<string | number, Json>)[slot.key];
    switch (m.kind) {
      case "drop":
        if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
        else delete slot.parent[slot.key];
        break;
      case "replace":
      case "string":
      case "date":
        setSlot(slot, m.value);
        break;
      case "raw":
        raws.push(m.raw);
        setSlot(slot, sentinel(raws.length - 1));
        break;
      case "deep":
        raws.push(
          m.open === "["
            ? "[".repeat(m.depth) + "]".repeat(m.depth)
            : '{"a":'.repeat(m.depth) + "1" + "}".repeat(m.depth),
        );
        setSlot(slot, sentinel(raws.length - 1));
        break;
      case "retype":
        setSlot(slot, retyped(current));
        break;
      case "proto": {
        // An own "__proto__" key, as JSON.parse makes it, not a prototype change.
        const target =
          current !== null && typeof current === "object" && !Array.isArray(current)
            ? current
            : Array.isArray(slot.parent)
              ? root
              : slot.parent;
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        break;
      }
    }
  }
  let text = JSON.stringify(root);
  raws.forEach((raw, n) => {
    text = text.replace(JSON.stringify(sentinel(n)), raw);
  });
  return text;
}

/** Valid quote bodies with one to three mutations. */
export const mutatedQuoteBody = fc
  .tuple(validQuoteBody, fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
  .map(([body, mutations]) => mutate(body, mutations));

/** Valid offers bodies with one to three mutations. */
export const mutatedOverviewBody = fc
  .tuple(validOverviewBody, fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
  .map(([body, mutations]) => mutate(body, mutations));

/** Valid offer bodies with one to three mutations. */
export const mutatedProposalBody = fc
  .tuple(validProposalBody, fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
  .map(([body, mutations]) => mutate(body, mutations));

/** `fc.anything()` serialized as far as JSON allows (undefined and the like become text). */
export const anythingText = fc
  .anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true })
  .map((value) => {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  });

const JSON_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "Application/JSON;charset=UTF-8",
  " application/json ",
];
const OTHER_TYPES = [
  null,
  "",
  "text/plain",
  "text/json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/jsonp",
  "application/json-patch+json",
  "application/vnd.api+json",
  "json",
  "application/*",
  "*/*",
];

/** Raw bodies: random bytes, truncated JSON, oversize bodies, every kind of content type. */
export const rawBody: fc.Arbitrary<FuzzBody> = fc.oneof(
  fc
    .tuple(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(...JSON_TYPES, ...OTHER_TYPES))
    .map(([bytes, contentType]) => ({ kind: "raw-bytes", contentType, body: bytes })),
  fc
    .tuple(validQuoteBody, fc.nat(), fc.constantFrom(...JSON_TYPES))
    .map(([body, cut, contentType]) => {
      const text = JSON.stringify(body);
      return { kind: "truncated", contentType, body: text.slice(0, cut % text.length) };
    }),
  fc.tuple(validQuoteBody, fc.constantFrom(...OTHER_TYPES)).map(([body, contentType]) => ({
    kind: "wrong-type",
    contentType,
    body: JSON.stringify(body),
  })),
  fc
    .tuple(validQuoteBody, fc.integer({ min: 65_400, max: 70_000 }), fc.constantFrom(...JSON_TYPES))
    .map(([body, size, contentType]) => {
      // Padded with spaces: still valid JSON, so only the size decides 200 or 413.
      const text = JSON.stringify(body);
      return {
        kind: "size-edge",
        contentType,
        body: text + " ".repeat(Math.max(0, size - text.length)),
      };
    }),
  fc.tuple(validQuoteBody, fc.constantFrom(...JSON_TYPES)).map(([body, contentType]) => ({
    kind: "bom-latin1",
    contentType,
    // Latin-1 bytes of Cyrillic text are invalid UTF-8; a leading BOM is tolerated.
    body: Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify({ ...body, note: "Привет" }), "latin1"),
    ]),
  })),
);

/** Every generator of quote bodies, tagged, for the HTTP fuzz. */
export function quoteBodies(seed: number, counts: Record<string, number>): FuzzBody[] {
  const json = (kind: string, arb: fc.Arbitrary<string>): fc.Arbitrary<FuzzBody> =>
    arb.map((body) => ({ kind, contentType: "application/json", body }));
  const arbs: Record<string, fc.Arbitrary<FuzzBody>> = {
    valid: json(
      "valid",
      validQuoteBody.map((b) => JSON.stringify(b)),
    ),
    mutated: json("mutated", mutatedQuoteBody),
    jsonValue: json(
      "jsonValue",
      fc.jsonValue().map((v) => JSON.stringify(v)),
    ),
    json: json("json", fc.json()),
    anything: json("anything", anythingText),
    raw: rawBody,
  };
  return Object.entries(counts).flatMap(([kind, n], i) =>
    fc.sample(arbs[kind]!, { seed: seed + i, numRuns: n }),
  );
}

/** Valid and mutated bodies of one endpoint for the HTTP fuzz, tagged `<kind>-valid` / `<kind>-mutated`. */
function validAndMutated(
  kind: string,
  validArb: fc.Arbitrary<JsonObject>,
  mutatedArb: fc.Arbitrary<string>,
  seed: number,
  valid: number,
  mutated: number,
): FuzzBody[] {
  return [
    ...fc.sample(validArb, { seed, numRuns: valid }).map((b) => ({
      kind: `${kind}-valid`,
      contentType: "application/json",
      body: JSON.stringify(b),
    })),
    ...fc
      .sample(mutatedArb, { seed: seed + 1, numRuns: mutated })
      .map((body) => ({ kind: `${kind}-mutated`, contentType: "application/json", body })),
  ];
}

/** One line or item of a batch: valid, mutated, or any JSON text (a mutated one may not parse). */
const batchItemText = fc.oneof(
  { weight: 4, arbitrary: validQuoteBody.map((b) => JSON.stringify(b)) },
  { weight: 4, arbitrary: mutatedQuoteBody },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: anythingText },
);

/** A JSON batch, an NDJSON stream, or a body around them that is wrong as a whole. */
export const batchBody: fc.Arbitrary<FuzzBody> = fc.oneof(
  fc.array(batchItemText, { minLength: 1, maxLength: 40 }).map((items) => ({
    kind: "batch-json",
    contentType: "application/json",
    // Items that are not JSON would make the whole body not JSON: 400, tried below anyway.
    body: `{"requests":[${items.filter((t) => isJson(t)).join(",") || "{}"}]}`,
  })),
  fc
    .tuple(
      fc.array(batchItemText, { minLength: 1, maxLength: 40 }),
      fc.constantFrom("\n", "\r\n"),
      fc.boolean(),
    )
    .map(([lines, newline, trailing]) => ({
      kind: "batch-ndjson",
      contentType: "application/x-ndjson",
      body: lines.map((l) => l.replace(/[\r\n]/g, " ")).join(newline) + (trailing ? newline : ""),
    })),
  fc.array(batchItemText, { maxLength: 5 }).map((items) => ({
    kind: "batch-envelope",
    contentType: "application/json",
    body: JSON.stringify({ items }),
  })),
  fc.jsonValue().map((requests) => ({
    kind: "batch-envelope",
    contentType: "application/json",
    body: JSON.stringify({ requests }),
  })),
  fc
    .tuple(
      fc.uint8Array({ maxLength: 300 }),
      fc.constantFrom("application/x-ndjson", ...JSON_TYPES),
    )
    .map(([bytes, contentType]) => ({ kind: "batch-raw", contentType, body: bytes })),
);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Bodies for POST /api/quotes, from a fixed seed. */
export function batchBodies(seed: number, count: number): FuzzBody[] {
  return fc.sample(batchBody, { seed, numRuns: count });
}

/** Valid and mutated offers bodies for the HTTP fuzz. */
export function overviewBodies(seed: number, valid: number, mutated: number): FuzzBody[] {
  return validAndMutated("offers", validOverviewBody, mutatedOverviewBody, seed, valid, mutated);
}

/** Valid and mutated commercial offer bodies for the HTTP fuzz. */
export function proposalBodies(seed: number, valid: number, mutated: number): FuzzBody[] {
  return validAndMutated("offer", validProposalBody, mutatedProposalBody, seed, valid, mutated);
}
