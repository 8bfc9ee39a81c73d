// fast-check arbitraries of VALID quote requests: all three lines, every operation, edition,
// tier and history combination, dates around every boundary, in every form of the contract.
import fc from "fast-check";
import { T } from "./spec-model";

type Json = Record<string, unknown>;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const OFFSET = 5 * HOUR;

// ---------- dates: instants near every boundary, rendered in any of the contract's forms ----------

const near = (boundary: number) =>
  fc
    .constantFrom(0, -1, 1, -1000, 1000, -HOUR, HOUR, -DAY, DAY, -7 * DAY, 7 * DAY)
    .map((delta) => boundary + delta);
/** Any instant around the promotion, weighted to every boundary. */
export const instantArb = fc.oneof(
  near(T.start),
  near(T.endExclusive),
  near(T.sourceBefore),
  near(T.cloudEndedBefore),
  near(T.historyFrom),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
  // Astana midnights, so the date-only form appears too.
  fc.integer({ min: -200, max: 200 }).map((d) => T.start + d * DAY),
);

/** Order and payment dates: mostly inside the window, often at its edges, sometimes anywhere. */
const orderArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: T.start, max: T.endExclusive - 1 }) },
  { weight: 2, arbitrary: fc.oneof(near(T.start), near(T.endExclusive)) },
  { weight: 1, arbitrary: instantArb },
);
/** Source licenses: around 24.07.2025 or long before it. */
const sourceArb = fc.oneof(
  { weight: 2, arbitrary: near(T.sourceBefore) },
  { weight: 2, arbitrary: fc.integer({ min: Date.UTC(2020, 0, 1), max: T.sourceBefore - 1 }) },
  { weight: 1, arbitrary: instantArb },
);
/** End of a paid cloud license: around 30.06.2025, before it, or after it. */
const endedArb = fc.oneof(
  { weight: 2, arbitrary: near(T.cloudEndedBefore) },
  { weight: 1, arbitrary: fc.integer({ min: Date.UTC(2022, 0, 1), max: T.start - 1 }) },
  { weight: 1, arbitrary: instantArb },
);

export type Form = "Z" | "+05:00" | "local" | "other";
/** Renders an instant; «other» uses a non-Astana offset. Date-only when it is an Astana midnight. */
export function render(instant: number, form: Form, dateOnlyIfMidnight: boolean): string {
  const wall = (offsetMs: number) => {
    const iso = new Date(instant + offsetMs).toISOString().slice(0, 23); // YYYY-MM-DDTHH:MM:SS.mmm
    return iso.endsWith(".000") ? iso.slice(0, 19) : iso;
  };
  if (dateOnlyIfMidnight && (instant + OFFSET) % DAY === 0 && form !== "Z" && form !== "other") {
    return new Date(instant + OFFSET).toISOString().slice(0, 10);
  }
  if (form === "Z") return `${wall(0)}Z`;
  if (form === "+05:00") return `${wall(OFFSET)}+05:00`;
  if (form === "local") return wall(OFFSET);
  return `${wall(-3 * HOUR - 30 * 60_000)}-03:30`;
}

// ---------- the request model: instants kept apart so every form can be rendered ----------

export interface Spec {
  orderedAt: number;
  paidAt: number | null;
  customer: Json;
  product: Json;
  sourcePurchasedAt: number | null;
  history: Json | null;
  paidLicenseEndedAt: number | null;
}

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
export const strip = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const anyCustomerArb = fc
  .record({
    kind: fc.constantFrom("legal_entity", "sole_proprietor", "individual"),
    resident: fc.boolean(),
    adult: opt(fc.boolean()),
    purpose: fc.constantFrom("business", "business", "business", "personal"),
    otherPromotion: opt(fc.boolean()),
  })
  .map(strip);
/** Mostly a customer who qualifies, so product rules are reached with nothing else failing. */
const customerArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        kind: fc.constantFrom("legal_entity", "sole_proprietor", "individual"),
        resident: fc.constant(true),
        adult: opt(fc.constant(true)),
        purpose: fc.constant("business"),
        otherPromotion: opt(fc.constant(false)),
      })
      .map(strip),
  },
  { weight: 1, arbitrary: anyCustomerArb },
);

export const money = fc.integer({ min: 1, max: 5_000_000 });
const common = {
  listPrice: opt(money),
  franchisee: opt(fc.constantFrom(false, false, false, false, false, true)),
};

const CLOUD_TIERS = [250, 500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000];
const cloudArb = fc
  .record({
    plan: fc.constantFrom("basic", "standard", "professional", "enterprise"),
    users: opt(fc.constantFrom(...CLOUD_TIERS)),
    months: fc.constantFrom(12, 12, 1),
    copilotBoost: opt(fc.boolean()),
    copilotBoostListPrice: opt(fc.integer({ min: 0, max: 2_000_000 })),
    ...common,
  })
  .map((p) => strip({ line: "cloud", ...p, users: p.plan === "enterprise" ? p.users : undefined }));

const historyArb = fc.oneof(
  fc.record({
    paidBefore: fc.constant(false),
    currentPlan: fc.constantFrom("none", "free"),
    monthlyIn2025: opt(fc.constant(false)),
    annualIn2025: opt(fc.constant(false)),
    ended: fc.constant(null),
  }),
  fc.record({
    paidBefore: fc.constant(true),
    currentPlan: fc.constantFrom("free", "free", "basic", "standard", "professional", "enterprise"),
    currentUsers: fc.constantFrom(...CLOUD_TIERS),
    monthlyIn2025: opt(fc.boolean()),
    annualIn2025: opt(fc.boolean()),
    ended: fc.option(endedArb, { nil: null }),
  }),
);

const BOX_TIERS: Record<string, number[]> = {
  shop_crm: [],
  corporate_portal: [50, 100, 250, 500],
  enterprise: [1000, 2000, 3000, 5000],
  sip_connector: [],
};
const boxLicenseArb = (editions: string[]) =>
  fc
    .constantFrom(...editions)
    .chain((edition) =>
      fc.record({
        edition: fc.constant(edition),
        users: BOX_TIERS[edition]!.length
          ? opt(fc.constantFrom(...BOX_TIERS[edition]!))
          : fc.constant(undefined),
      }),
    )
    .map(strip);
const boxArb = fc
  .record({
    operation: fc.constantFrom("purchase", "upgrade", "renewal"),
    target: boxLicenseArb(["shop_crm", "corporate_portal", "enterprise", "sip_connector"]),
    from: boxLicenseArb(["shop_crm", "corporate_portal", "enterprise"]),
    ...common,
  })
  .map(({ operation, target, from, ...rest }) =>
    strip({
      line: "box",
      operation,
      ...target,
      ...(operation === "upgrade" ? { from } : {}),
      ...rest,
    }),
  );

const CMS = ["start", "standard", "small_business", "business", "enterprise"];
const cmsArb = fc
  .record({
    operation: fc.constantFrom("purchase", "upgrade", "renewal", "to_bitrix24"),
    edition: fc.constantFrom(...CMS),
    from: fc.constantFrom(...CMS, "business"),
    ...common,
  })
  .map(({ operation, edition, from, ...rest }) =>
    strip({
      line: "cms",
      operation,
      edition: operation === "to_bitrix24" ? undefined : edition,
      from: operation === "upgrade" || operation === "to_bitrix24" ? from : undefined,
      ...rest,
    }),
  );

export const specArb: fc.Arbitrary<Spec> = fc
  .record({
    orderedAt: orderArb,
    paidAt: fc.option(orderArb, { nil: null }),
    customer: customerArb,
    product: fc.oneof(cloudArb, boxArb, cmsArb),
    source: sourceArb,
    history: historyArb,
  })
  .map(({ orderedAt, paidAt, customer, product, source, history }) => {
    const transition = product.operation === "upgrade" || product.operation === "to_bitrix24";
    const { ended, currentUsers, ...h } = history as Json & { ended: number | null };
    return {
      orderedAt,
      paidAt,
      customer,
      product,
      sourcePurchasedAt: transition ? source : null,
      history:
        product.line === "cloud"
          ? strip({ ...h, currentUsers: h.currentPlan === "enterprise" ? currentUsers : undefined })
          : null,
      // A license that put the client on «Бесплатный» ended by the order (else the request is invalid).
      paidLicenseEndedAt:
        product.line === "cloud" && ended !== null ? Math.min(ended, orderedAt) : null,
    };
  });

/** The JSON body of a spec, every date written in `form`. */
export function toBody(spec: Spec, form: Form, dateOnly = true): Json {
  const d = (t: number) => render(t, form, dateOnly);
  return strip({
    orderedAt: d(spec.orderedAt),
    paidAt: spec.paidAt === null ? undefined : d(spec.paidAt),
    customer: spec.customer,
    product: strip({
      ...spec.product,
      sourcePurchasedAt: spec.sourcePurchasedAt === null ? undefined : d(spec.sourcePurchasedAt),
    }),
    history:
      spec.history === null
        ? undefined
        : strip({
            ...spec.history,
            paidLicenseEndedAt:
              spec.paidLicenseEndedAt === null ? undefined : d(spec.paidLicenseEndedAt),
          }),
  });
}

export const formArb = fc.constantFrom<Form>("Z", "+05:00", "local", "other");
