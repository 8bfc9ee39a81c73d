import { formatTenge, promoState, type Instant, type Promotion } from "@/rules";
import { PageActions } from "@/components/ui/page-actions";
import { PromoStatus } from "@/components/promo/promo-status";
import { RewardsTable } from "@/components/promo/rewards-table";
import type { RewardExample } from "@/lib/promo/reward-examples";
import type { PromoTexts, PublicPriceList } from "@/lib/promo/promo-texts";

const link = "text-blue-700 underline hover:text-blue-900";

/**
 * The promotion page as the public sees it at `instant`: public wording only, no partner tools.
 * A preview (`?at=`) renders exactly this for its moment, with a bar above it.
 */
export function PromoPublic({
  promotion,
  instant,
  examples,
  priceList,
  texts,
  children,
}: {
  promotion: Promotion;
  instant: Instant;
  examples: RewardExample[];
  priceList: PublicPriceList;
  texts: PromoTexts;
  /** The partner tools, shown only behind «Для партнёров». */
  children?: React.ReactNode;
}) {
  const state = promoState(promotion, instant);
  const over = state.phase === "after";
  const copilot = examples.find((e) => e.reward.id === "copilot");
  const mail = `mailto:${promotion.contactEmail}?subject=${encodeURIComponent(texts.contact.mailSubject(promotion))}`;
  const sectionHeading = "text-2xl font-semibold";
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{texts.eyebrow}</p>
      <h1 className="mt-1 text-4xl font-bold">«{promotion.title}»</h1>
      <p className="mt-2 text-xl">{promotion.fullTitle}</p>

      <PromoStatus promotion={promotion} state={state} texts={texts.status} />
      <div className="mt-4">
        <PageActions texts={texts.actions} />
      </div>

      <section aria-labelledby="period" className="mt-8">
        <h2 id="period" className={sectionHeading}>
          {texts.period.heading}
        </h2>
        <p className="mt-2 text-lg">
          {over ? texts.period.over(promotion) : texts.period.running(promotion)}
        </p>
      </section>

      {over ? null : (
        <section aria-labelledby="how" className="mt-8">
          <h2 id="how" className={sectionHeading}>
            {texts.how.heading}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-lg">
            {texts.how.steps(promotion).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="rewards" className="mt-8">
        <h2 id="rewards" className={sectionHeading}>
          {texts.rewards.heading}
        </h2>
        <RewardsTable
          examples={examples}
          promotion={promotion}
          note={texts.rewards.prices(priceList)}
          texts={texts.rewards}
        />
      </section>

      <section aria-labelledby="copilot" className="mt-8">
        <h2 id="copilot" className={sectionHeading}>
          {texts.copilot.heading}
        </h2>
        <p className="mt-2 text-lg">
          {promotion.clauses["4.1.6"]} {texts.copilot.condition(copilot?.reward.condition ?? "")}
        </p>
        {copilot ? (
          <p className="mt-2 text-lg">
            {texts.copilot.example(
              copilot.title,
              formatTenge(copilot.after),
              formatTenge(copilot.before),
            )}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="participants" className="mt-8">
        <h2 id="participants" className={sectionHeading}>
          {texts.participants}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
          {promotion.participants.map((p) => (
            <li key={p.text}>{texts.clauseNote(p.text, p.clause)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="exclusions" className="mt-8">
        <h2 id="exclusions" className={sectionHeading}>
          {texts.exclusions}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
          {promotion.exclusions.map((e) => (
            <li key={`${e.code}-${e.clause}-${e.title}`}>{texts.clauseNote(e.title, e.clause)}</li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="contact"
        className="mt-8 rounded-lg border border-slate-300 bg-slate-50 p-4"
      >
        <h2 id="contact" className={sectionHeading}>
          {texts.contact.heading}
        </h2>
        <p className="mt-2 text-lg">
          {state.phase === "before"
            ? texts.contact.before(promotion)
            : over
              ? texts.contact.after
              : texts.contact.during}
        </p>
        <p className="mt-2 text-lg">
          {texts.contact.question}{" "}
          <a href={`mailto:${promotion.contactEmail}`} className={link}>
            {promotion.contactEmail}
          </a>
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2">
          <a
            href={mail}
            className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          >
            {texts.contact.write}
          </a>
          <a href={promotion.rulesUrl} className={`${link} text-lg`}>
            {texts.contact.rules}
          </a>
        </p>
        <p className="mt-3 text-slate-700">{texts.contact.organizer(promotion)}</p>
      </section>
      {children}
    </main>
  );
}
