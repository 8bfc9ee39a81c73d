import {
  formatAstanaDayMonth,
  formatAstanaLongDate,
  formatDays,
  type PromoState,
  type Promotion,
} from "@/rules";

/** The promotion's state as of the page's moment: starts on…, N days left, or over. */
export function PromoStatus({ promotion, state }: { promotion: Promotion; state: PromoState }) {
  const tone = {
    before: "border-blue-700 bg-blue-50",
    during: "border-emerald-700 bg-emerald-50",
    after: "border-slate-500 bg-slate-100",
  }[state.phase];
  return (
    <div className={`mt-6 rounded-lg border-l-4 p-4 ${tone}`}>
      {state.phase === "before" ? (
        <>
          <h2 className="text-2xl font-bold">
            Акция начнётся {formatAstanaDayMonth(promotion.start)}
          </h2>
          <p className="mt-1 text-lg">До начала акции {formatDays(state.days)}.</p>
        </>
      ) : state.phase === "during" ? (
        <>
          <h2 className="text-2xl font-bold">Акция идёт</h2>
          <p className="mt-1 text-lg">
            До конца акции {formatDays(state.days)}
            {state.days === 1 ? " — сегодня последний день" : ""}.
          </p>
        </>
      ) : (
        <>
          <h2 className="text-2xl font-bold">Акция завершилась</h2>
          <p className="mt-1 text-lg">
            Последний день акции — {formatAstanaLongDate(promotion.endExclusive - 1)} года.
          </p>
        </>
      )}
    </div>
  );
}
