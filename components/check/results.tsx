"use client";

import { useMemo, useState } from "react";
import { groupDigits, REASON_SHORT, type Catalog } from "@/rules";
import { invalidRowsText } from "@/lib/check/progress-text";
import type { CellError } from "@/lib/check/row-request";
import { filterIndexes, summarize, type RowFilter } from "@/lib/check/summary";
import { Field } from "@/components/ui/field";
import { Money } from "@/components/ui/money";
import { Select } from "@/components/ui/select";
import type { RowSnapshot, RowStore } from "./row-store";
import { RowCard, TableRow } from "./row-views";
import { ACTION_BUTTON } from "@/components/ui/buttons";

const PAGE_SIZE = 50;
const ERRORS_SHOWN = 200;

const STATUS_OPTIONS = [
  { value: "all", label: "Все строки" },
  { value: "eligible", label: "Подходят" },
  { value: "not_eligible", label: "Не подходят" },
  { value: "invalid", label: "С ошибками в данных" },
];

/** The checked rows: totals, result files, a filtered table (cards on phones), the bad cells. */
export function Results({
  snapshot,
  store,
  done,
  catalog,
  shownTitles,
  onDownload,
}: {
  snapshot: RowSnapshot;
  store: RowStore;
  done: boolean;
  catalog: Catalog;
  shownTitles: readonly string[];
  onDownload: (format: "csv" | "xlsx") => Promise<void>;
}) {
  const [filter, setFilter] = useState<RowFilter>({ status: "all", reason: "all" });
  const [page, setPage] = useState(0);
  const [downloading, setDownloading] = useState<"" | "csv" | "xlsx">("");
  const summary = useMemo(() => summarize(snapshot.facts), [snapshot]);
  const shown = useMemo(() => filterIndexes(snapshot.facts, filter), [snapshot, filter]);
  // The first bad cells, from as many invalid rows as it takes (rows are parsed on demand).
  const badCells = useMemo(() => {
    if (!done) return [];
    const cells: (CellError & { line: number })[] = [];
    // Each invalid row has a bad cell: the first rows are enough (and only they are fetched).
    const invalid = filterIndexes(snapshot.facts, { status: "invalid", reason: "all" });
    for (const index of invalid.slice(0, ERRORS_SHOWN)) {
      const row = store.row(index);
      for (const e of row?.errors ?? []) cells.push({ line: row!.line, ...e });
      if (cells.length >= ERRORS_SHOWN) break;
    }
    return cells.slice(0, ERRORS_SHOWN);
  }, [snapshot, done, store]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageRows = shown
    .slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
    .flatMap((index) => store.row(index) ?? []);
  const reasonOptions = [
    { value: "all", label: "Любая причина" },
    ...[...summary.reasons.entries()].map(([code, n]) => ({
      value: code,
      label: `${REASON_SHORT[code]} (${groupDigits(n)})`,
    })),
  ];
  const download = async (format: "csv" | "xlsx") => {
    setDownloading(format);
    await onDownload(format);
    setDownloading("");
  };

  return (
    <>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-2xl font-semibold">
          Итоги
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Всего строк", groupDigits(summary.total)],
            ["Подходят", groupDigits(summary.eligible)],
            ["Не подходят", groupDigits(summary.notEligible)],
            ["С ошибками", groupDigits(summary.invalid)],
          ].map(([term, value]) => (
            <div key={term} className="rounded-lg border border-slate-300 p-3">
              <dt className="text-sm text-slate-700">{term}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <dl className="mt-3 grid gap-1 sm:grid-cols-[max-content_1fr] sm:gap-x-4">
          <dt>По прайс-листу</dt>
          <dd>
            <Money amount={summary.listPrice} />
          </dd>
          <dt>По акции</dt>
          <dd>
            <Money amount={summary.promoTotal} className="font-semibold" />
          </dd>
          <dt>Скидка</dt>
          <dd>
            <Money amount={summary.listPrice - summary.promoTotal} />
          </dd>
        </dl>
        <div className="mt-4 flex flex-wrap gap-3">
          {(["csv", "xlsx"] as const).map((format) => (
            <button
              key={format}
              type="button"
              className={ACTION_BUTTON}
              disabled={!done || downloading !== ""}
              onClick={() => void download(format)}
            >
              {downloading === format
                ? `Собираем ${format.toUpperCase()}…`
                : `Скачать результат ${format.toUpperCase()}`}
            </button>
          ))}
        </div>
      </section>

      <section aria-labelledby="rows-heading" className="flex flex-col gap-3">
        <h2 id="rows-heading" className="text-2xl font-semibold">
          Строки
        </h2>
        <div className="flex flex-col gap-3 sm:flex-row">
          {(
            [
              ["status", "Показать", STATUS_OPTIONS],
              ["reason", "Причина отказа", reasonOptions],
            ] as const
          ).map(([key, label, list]) => (
            <Field key={key} id={`filter-${key}`} label={label}>
              {(control) => (
                <Select
                  {...control}
                  options={list}
                  value={filter[key]}
                  onChange={(e) => {
                    setFilter({ ...filter, [key]: e.currentTarget.value });
                    setPage(0);
                  }}
                />
              )}
            </Field>
          ))}
        </div>
        <p className="text-slate-700">
          {shown.length === 0
            ? "Нет строк под этот фильтр."
            : `Показаны строки ${groupDigits(current * PAGE_SIZE + 1)}–${groupDigits(current * PAGE_SIZE + pageRows.length)} из ${groupDigits(shown.length)}`}
        </p>

        <div className="hidden overflow-x-auto rounded-lg border border-slate-300 md:block">
          <table className="w-full border-collapse text-left [&_td]:border-t [&_td]:border-slate-200 [&_td]:p-2 [&_td]:align-top [&_th]:p-2">
            <caption className="sr-only">Результат проверки по строкам файла</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col">Строка</th>
                {shownTitles.map((title, i) => (
                  <th key={i} scope="col">
                    {title}
                  </th>
                ))}
                <th scope="col">Продукт</th>
                <th scope="col">Решение</th>
                <th scope="col" className="text-right">
                  Цена по прайс-листу
                </th>
                <th scope="col" className="text-right">
                  По акции
                </th>
                <th scope="col">Основание</th>
                <th scope="col">Расчёт</th>
              </tr>
            </thead>
            <tbody>
              {pageRows.map((row) => (
                <TableRow key={row.index} row={row} catalog={catalog} />
              ))}
            </tbody>
          </table>
        </div>

        <ul
          className="flex flex-col gap-3 md:hidden"
          aria-label="Результат проверки по строкам файла"
        >
          {pageRows.map((row) => (
            <RowCard key={row.index} row={row} titles={shownTitles} catalog={catalog} />
          ))}
        </ul>

        {pages > 1 ? (
          <nav aria-label="Страницы строк" className="flex items-center gap-3">
            <button
              type="button"
              className={ACTION_BUTTON}
              disabled={current === 0}
              onClick={() => setPage(current - 1)}
            >
              Назад
            </button>
            <span>{`Страница ${current + 1} из ${pages}`}</span>
            <button
              type="button"
              className={ACTION_BUTTON}
              disabled={current >= pages - 1}
              onClick={() => setPage(current + 1)}
            >
              Дальше
            </button>
          </nav>
        ) : null}
      </section>

      {badCells.length > 0 ? (
        <section aria-labelledby="errors-heading">
          <h2 id="errors-heading" className="text-2xl font-semibold">
            Ошибки в данных
          </h2>
          <p className="mt-1 text-slate-700">{invalidRowsText(summary.invalid)}</p>
          <ul className="mt-2 list-disc pl-5">
            {badCells.map((e, i) => (
              <li key={i}>{`Строка ${e.line}, столбец «${e.column}»: ${e.message}`}</li>
            ))}
          </ul>
          {badCells.length >= ERRORS_SHOWN ? (
            <p className="mt-1 text-slate-700">
              Показаны первые 200 ошибок: все ошибки есть в файле результата.
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
