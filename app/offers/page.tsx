import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { requestDay } from "@/lib/page/clock";
import type { Metadata } from "next";
import { OverviewForm } from "@/components/overview/overview-form";
import { fieldId } from "@/components/overview/overview-fields";
import { DraftInputs } from "@/components/proposal/draft-inputs";
import { FACT_FIELDS } from "@/lib/proposal/proposal-url";
import { CommonNotice } from "@/components/overview/common-notice";
import { assumedSourceDate, commonReasons } from "@/lib/overview/common-reasons";
import { LINES } from "@/lib/quote/product-labels";
import { LINE_LABELS } from "@/lib/quote/quote-labels";
import { groupId, OverviewTables } from "@/components/overview/overview-tables";
import { orderedOutsidePeriod, PeriodNotice } from "@/components/overview/period-notice";
import { PageActions } from "@/components/ui/page-actions";
import { GroupMemory } from "@/components/overview/group-memory";
import { CLOSED_KEY, readClosedGroups, withClosedGroups } from "@/lib/overview/overview-groups";
import { searchParamsOf, type SearchParams } from "@/lib/page/search-params";
import { pageMetadata } from "@/lib/page/page-metadata";
import {
  OVERVIEW_FIELD_LABELS,
  OVERVIEW_FIELDS,
  readOverviewForm,
  type OverviewForm as OverviewFormState,
} from "@/lib/overview/overview-url";
import { kzSummer2025, overviewFor } from "@/rules";
import { PriceListNote } from "@/components/ui/price-list-note";
import { priceListNote } from "@/lib/prices/price-list-text";
import { priceList } from "@/lib/prices/price-list";

export const metadata: Metadata = pageMetadata(
  "Что доступно клиенту — акция «Лето с выгодой», 1С-Битрикс Казахстан",
  "Все продукты, тарифы и операции каталога 1С-Битрикс для одного клиента: доступна ли скидка по акции «Лето с выгодой», цена по прайс-листу и по акции, пункт Правил.",
);

function ErrorSummary({ errors }: { errors: OverviewFormState["errors"] }) {
  const fields = OVERVIEW_FIELDS.filter((f) => errors[f]);
  return (
    <div className="mt-4 rounded-lg border border-red-700 bg-red-50 p-4">
      <h3 className="font-semibold text-red-800">Проверьте ответы клиента</h3>
      <ul className="mt-2 list-disc pl-6">
        {errors.form ? <li>{errors.form}</li> : null}
        {fields.map((f) => (
          <li key={f}>
            <a href={`#${fieldId(f)}`} className="text-red-800 underline">
              {OVERVIEW_FIELD_LABELS[f]}
            </a>
            : {errors[f]}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const promotion = kzSummer2025;
  const today = requestDay();
  const params = await searchParams;
  const form = readOverviewForm(params, today);
  const query = searchParamsOf(params);
  const closed = readClosedGroups(query.getAll(CLOSED_KEY));
  const groupsHref = (lines: readonly (typeof LINES)[number][]) =>
    `/offers?${withClosedGroups(query, new Set(lines)).toString()}`;
  const { catalog } = priceList();
  const rows = form.request ? overviewFor(form.request, { catalog }) : [];
  const available = rows.filter((r) => r.result.eligible).length;
  const note = priceListNote(catalog);
  const common = commonReasons(rows);
  const skip = new Set(common.map((r) => r.code));
  const periodShown = orderedOutsidePeriod(form, promotion);

  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="text-3xl font-bold">Что доступно клиенту по акции «Лето с выгодой»</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Укажите ответы клиента один раз: ниже — каждый продукт, тариф и операция каталога, с
        решением по акции, ценой и пунктом Правил. Ответы сохраняются в адресе страницы — его можно
        отправить коллеге.
      </p>

      <div className="mt-6">
        <h2 id="answers-heading" className="text-2xl font-semibold">
          Ответы клиента
        </h2>
        <div className="mt-3">
          <OverviewForm
            form={form}
            promotion={promotion}
            labelledBy="answers-heading"
            closed={closed}
          />
        </div>
      </div>

      <section aria-labelledby="offers-heading" className="mt-8">
        <h2 id="offers-heading" className="text-2xl font-semibold">
          Продукты и скидки
        </h2>
        <p role="status" className="mt-2 text-lg">
          {form.request
            ? `Доступно по акции: ${available} из ${rows.length}.${form.onlyEligible ? " Показаны только доступные." : ""}`
            : "Исправьте ответы клиента, чтобы увидеть таблицу."}
        </p>
        <PriceListNote list={catalog} />
        {form.request ? (
          <>
            <div className="mt-3 flex flex-col gap-3 print:hidden">
              <nav aria-label="Группы продуктов">
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {LINES.map((line) => (
                    <li key={line}>
                      <a href={`#${groupId(line)}`} className="text-blue-700 underline">
                        {LINE_LABELS[line]}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a href={groupsHref(LINES)} className="text-blue-700 underline">
                      Свернуть все группы
                    </a>
                  </li>
                  <li>
                    <a href={groupsHref([])} className="text-blue-700 underline">
                      Развернуть все группы
                    </a>
                  </li>
                </ul>
              </nav>
              <PageActions />
            </div>
            <PeriodNotice form={form} promotion={promotion} />
            {/* Ticked rows go to the commercial offer with these answers (and, with JavaScript,
                the offer being built in this browser). */}
            <CommonNotice
              reasons={common.filter((r) => !(r.code === "outside_period" && periodShown))}
              assumedDate={assumedSourceDate(rows)}
            />
            <form method="get" action="/offer/add" aria-label="Собрать КП из отмеченных строк">
              {FACT_FIELDS.filter((key) => form.values[key] !== "").map((key) => (
                <input key={key} type="hidden" name={key} value={form.values[key]} />
              ))}
              <DraftInputs />
              <p className="mt-4">
                Отметьте строки галочкой «В КП» и нажмите «Собрать КП»: они добавятся в коммерческое
                предложение с этими ответами клиента.
              </p>
              <OverviewTables
                rows={rows}
                onlyEligible={form.onlyEligible}
                note={note}
                copilotBonus={promotion.copilotBonus}
                skip={skip}
                closed={closed}
              />
              {/* Sticks to the bottom of the screen once a row is ticked (CSS :has, no script);
                  the count is a CSS counter of the ticked boxes (app/globals.css). */}
              <div className="collect-bar mt-4 flex items-center gap-3 border-t border-slate-300 bg-white py-3 print:hidden">
                <button type="submit" className={PRIMARY_BUTTON}>
                  Собрать КП
                  <span className="collect-count" />
                </button>
              </div>
            </form>
            <GroupMemory />
          </>
        ) : (
          <ErrorSummary errors={form.errors} />
        )}
      </section>
    </main>
  );
}
