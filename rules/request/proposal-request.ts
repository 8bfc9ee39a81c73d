import * as z from "zod/mini";
import { isValidBin } from "./bin-check";
import { cleanText, textProblem } from "../text/clean-text";
import { coded } from "./issue-codes";
import {
  cloudHistoryCheck,
  customerSchema,
  dateTime,
  historySchema,
  isRecord,
  productSchema,
} from "./quote-request";
import {
  MAX_PROPOSAL_LINES,
  MAX_PROPOSAL_NUMBER,
  MAX_PROPOSAL_QUANTITY,
  MAX_PROPOSAL_TEXT,
} from "./proposal-limits";

export * from "./proposal-limits";

// Plain text is printed as text, never interpreted, so markup is allowed and shown as typed;
// invisible formatting characters are removed and the text trimmed (rules/text/clean-text);
// control characters (line breaks included) are refused: they would break the printed layout;
// a lone surrogate is not a character and cannot be printed nor put in a file name.

/**
 * A plain-text field of the offer: cleaned, at most 200 characters, one line; a required one
 * that is empty once cleaned (spaces, zero-width characters) is missing.
 */
const text = (what: string, required: boolean) =>
  z
    .pipe(
      z.string({
        error: (issue) =>
          issue.input === undefined ? "Обязательное поле" : `${what}: ожидается строка текста`,
      }),
      z.transform(cleanText),
    )
    .check(
      z.maxLength(MAX_PROPOSAL_TEXT, `${what}: не длиннее ${MAX_PROPOSAL_TEXT} символов`),
      z.refine((s) => textProblem(s) !== "control", {
        error: `${what}: одна строка без управляющих символов`,
        ...coded("invalid_value"),
      }),
      z.refine((s) => textProblem(s) !== "surrogate", {
        error: `${what}: недопустимый символ (одиночный суррогат UTF-16) — наберите текст заново`,
        ...coded("invalid_value"),
      }),
      ...(required ? [z.minLength(1, `${what}: обязательное поле`)] : []),
    );

/** БИН / ИИН: 12 digits with a valid check digit. */
const bin = (what: string) =>
  z.string({ error: `${what}: ожидается строка из 12 цифр` }).check(
    z.refine((s) => /^\d{12}$/.test(s), { error: `${what}: 12 цифр`, ...coded("invalid_bin") }),
    z.refine((s) => !/^\d{12}$/.test(s) || isValidBin(s), {
      error: `${what}: неверная контрольная цифра — проверьте номер`,
      ...coded("invalid_bin"),
    }),
  );

const sellerSchema = z.object(
  {
    company: text("Компания", true),
    bin: z.optional(bin("БИН/ИИН продавца")),
    person: z.optional(text("Контактное лицо", false)),
    phone: z.optional(text("Телефон", false)),
    email: z.optional(text("E-mail", false)),
  },
  { error: "Продавец: объект { company, bin, person, phone, email }" },
);

const clientSchema = z.object(
  {
    name: text("Клиент", true),
    bin: z.optional(bin("БИН/ИИН клиента")),
    contact: z.optional(text("Контакт клиента", false)),
  },
  { error: "Клиент: объект { name, bin, contact }" },
);

const proposalLineSchema = z.object(
  {
    product: productSchema,
    quantity: z
      .int({ error: "Количество: целое число" })
      .check(
        z.gte(1, "Количество: не меньше 1"),
        z.lte(MAX_PROPOSAL_QUANTITY, `Количество: не больше ${MAX_PROPOSAL_QUANTITY}`),
      ),
  },
  { error: "Строка КП: объект { product, quantity }" },
);

/** POST /api/offer and /api/offer.pdf: the client's facts once, seller, client and 1–30 lines. */
export const proposalRequestSchema = z
  .object(
    {
      number: z.optional(
        text("Номер КП", true).check(
          z.maxLength(MAX_PROPOSAL_NUMBER, `Номер КП: не длиннее ${MAX_PROPOSAL_NUMBER} символов`),
        ),
      ),
      issuedAt: z.optional(dateTime("Дата КП")),
      seller: sellerSchema,
      client: clientSchema,
      orderedAt: dateTime("Дата заказа"),
      paidAt: z.optional(dateTime("Дата оплаты")),
      customer: z.object(customerSchema.shape, { error: "Клиент: объект" }),
      history: z.optional(historySchema),
      lines: z
        .array(proposalLineSchema, { error: "Строки КП: массив" })
        .check(
          z.minLength(1, "Добавьте в КП хотя бы одну строку"),
          z.maxLength(MAX_PROPOSAL_LINES, `В КП не больше ${MAX_PROPOSAL_LINES} строк`),
        ),
    },
    { error: "Тело запроса: JSON-объект" },
  )
  .check(
    // As for /api/quote: a cloud line needs a consistent history.
    cloudHistoryCheck(
      (v) =>
        Array.isArray(v.lines) &&
        v.lines.some((l) => isRecord(l) && isRecord(l.product) && l.product.line === "cloud"),
    ),
  );

export type ProposalRequest = z.infer<typeof proposalRequestSchema>;
export type ProposalRequestInput = z.input<typeof proposalRequestSchema>;
