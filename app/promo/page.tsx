import type { SearchParams } from "@/lib/page/search-params";
import { requestInstant } from "@/lib/page/clock";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page/page-metadata";
import Link from "next/link";
import { PageActions } from "@/components/ui/page-actions";
import { isPartnerView } from "@/lib/promo/promo-view";
import { PromoStatus } from "@/components/promo/promo-status";
import { rewardExamples } from "@/lib/promo/reward-examples";
import { RewardsTable } from "@/components/promo/rewards-table";
import {
  formatAstanaLongDateTime,
  formatTenge,
  kzSummer2025,
  parseAstanaInstant,
  promoPeriodText,
  promoState,
} from "@/rules";
import { priceListNote } from "@/lib/prices/price-list-text";
import { priceList } from "@/lib/prices/price-list";

const promotion = kzSummer2025;

export const metadata: Metadata = pageMetadata(
  `Акция «${promotion.title}» — 1С-Битрикс Казахстан`,
  promotion.fullTitle,
);

/** Long enough for any date form of the contract; the rest of a hostile value is not echoed. */
const MAX_SHOWN = 60;

const link = "text-blue-700 underline hover:text-blue-900";

export default async function PromoPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const raw = params.at;
  const at = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const parsed = at === "" ? null : parseAstanaInstant(at);
  const invalidAt = at !== "" && parsed === null;
  const instant = parsed ?? requestInstant();
  const state = promoState(promotion, instant);
  const { catalog } = priceList();
  const examples = rewardExamples(promotion, catalog);
  const copilot = examples.find((e) => e.reward.id === "copilot");
  const note = priceListNote(catalog);
  // The public page shows no partner tools; a preview date or «Для партнёров» (?partner=1) does.
  const partner = isPartnerView({
    get: (key) => {
      const value = params[key];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
  });
  const shownAt = at.length > MAX_SHOWN ? `${at.slice(0, MAX_SHOWN)}…` : at;

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600">
        Акция 1С-Битрикс Казахстан
      </p>
      <h1 className="mt-1 text-4xl font-bold">«{promotion.title}»</h1>
      <p className="mt-2 text-xl">{promotion.fullTitle}</p>

      {parsed !== null ? (
        <p className="mt-4 rounded border border-blue-700 bg-blue-50 p-3">
          Предпросмотр: так страница выглядит {formatAstanaLongDateTime(parsed)} по времени Астаны.{" "}
          <Link href="/promo?partner=1" className={link}>
            Показать на сегодня
          </Link>
        </p>
      ) : null}
      {invalidAt ? (
        <p className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          Не удалось прочитать дату предпросмотра «{shownAt}». Формат: 2025-07-20,
          2025-07-20T10:30:00 (время Астаны) или 2025-07-20T10:30:00+05:00. Показано состояние акции
          на сегодня.
        </p>
      ) : null}

      <PromoStatus promotion={promotion} state={state} />
      <div className="mt-4">
        <PageActions />
      </div>

      <section aria-labelledby="period" className="mt-8">
        <h2 id="period" className="text-2xl font-semibold">
          Срок акции
        </h2>
        <p className="mt-2 text-lg">
          Акция действует {promoPeriodText(promotion)} (п. 2.1, 2.2). Заказ нужно оформить и
          оплатить в этот срок (п. 5.2). Территория — {promotion.territory} (п. 2.3).
        </p>
      </section>

      <section aria-labelledby="how" className="mt-8">
        <h2 id="how" className="text-2xl font-semibold">
          Как принять участие
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-lg">
          <li>
            Выберите лицензию, на которую действует скидка (таблица ниже), и убедитесь, что вы
            можете участвовать (п. 1.2.3, 5.1).
          </li>
          <li>
            Оформите заказ у партнёра 1С-Битрикс или на сайте в срок акции — с 28.07.2025 по
            31.08.2025 (п. 5.2).
          </li>
          <li>
            Оплатите заказ в тот же срок: скидка — только на заказы, оплаченные в срок акции (п.
            5.2).
          </li>
          <li>Не применяйте к заказу другие акции и скидки: акции не суммируются (п. 5.11).</li>
        </ol>
      </section>

      <section aria-labelledby="rewards" className="mt-8">
        <h2 id="rewards" className="text-2xl font-semibold">
          Скидки
        </h2>
        <RewardsTable examples={examples} promotion={promotion} note={note} />
      </section>

      <section aria-labelledby="copilot" className="mt-8">
        <h2 id="copilot" className="text-2xl font-semibold">
          Бонус на Буст CoPilot
        </h2>
        <p className="mt-2 text-lg">
          {promotion.clauses["4.1.6"]} Условие: {copilot?.reward.condition}; бонус даётся
          дополнительно к скидке на тариф и не больше цены Буста (п. 4.1.6).
        </p>
        {copilot ? (
          <p className="mt-2 text-lg">
            Пример: {copilot.title} — {formatTenge(copilot.after)} вместо{" "}
            {formatTenge(copilot.before)}.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="participants" className="mt-8">
        <h2 id="participants" className="text-2xl font-semibold">
          Кто может участвовать
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
          {promotion.participants.map((p) => (
            <li key={p.text}>
              {p.text} (п. {p.clause}).
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="exclusions" className="mt-8">
        <h2 id="exclusions" className="text-2xl font-semibold">
          Что не входит в акцию
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
          {promotion.exclusions.map((e) => (
            <li key={`${e.code}-${e.clause}-${e.title}`}>
              {e.title} (п. {e.clause}).
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="calculate" className="mt-8">
        <h2 id="calculate" className="text-2xl font-semibold">
          {partner ? "Рассчитать цену" : "Правила акции"}
        </h2>
        <ul className="mt-2 space-y-1 text-lg">
          {partner ? (
            <>
              <li>
                <Link href="/" className={link}>
                  Калькулятор цены по акции
                </Link>
              </li>
              <li>
                <Link href="/offers" className={link}>
                  Все предложения для одного клиента
                </Link>
              </li>
            </>
          ) : null}
          <li>
            <a href={promotion.rulesUrl} className={link}>
              Правила акции (PDF)
            </a>
          </li>
        </ul>
        <p className="mt-3 text-slate-700">
          Организатор — {promotion.organizer}. Спорные случаи окончательно толкует Организатор (п.
          8.1).
        </p>
      </section>

      {partner ? (
        <section
          aria-labelledby="preview"
          className="mt-8 border-t border-slate-300 pt-6 print:hidden"
        >
          <h2 id="preview" className="text-xl font-semibold">
            Предпросмотр на дату
          </h2>
          <form method="get" action="/promo" className="mt-2 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="promo-at" className="block font-medium">
                Дата (время Астаны)
              </label>
              <input
                id="promo-at"
                name="at"
                type="date"
                defaultValue={parsed !== null && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : ""}
                className="mt-1 rounded border border-slate-400 px-2 py-1.5 focus:outline-none focus:ring-2 focus:ring-blue-600"
              />
            </div>
            <button
              type="submit"
              className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-600 focus:ring-offset-2"
            >
              Показать
            </button>
            <input type="hidden" name="partner" value="1" />
          </form>
        </section>
      ) : null}
    </main>
  );
}
