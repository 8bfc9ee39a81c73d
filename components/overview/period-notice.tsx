import {
  formatAstanaDate,
  formatAstanaDateTime,
  parseAstanaInstant,
  promoState,
  toAstanaIso,
  type Promotion,
} from "@/rules";
import { overviewHref, type OverviewForm } from "@/lib/overview/overview-url";

/** Whether the order date is outside the promotion: `PeriodNotice` then says so. */
export function orderedOutsidePeriod(form: OverviewForm, promotion: Promotion): boolean {
  const orderedAt = form.request ? parseAstanaInstant(form.request.orderedAt) : null;
  return orderedAt !== null && promoState(promotion, orderedAt).phase !== "during";
}

/**
 * When the order date is outside the promotion, says so and offers the same answers on the
 * promotion's first day. The default order date is today: a made-up date inside the period would
 * show discounts a client can no longer get.
 */
export function PeriodNotice({ form, promotion }: { form: OverviewForm; promotion: Promotion }) {
  const orderedAt = form.request ? parseAstanaInstant(form.request.orderedAt) : null;
  if (orderedAt === null) return null;
  const state = promoState(promotion, orderedAt);
  if (state.phase === "during") return null;
  const firstDay = toAstanaIso(promotion.start).slice(0, 10);
  const headline =
    state.phase === "after"
      ? `Акция завершилась ${formatAstanaDate(promotion.endExclusive - 1)}`
      : `Акция начнётся ${formatAstanaDate(promotion.start)}`;
  return (
    <div className="mt-4 rounded-lg border border-amber-600 bg-amber-50 p-4">
      <p className="font-semibold">{headline}</p>
      <p className="mt-1">
        Дата заказа {formatAstanaDateTime(orderedAt)}
        {form.orderedAtDefaulted ? " (сегодня)" : ""} — вне срока акции, поэтому скидки по ней не
        положены (п. 2.1, 5.2).{" "}
        {/* A full page load, so the form's fields show the new date too. */}
        <a
          href={overviewHref(form.values, { orderedAt: firstDay, paidAt: "" })}
          className="font-medium text-blue-700 underline hover:text-blue-900"
        >
          Посчитать на {formatAstanaDate(promotion.start)}, первый день акции
        </a>
      </p>
    </div>
  );
}
