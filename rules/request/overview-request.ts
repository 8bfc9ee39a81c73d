import * as z from "zod/mini";
import { bool, customerSchema, dateTime, historySchema, pushContradictions } from "./quote-request";

/** POST /api/offers: the quote request without `product`, plus the client-level switches. */
export const overviewRequestSchema = z
  .object(
    {
      orderedAt: dateTime("Дата заказа"),
      paidAt: z.optional(dateTime("Дата оплаты")),
      customer: z.object(customerSchema.shape, { error: "Клиент: объект" }),
      history: historySchema,
      /** The client's licenses are «1С-Битрикс: 1С: Франчайзи» (п. 5.13); default false. */
      franchisee: z.optional(bool()),
      /** When the license to upgrade was bought; default 2025-07-23, before 24.07.2025 (rows say `assumedSourceDate`). */
      sourcePurchasedAt: z.optional(dateTime("Дата покупки текущей лицензии")),
    },
    { error: "Тело запроса: JSON-объект" },
  )
  .check(
    // Every offers request prices cloud rows, so the history must be consistent (as for /api/quote).
    z.check(
      (payload) => {
        const v = payload.value as { history?: unknown; orderedAt?: unknown } | null;
        const h = v?.history;
        if (typeof h === "object" && h !== null)
          pushContradictions(h as Record<string, unknown>, payload.issues, v?.orderedAt);
      },
      { when: () => true },
    ),
  );

export type OverviewRequest = z.infer<typeof overviewRequestSchema>;
