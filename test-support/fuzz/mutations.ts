import fc from "fast-check";
import { RAW_LITERALS, TRICKY_DATES, trickyString } from "./tricky-values";
import {
  validOverviewBody,
  validProposalBody,
  validQuoteBody,
  type Json,
  type JsonObject,
} from "./valid-bodies";

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
