import * as z from "zod/mini";
import { ru as russian } from "../messages/ru";
import type { ContradictionRule } from "../messages/issues";
import { upperFirst } from "../text/case";
import { moveGoesNowhere } from "../vocabulary/moves";
import { coded } from "./issue-codes";
import { parseAstanaInstant } from "../time/astana";
import {
  BOX_EDITIONS,
  BOX_OPERATIONS,
  BOX_SOURCE_EDITIONS,
  BOX_ENTERPRISE_USERS,
  BOX_PORTAL_USERS,
  boxUsersTiers,
  CLOUD_CURRENT_PLANS,
  CLOUD_ENTERPRISE_USERS,
  CLOUD_PLANS,
  CMS_EDITIONS,
  CMS_OPERATIONS,
  CUSTOMER_KINDS,
  MAX_TENGE,
  PURPOSES,
} from "../vocabulary/vocabulary";

type Issue = { input?: unknown };
/** A Russian message for a field: «обязательное поле» when missing, else what is expected. */
const ru = (expected: string) => ({
  error: (issue: Issue) => (issue.input === undefined ? "Обязательное поле" : expected),
});

const YES_NO = "Укажите true или false";

/** A date in one of the contract's three forms, checked by the Astana time parser. */
export const dateTime = (what: string) =>
  z.string(ru(`${what}: ожидается дата ГГГГ-ММ-ДД или дата-время ГГГГ-ММ-ДДTчч:мм:сс`)).check(
    z.maxLength(40, `${what}: слишком длинное значение`),
    z.refine((s) => parseAstanaInstant(s) !== null, {
      error: `${what}: неверная дата. Формат: 2025-08-15, 2025-08-15T10:30:00 (время Астаны) или 2025-08-15T10:30:00+05:00`,
      ...coded("invalid_date"),
    }),
  );

// A number, then whole: a too large whole number (9007199254740993 arrives as a double) is «слишком
// большая сумма», not «не целое число» (z.int() refuses unsafe integers as not whole).
const tenge = (what: string, min: 0 | 1) =>
  z.number(ru(`${what}: целое число тенге`)).check(
    z.refine((n) => Number.isInteger(n), {
      error: `${what}: целое число тенге`,
      ...coded("invalid_type"),
    }),
    min === 1
      ? z.gt(0, `${what}: сумма должна быть больше нуля`)
      : z.gte(0, `${what}: сумма не может быть отрицательной`),
    z.lte(MAX_TENGE, `${what}: слишком большая сумма`),
  );

/** A yes/no field with a Russian message. */
export const bool = () => z.boolean(ru(YES_NO));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, ru(`${what}: одно из значений ${values.join(", ")}`));
const tier = <const T extends readonly [number, ...number[]]>(values: T, what: string) =>
  z.literal(values, ru(`${what}: одно из значений ${values.join(", ")}`));

export const customerSchema = z.object({
  kind: oneOf(CUSTOMER_KINDS, "Кто покупает"),
  resident: bool(),
  adult: z.optional(bool()),
  purpose: oneOf(PURPOSES, "Цель покупки"),
  otherPromotion: z.optional(bool()),
});

const common = {
  listPrice: z.optional(tenge("Цена по прайс-листу", 1)),
  franchisee: z.optional(bool()),
};

export const cloudProductSchema = z.object({
  line: z.literal("cloud"),
  plan: oneOf(CLOUD_PLANS, "Тариф"),
  users: z.optional(tier(CLOUD_ENTERPRISE_USERS, "Пользователей «Энтерпрайз»")),
  months: tier([1, 12], "Срок, месяцев"),
  copilotBoost: z.optional(bool()),
  copilotBoostListPrice: z.optional(tenge("Цена Буста Copilot", 0)),
  ...common,
});

const boxUsers = [...BOX_PORTAL_USERS, ...BOX_ENTERPRISE_USERS] as const;

export const boxProductSchema = z
  .object({
    line: z.literal("box"),
    operation: oneOf(BOX_OPERATIONS, "Операция"),
    edition: oneOf(BOX_EDITIONS, "Редакция"),
    users: z.optional(tier(boxUsers, "Пользователей")),
    from: z.optional(
      z.object(
        {
          edition: oneOf(BOX_SOURCE_EDITIONS, "Текущая редакция"),
          users: z.optional(tier(boxUsers, "Пользователей текущей редакции")),
        },
        ru("Текущая лицензия: объект { edition, users }"),
      ),
    ),
    sourcePurchasedAt: z.optional(dateTime("Дата покупки текущей лицензии")),
    ...common,
  })
  .check(
    z.superRefine((p, ctx) => {
      const tiersOk = (edition: (typeof BOX_EDITIONS)[number], users: number | undefined) =>
        users === undefined || boxUsersTiers(edition).includes(users);
      if (!tiersOk(p.edition, p.users)) {
        const values = boxUsersTiers(p.edition);
        ctx.addIssue({
          code: "custom",
          path: ["users"],
          message: upperFirst(russian.contradictions.users_for_edition(values)),
          ...coded("inconsistent", { rule: "users_for_edition", values }),
        });
      }
      if (p.operation !== "upgrade") return;
      if (!p.from)
        ctx.addIssue({
          code: "custom",
          path: ["from"],
          message: "Укажите текущую редакцию для перехода",
          ...coded("required"),
        });
      else if (!tiersOk(p.from.edition, p.from.users)) {
        const values = boxUsersTiers(p.from.edition);
        ctx.addIssue({
          code: "custom",
          path: ["from", "users"],
          message: upperFirst(russian.contradictions.from_users_for_edition(values)),
          ...coded("inconsistent", { rule: "from_users_for_edition", values }),
        });
      }
      // A move that cannot get the discount needs no date (its answer does not depend on it).
      if (!p.sourcePurchasedAt && !moveGoesNowhere(p)) {
        ctx.addIssue({
          code: "custom",
          path: ["sourcePurchasedAt"],
          message: "Укажите дату покупки текущей лицензии",
          ...coded("required"),
        });
      }
    }),
  );

export const cmsProductSchema = z
  .object({
    line: z.literal("cms"),
    operation: oneOf(CMS_OPERATIONS, "Операция"),
    edition: z.optional(oneOf(CMS_EDITIONS, "Редакция")),
    from: z.optional(oneOf(CMS_EDITIONS, "Текущая редакция")),
    sourcePurchasedAt: z.optional(dateTime("Дата покупки текущей лицензии")),
    ...common,
  })
  .check(
    z.superRefine((p, ctx) => {
      const transition = p.operation === "upgrade" || p.operation === "to_bitrix24";
      if (p.operation !== "to_bitrix24" && !p.edition) {
        ctx.addIssue({
          code: "custom",
          path: ["edition"],
          message: "Укажите редакцию",
          ...coded("required"),
        });
      }
      if (transition && !p.from) {
        ctx.addIssue({
          code: "custom",
          path: ["from"],
          message: "Укажите текущую редакцию для перехода",
          ...coded("required"),
        });
      }
      if (transition && !p.sourcePurchasedAt && !moveGoesNowhere(p)) {
        ctx.addIssue({
          code: "custom",
          path: ["sourcePurchasedAt"],
          message: "Укажите дату покупки текущей лицензии",
          ...coded("required"),
        });
      }
    }),
  );

export const productSchema = z.discriminatedUnion(
  "line",
  [cloudProductSchema, boxProductSchema, cmsProductSchema],
  ru("Продукт: line — cloud, box или cms"),
);

type HistoryShape = {
  paidBefore: boolean;
  currentPlan: string;
  paidLicenseEndedAt?: string | undefined;
  monthlyIn2025?: boolean | undefined;
  annualIn2025?: boolean | undefined;
};

/**
 * Contradictions in a cloud history, as [field, rule]: a client who never paid cannot be on a
 * paid plan, have a paid license that ended, or have bought cloud terms in 2025; a paid license
 * that put the client on «Бесплатный» cannot end after the order. Inconsistent history is invalid
 * input, not a result (interpretation, «Cloud history»). An invalid value is reported by the
 * schema alone, not as a contradiction too.
 */
export function historyContradictions(
  h: Partial<HistoryShape>,
  orderedAt?: unknown,
): [keyof HistoryShape, ContradictionRule][] {
  const found: [keyof HistoryShape, boolean, ContradictionRule][] = [];
  if (h.paidBefore === false) {
    const paidPlan =
      typeof h.currentPlan === "string" &&
      (CLOUD_CURRENT_PLANS as readonly string[]).includes(h.currentPlan) &&
      h.currentPlan !== "none" &&
      h.currentPlan !== "free";
    found.push(
      ["currentPlan", paidPlan, "never_paid_plan"],
      ["paidLicenseEndedAt", h.paidLicenseEndedAt !== undefined, "never_paid_ended"],
      ["monthlyIn2025", h.monthlyIn2025 === true, "never_paid_monthly"],
      ["annualIn2025", h.annualIn2025 === true, "never_paid_annual"],
    );
  } else if (
    h.currentPlan === "free" &&
    typeof h.paidLicenseEndedAt === "string" &&
    typeof orderedAt === "string"
  ) {
    const ended = parseAstanaInstant(h.paidLicenseEndedAt);
    const ordered = parseAstanaInstant(orderedAt);
    found.push([
      "paidLicenseEndedAt",
      ended !== null && ordered !== null && ended > ordered,
      "ended_after_order",
    ]);
  }
  return found.filter(([, failed]) => failed).map(([field, , rule]) => [field, rule]);
}

/** Cloud history (its consistency is checked where it is used: cloud quotes and offers). */
export const historySchema = z.object(
  {
    paidBefore: bool(),
    currentPlan: oneOf(CLOUD_CURRENT_PLANS, "Тариф на портале сейчас"),
    currentUsers: z.optional(tier(CLOUD_ENTERPRISE_USERS, "Пользователей текущего «Энтерпрайз»")),
    paidLicenseEndedAt: z.optional(dateTime("Дата окончания платной лицензии")),
    monthlyIn2025: z.optional(bool()),
    annualIn2025: z.optional(bool()),
  },
  ru("История клиента: объект"),
);

/** A non-null object (possibly an array): a request value worth looking into. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null;

/** Adds an issue at `history.<field>` for every contradiction of a (possibly invalid) history. */
export function pushContradictions(
  history: Record<string, unknown>,
  issues: z.core.$ZodRawIssue[],
  orderedAt?: unknown,
): void {
  for (const [field, rule] of historyContradictions(history, orderedAt)) {
    issues.push({
      code: "custom",
      path: ["history", field],
      message: upperFirst(russian.contradictions[rule]([])),
      input: history[field],
      ...coded("inconsistent", { rule }),
    });
  }
}

/**
 * A cloud product needs a consistent history: an issue at `history` when it is missing, one per
 * contradiction otherwise. Shared by the quote and the offer requests (`value` may be invalid).
 */
function pushCloudHistoryIssues(
  value: Record<string, unknown>,
  issues: z.core.$ZodRawIssue[],
): void {
  if (value.history === undefined) {
    issues.push({
      code: "custom",
      path: ["history"],
      message: "Для облачного тарифа нужна история клиента",
      input: value.history,
      ...coded("required"),
    });
  } else if (isRecord(value.history)) {
    pushContradictions(value.history, issues, value.orderedAt);
  }
}

/**
 * The check that a request with a cloud product (`hasCloud`, given the possibly invalid value)
 * has a consistent history. It runs even when other fields failed, so one answer names every
 * offending field. Shared by the quote and the offer requests.
 */
export const cloudHistoryCheck = (hasCloud: (value: Record<string, unknown>) => boolean) =>
  z.check<unknown>(
    (payload) => {
      const v = payload.value;
      if (isRecord(v) && hasCloud(v)) pushCloudHistoryIssues(v, payload.issues);
    },
    { when: () => true },
  );

/** The one schema of a quote request: the API, the form and the OpenAPI document use it. */
export const quoteRequestSchema = z
  .object(
    {
      orderedAt: dateTime("Дата заказа"),
      paidAt: z.optional(dateTime("Дата оплаты")),
      customer: z.object(customerSchema.shape, ru("Клиент: объект")),
      product: productSchema,
      history: z.optional(historySchema),
    },
    ru("Тело запроса: JSON-объект"),
  )
  .check(cloudHistoryCheck((v) => isRecord(v.product) && v.product.line === "cloud"));

export type QuoteRequest = z.infer<typeof quoteRequestSchema>;
export type CloudProductRequest = z.infer<typeof cloudProductSchema>;
export type BoxProductRequest = z.infer<typeof boxProductSchema>;
export type CmsProductRequest = z.infer<typeof cmsProductSchema>;
export type HistoryRequest = z.infer<typeof historySchema>;
export type CustomerRequest = z.infer<typeof customerSchema>;
