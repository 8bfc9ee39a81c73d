import * as z from "zod/mini";
import {
  DISCOUNT_PERCENTS,
  DOCUMENT_LANGUAGES,
  ISSUE_CODES,
  priceListSchema,
  productSchema,
  REASON_CODES,
  REWARD_IDS,
} from "@/rules";
import { API_ERROR_CODES } from "./errors";

// Mirrors of the rules library's result types (`QuoteResult` and friends) as zod schemas: the
// OpenAPI document is generated from them and the tests validate real responses with them.
// Cross-field refinements are invisible in JSON Schema but enforced wherever these parse.

const tenge = z.int().check(z.gte(0));
const clause = z.string().check(z.minLength(1));
const text = z.string().check(z.minLength(1));
const reasonCode = z.enum(REASON_CODES);

const remarkSchema = z.object({ code: z.string().check(z.minLength(1)), clause, text });

const reasonSchema = z.object({ code: reasonCode, clause, clauses: z.array(clause), text });

const decisionSchema = z.object({
  check: z.string().check(z.minLength(1)),
  title: text,
  passed: z.boolean(),
  code: z.nullable(reasonCode),
  clause,
  clauses: z.array(clause),
  text,
});

const bonusSchema = z
  .object({
    reward: z.literal("copilot"),
    clause: z.literal("4.1.6"),
    listPrice: tenge,
    discount: tenge,
    promoPrice: tenge,
  })
  .check(
    z.refine((b) => b.promoPrice <= b.listPrice && b.discount === b.listPrice - b.promoPrice, {
      error: "bonus: promoPrice ≤ listPrice и discount = listPrice − promoPrice",
    }),
  );

const priceSourceSchema = z.object({
  catalog: z.string(),
  asOf: z.string(),
  overridden: z.boolean(),
  catalogId: z.string(),
  itemId: z.nullable(z.string()),
  title: z.nullable(z.string()),
  reference: z.boolean(),
  /** Added: whose price it is (`manual` when the request gave `listPrice`). */
  kind: z.enum(["official", "example", "manual"]),
});

const quoteFields = {
  promotion: z.object({
    id: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
  }),
  eligible: z.boolean(),
  reward: z.nullable(z.enum(REWARD_IDS)),
  clauses: z.array(clause),
  currency: z.literal("KZT"),
  listPrice: tenge,
  discountPercent: z.literal(DISCOUNT_PERCENTS),
  discount: tenge,
  promoPrice: tenge,
  bonus: z.nullable(bonusSchema),
  total: tenge,
  summary: text,
  reasons: z.array(reasonSchema),
  warnings: z.array(remarkSchema),
  notes: z.array(remarkSchema),
  priceSource: priceSourceSchema,
  checks: z.array(decisionSchema),
};

type QuoteFields = z.output<z.ZodMiniObject<typeof quoteFields>>;

/** The contract's invariants between fields of a quote (money and eligibility). */
const consistent = z.superRefine((q: QuoteFields, ctx) => {
  const rules: [boolean, string][] = [
    [q.promoPrice <= q.listPrice, "promoPrice ≤ listPrice"],
    [q.discount === q.listPrice - q.promoPrice, "discount = listPrice − promoPrice"],
    [
      q.total === q.promoPrice + (q.bonus?.promoPrice ?? 0),
      "total = promoPrice + bonus.promoPrice",
    ],
    [q.eligible === (q.reward !== null), "reward есть тогда и только тогда, когда eligible"],
    [!q.eligible || q.reasons.length === 0, "у eligible нет reasons"],
    [q.eligible || q.reasons.length > 0, "у не eligible есть хотя бы одна причина"],
    [q.eligible || q.discountPercent === 0, "у не eligible discountPercent = 0"],
    [q.eligible || q.bonus === null, "у не eligible нет бонуса"],
  ];
  for (const [holds, message] of rules) if (!holds) ctx.addIssue({ code: "custom", message });
});

/** POST /api/quote → 200: the contract's response plus `checks` (every condition checked). */
export const quoteResponseSchema = z.object(quoteFields).check(consistent);

/** One row of POST /api/offers: a quote response plus the row's product. */
export const overviewRowSchema = z
  .object({ ...quoteFields, product: productSchema })
  .check(consistent);

/** POST /api/offers → 200: one row per catalog product. */
export const overviewResponseSchema = z.array(overviewRowSchema);

const amountsSchema = z.object({ list: tenge, discount: tenge, total: tenge });
const tiyn = z.string().check(z.regex(/^\d+\.\d{2}$/));

/**
 * The offer's VAT: `mode` null when neither the request nor the price list says (then every field
 * is null and the answer warns `vat_unknown`); `none`: rate null, amount "0.00".
 */
const vatSchema = z
  .object({
    mode: z.nullable(z.enum(["included", "excluded", "none"])),
    rate: z.nullable(z.number().check(z.gte(0), z.lte(100))),
    amount: z.nullable(tiyn),
    totalWithVat: z.nullable(tiyn),
  })
  .check(
    z.refine(
      (v) =>
        v.mode === null
          ? v.rate === null && v.amount === null && v.totalWithVat === null
          : v.amount !== null &&
            v.totalWithVat !== null &&
            (v.rate === null) === (v.mode === "none"),
      { error: "vat: всё null при неизвестном НДС; суммы при известном; ставка, кроме none" },
    ),
  );
const optionalText = z.optional(z.string());

/** POST /api/offer → 200: the priced offer; each line's `quote` is the /api/quote answer. */
export const proposalResponseSchema = z
  .object({
    number: text,
    issuedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    validUntil: z.string(),
    seller: z.object({
      company: text,
      bin: optionalText,
      address: optionalText,
      iban: optionalText,
      bik: optionalText,
      bank: optionalText,
      kbe: optionalText,
      director: optionalText,
      directorTitle: optionalText,
      person: optionalText,
      phone: optionalText,
      email: optionalText,
    }),
    client: z.object({
      name: text,
      bin: optionalText,
      address: optionalText,
      contact: optionalText,
    }),
    lines: z.array(
      z.object({
        product: productSchema,
        quantity: z.int().check(z.gte(1), z.lte(100)),
        quote: quoteResponseSchema,
        lineTotal: tenge,
        lineList: tenge,
        lineDiscount: tenge,
      }),
    ),
    totals: amountsSchema,
    vatIncluded: z.nullable(z.boolean()),
    priceSource: z.object({
      kind: z.enum(["example", "official", "manual"]),
      title: z.string(),
      asOf: z.string(),
    }),
    vat: vatSchema,
    language: z.enum(DOCUMENT_LANGUAGES),
    totalInWords: text,
    warnings: z.array(remarkSchema),
  })
  .check(
    z.superRefine((o, ctx) => {
      const sum = (f: (l: (typeof o.lines)[number]) => number) =>
        o.lines.reduce((a, l) => a + f(l), 0);
      const rules: [boolean, string][] = [
        [
          o.lines.every((l) => l.lineTotal === l.quote.total * l.quantity),
          "lineTotal = quote.total × quantity",
        ],
        [o.totals.total === sum((l) => l.lineTotal), "totals.total = сумма lineTotal"],
        [o.totals.list === sum((l) => l.lineList), "totals.list = сумма lineList"],
        [o.totals.list - o.totals.discount === o.totals.total, "list − discount = total"],
      ];
      for (const [holds, message] of rules) if (!holds) ctx.addIssue({ code: "custom", message });
    }),
  );

/** Every error body of the contract. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: text,
    issues: z.array(z.object({ path: z.string(), code: z.enum(ISSUE_CODES), message: text })),
  }),
});

/** POST /api/quotes: one entry of the answer, a quote or that item's own error. */
export const batchResultSchema = z.union([
  z.object({ index: z.int().check(z.gte(0)), status: z.literal(200), quote: quoteResponseSchema }),
  z.object({
    index: z.int().check(z.gte(0)),
    status: z.literal([400, 413, 422]),
    error: errorBodySchema.shape.error,
  }),
]);

/** POST /api/quotes (application/json) → 200. */
export const batchResponseSchema = z.object({
  results: z.array(batchResultSchema),
  summary: z.object({
    total: z.int().check(z.gte(0)),
    eligible: z.int().check(z.gte(0)),
    notEligible: z.int().check(z.gte(0)),
    invalid: z.int().check(z.gte(0)),
  }),
});

/** GET /api/health → 200. */
export const healthResponseSchema = z.object({
  status: z.literal("ok"),
  promotion: z.string(),
  catalog: z.string(),
});

/** GET /api/prices → 200: the price list in use, plus where it came from. */
export const pricesResponseSchema = z.extend(priceListSchema, {
  loadedFrom: z.enum(["example", "file"]),
});

export type QuoteResponse = z.output<typeof quoteResponseSchema>;
export type ProposalResponse = z.output<typeof proposalResponseSchema>;
export type OverviewRowResponse = z.output<typeof overviewRowSchema>;
export type ErrorBody = z.output<typeof errorBodySchema>;
export type BatchResponse = z.output<typeof batchResponseSchema>;
export type HealthResponse = z.output<typeof healthResponseSchema>;
