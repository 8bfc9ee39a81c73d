import fc from "fast-check";
import { mutatedOverviewBody, mutatedProposalBody, mutatedQuoteBody } from "./mutations";
import {
  validOverviewBody,
  validProposalBody,
  validQuoteBody,
  type FuzzBody,
  type JsonObject,
} from "./valid-bodies";

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
