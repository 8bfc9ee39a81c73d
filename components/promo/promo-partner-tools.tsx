import Link from "next/link";
import type { PromoTexts } from "@/lib/promo/promo-texts";

const link = "text-blue-700 underline hover:text-blue-900";

/** What a partner gets behind «Для партнёров»: the tools, the price advice and the preview form. */
export function PromoPartnerTools({
  texts,
}: {
  texts: NonNullable<PromoTexts["partner"]> & PromoTexts["preview"];
}) {
  return (
    <section
      aria-labelledby="partner-tools"
      className="mt-8 border-t border-slate-300 pt-6 print:hidden"
    >
      <h2 id="partner-tools" className="text-2xl font-semibold">
        {texts.heading}
      </h2>
      <ul className="mt-2 space-y-1 text-lg">
        <li>
          <Link href="/" prefetch={false} className={link}>
            {texts.calculator}
          </Link>
        </li>
        <li>
          <a href="/offers" className={link}>
            {texts.overview}
          </a>
        </li>
        <li>
          <a href="/prices" className={link}>
            {texts.prices}
          </a>
        </li>
      </ul>
      <p className="mt-2 text-slate-700">{texts.priceAdvice}</p>
      <h3 className="mt-4 text-xl font-semibold">{texts.previewHeading}</h3>
      <form method="get" action="/promo" className="mt-2 flex flex-wrap items-end gap-3">
        <label className="flex flex-col">
          <span className="font-medium">{texts.dateLabel}</span>
          <input
            name="at"
            type="date"
            className="mt-1 rounded border border-slate-400 px-2 py-1.5 focus:outline-none focus:ring-2 focus:ring-blue-600"
          />
        </label>
        <button
          type="submit"
          className="min-h-11 rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-600 focus:ring-offset-2"
        >
          {texts.show}
        </button>
      </form>
    </section>
  );
}
