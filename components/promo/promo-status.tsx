import type { PromoState, Promotion } from "@/rules";
import type { PromoTexts } from "@/lib/promo/promo-texts";

/** The promotion's state as of the page's moment: starts on…, N days left, or over. */
export function PromoStatus({
  promotion,
  state,
  texts,
}: {
  promotion: Promotion;
  state: PromoState;
  texts: PromoTexts["status"];
}) {
  const tone = {
    before: "border-blue-700 bg-blue-50",
    during: "border-emerald-700 bg-emerald-50",
    after: "border-slate-500 bg-slate-100",
  }[state.phase];
  const [heading, text] =
    state.phase === "before"
      ? [texts.beforeHeading(promotion), texts.beforeDays(state.days)]
      : state.phase === "during"
        ? [texts.duringHeading, texts.duringDays(state.days)]
        : [texts.afterHeading(promotion), texts.afterText(promotion)];
  return (
    <div className={`mt-6 rounded-lg border-l-4 p-4 ${tone}`}>
      <h2 className="text-2xl font-bold">{heading}</h2>
      <p className="mt-1 text-lg">{text}</p>
    </div>
  );
}
