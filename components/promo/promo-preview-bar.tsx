import type { Instant } from "@/rules";
import type { PromoTexts } from "@/lib/promo/promo-texts";

/**
 * The thin bar above a preview (`?at=`): which moment is shown, a date form for another, and the
 * way out. Everything below it is the public page of that moment.
 */
export function PromoPreviewBar({
  shown,
  unreadable,
  day,
  path,
  texts,
}: {
  /** The moment shown, or null when the `at` given could not be read. */
  shown: Instant | null;
  /** The `at` as given, shortened, when it could not be read. */
  unreadable: string | null;
  /** The date field's value (ГГГГ-ММ-ДД) when the `at` was a plain date. */
  day: string;
  /** The page previewed: its date form and the way out lead back to it. */
  path: string;
  texts: PromoTexts["preview"];
}) {
  return (
    <div
      role="region"
      aria-label={texts.region}
      data-preview-bar=""
      className="border-b border-blue-700 bg-blue-50 print:hidden"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-end gap-x-4 gap-y-2 px-4 py-2 text-sm">
        <p className={unreadable === null ? "self-center" : "self-center text-red-900"}>
          {shown !== null ? texts.shows(shown) : texts.unreadable(unreadable ?? "")}
        </p>
        <form method="get" action={path} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col">
            <span className="font-medium">{texts.dateLabel}</span>
            <input
              name="at"
              type="date"
              defaultValue={day}
              className="rounded border border-slate-400 px-2 py-1 focus:outline-none focus:ring-2 focus:ring-blue-600"
            />
          </label>
          <button
            type="submit"
            className="min-h-9 rounded bg-blue-700 px-3 py-1 font-semibold text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-600 focus:ring-offset-2"
          >
            {texts.show}
          </button>
        </form>
        <a href={path} className="self-center text-blue-800 underline">
          {texts.exit}
        </a>
      </div>
    </div>
  );
}
