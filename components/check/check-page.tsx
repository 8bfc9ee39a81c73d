"use client";

import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type DragEvent,
} from "react";
import { groupDigits, indexPriceList, REASON_SHORT, type Catalog, type PriceList } from "@/rules";
import { cancelledText, doneText, invalidRowsText, progressText } from "@/lib/check/progress-text";
import { STATUS_LABELS } from "@/lib/check/export";
import type { CellError } from "@/lib/check/columns";
import { quoteLink, type CheckRow, type RowStatus } from "@/lib/check/price-row";
import { filterIndexes, summarize, type RowFilter } from "@/lib/check/summary";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { Money } from "@/components/ui/money";
import { Select } from "@/components/ui/select";
import type { TableInfo } from "./check-protocol";
import { startCheck, type CheckRun } from "./check-run";
import { RowStore } from "./row-store";
import { useHydrated } from "@/components/ui/use-hydrated";

type Phase = "idle" | "running" | "done" | "failed" | "cancelled";

const PAGE_SIZE = 50;
const ERRORS_SHOWN = 200;
const BUTTON =
  "rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50";
const PRIMARY =
  "rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50";

const STATUS_OPTIONS = [
  { value: "all", label: "Все строки" },
  { value: "eligible", label: "Подходят" },
  { value: "not_eligible", label: "Не подходят" },
  { value: "invalid", label: "С ошибками в данных" },
];

const STATUS_CLASS: Record<RowStatus, string> = {
  eligible: "text-green-800",
  not_eligible: "text-slate-800",
  invalid: "text-red-800",
};

function Reasons({ row }: { row: CheckRow }) {
  if (row.status === "invalid") {
    return (
      <ul className="list-disc pl-5 text-red-800">
        {row.errors.map((e, i) => (
          <li key={i}>{`«${e.column}»: ${e.message}`}</li>
        ))}
      </ul>
    );
  }
  if (row.status === "eligible") return <span>{`Скидка по п. ${row.clauses.join(", ")}`}</span>;
  return (
    <ul className="list-disc pl-5">
      {row.reasons.map((r) => (
        <li key={r.code}>{r.text}</li>
      ))}
    </ul>
  );
}

function Price({ amount }: { amount: number | null }) {
  return amount === null ? <span aria-label="нет">—</span> : <Money amount={amount} />;
}

function RowLink({ row, catalog }: { row: CheckRow; catalog: Catalog }) {
  if (!row.request) return null;
  return (
    <a href={quoteLink(row.request, catalog)} className="text-blue-800 underline">
      Открыть расчёт<span className="sr-only">{` строки ${row.line}`}</span>
    </a>
  );
}

// Rows re-render only when they change: while a run goes on, the page re-renders every frame.
const TableRow = memo(function TableRow({ row, catalog }: { row: CheckRow; catalog: Catalog }) {
  return (
    <tr>
      <td className="tabular-nums">{row.line}</td>
      <td>{row.product}</td>
      <td className={`font-medium ${STATUS_CLASS[row.status]}`}>{STATUS_LABELS[row.status]}</td>
      <td className="text-right">
        <Price amount={row.listPrice} />
      </td>
      <td className="text-right">
        <Price amount={row.total} />
      </td>
      <td>
        <Reasons row={row} />
      </td>
      <td>
        <RowLink row={row} catalog={catalog} />
      </td>
    </tr>
  );
});

/** A row as a card, for phones. */
const RowCard = memo(function RowCard({ row, catalog }: { row: CheckRow; catalog: Catalog }) {
  return (
    <li className="rounded-lg border border-slate-300 p-3">
      <p className="font-medium">
        {`Строка ${row.line}: `}
        <span className={STATUS_CLASS[row.status]}>{STATUS_LABELS[row.status]}</span>
      </p>
      {row.product ? <p>{row.product}</p> : null}
      {row.total !== null ? (
        <p>
          По акции <Price amount={row.total} />, по прайс-листу <Price amount={row.listPrice} />
        </p>
      ) : null}
      <div className="mt-1 text-sm">
        <Reasons row={row} />
      </div>
      <RowLink row={row} catalog={catalog} />
    </li>
  );
});

/** The /check page's interactive part: file or paste in, priced rows out. */
export function CheckPage({ priceList }: { priceList: PriceList }) {
  const catalog = useMemo(() => indexPriceList(priceList), [priceList]);
  const ready = useHydrated();
  const [phase, setPhase] = useState<Phase>("idle");
  const [message, setMessage] = useState("");
  const [info, setInfo] = useState<TableInfo | null>(null);
  const [filter, setFilter] = useState<RowFilter>({ status: "all", reason: "all" });
  const [page, setPage] = useState(0);
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const [downloading, setDownloading] = useState<"" | "csv" | "xlsx">("");
  const [source, setSource] = useState<Blob | null>(null);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [mappingOpen, setMappingOpen] = useState(false);
  const [store] = useState(() => new RowStore());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const run = useRef<CheckRun | null>(null);

  useEffect(() => () => run.current?.cancel(), []);

  const start = useCallback(
    (source: Blob, chosen: Record<string, string> = {}) => {
      setSource(source);
      setChosen(chosen);
      run.current?.cancel();
      store.reset();
      setInfo(null);
      setMessage("");
      setPage(0);
      setFilter({ status: "all", reason: "all" });
      setPhase("running");
      run.current = startCheck(source, priceList, chosen, {
        onTable: (table) => {
          store.reset(table.total);
          setInfo(table);
          // Open the column list when it needs a choice; once open, it stays open.
          if (table.missing.length > 0) setMappingOpen(true);
        },
        onRows: (from, facts, json) => {
          store.add(from, facts, json);
        },
        onDone: () => {
          setPhase("done");
          store.notify();
        },
        onFailed: (text) => {
          setMessage(text);
          setPhase("failed");
        },
      });
    },
    [store, priceList],
  );

  /** A column chosen by hand: the same file is checked again with it. */
  const choose = (header: string, path: string) => {
    if (source) start(source, { ...chosen, [header]: path });
  };

  const cancel = () => {
    run.current?.cancel();
    run.current = null;
    setPhase("cancelled");
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) start(file);
  };

  const download = async (format: "csv" | "xlsx") => {
    if (!run.current) return;
    setMessage("");
    setDownloading(format);
    try {
      const blob = await run.current.download(format);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `proverka-zakazov.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setMessage("Файл результата не удалось собрать. Попробуйте ещё раз.");
    } finally {
      setDownloading("");
    }
  };

  const summary = useMemo(() => summarize(snapshot.facts), [snapshot]);
  const shown = useMemo(() => filterIndexes(snapshot.facts, filter), [snapshot, filter]);
  // The first bad cells, from as many invalid rows as it takes (rows are parsed on demand).
  const badCells = useMemo(() => {
    if (phase !== "done") return [];
    const cells: (CellError & { line: number })[] = [];
    for (const index of filterIndexes(snapshot.facts, { status: "invalid", reason: "all" })) {
      const row = store.row(index);
      for (const e of row?.errors ?? []) cells.push({ line: row!.line, ...e });
      if (cells.length >= ERRORS_SHOWN) break;
    }
    return cells.slice(0, ERRORS_SHOWN);
  }, [snapshot, phase, store]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageRows = shown
    .slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
    .flatMap((index) => store.row(index) ?? []);
  const total = info?.total ?? 0;
  const reasonOptions = [
    { value: "all", label: "Любая причина" },
    ...[...summary.reasons.entries()].map(([code, n]) => ({
      value: code,
      label: `${REASON_SHORT[code]} (${groupDigits(n)})`,
    })),
  ];

  return (
    <div className="mt-6 flex flex-col gap-6">
      {ready ? null : (
        // Server-rendered and gone once the page runs: what a browser without JavaScript keeps.
        <p className="rounded-lg border border-amber-700 bg-amber-50 p-3">
          Проверка считает строки в браузере, поэтому ей нужен JavaScript: включите его в настройках
          браузера. Без JavaScript можно скачать шаблон и отправить список в API POST /api/quotes.
        </p>
      )}
      <section aria-labelledby="source-heading" className="flex flex-col gap-4">
        <h2 id="source-heading" className="text-2xl font-semibold">
          Список заказов
        </h2>
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`flex flex-col gap-2 rounded-lg border-2 border-dashed p-4 ${dragging ? "border-blue-700 bg-blue-50" : "border-slate-400"}`}
        >
          <label htmlFor="check-file" className="font-medium">
            Файл CSV или XLSX
          </label>
          <input
            id="check-file"
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={!ready}
            aria-describedby="check-file-hint"
            className="max-w-full text-base"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) start(file);
            }}
          />
          <p id="check-file-hint" className="text-sm text-slate-600">
            Выберите файл или перетащите его сюда. Первая строка — названия столбцов, как в шаблоне;
            подойдут и имена полей API, например product.plan.
          </p>
        </div>
        <div className="flex flex-col gap-2">
          <label htmlFor="check-paste" className="font-medium">
            Или вставьте строки из таблицы вместе с заголовками
          </label>
          <textarea
            id="check-paste"
            rows={4}
            value={pasted}
            disabled={!ready}
            onChange={(e) => setPasted(e.currentTarget.value)}
            className={`${CONTROL_CLASS} font-mono text-sm`}
          />
          <div>
            <button
              type="button"
              className={PRIMARY}
              disabled={!ready || pasted.trim() === ""}
              onClick={() => start(new Blob([pasted], { type: "text/plain" }))}
            >
              Проверить вставленные строки
            </button>
          </div>
        </div>
      </section>

      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {phase === "running" ? (
          <>
            <label htmlFor="check-progress">
              {total > 0 ? progressText(snapshot.received, total) : "Читаем файл…"}
            </label>
            <div className="flex flex-wrap items-center gap-3">
              <progress
                id="check-progress"
                className="h-4 w-full max-w-md"
                max={Math.max(total, 1)}
                value={snapshot.received}
              />
              <button type="button" className={BUTTON} onClick={cancel}>
                Отменить
              </button>
            </div>
          </>
        ) : null}
        {phase === "done" ? <p>{doneText(summary.total)}</p> : null}
        {phase === "cancelled" ? (
          <p>{total === 0 ? "Проверка отменена." : cancelledText(snapshot.received, total)}</p>
        ) : null}
      </div>
      {message ? (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4 text-red-900">
          {message}
        </p>
      ) : null}

      {info ? (
        <details
          open={mappingOpen}
          onToggle={(e) => setMappingOpen(e.currentTarget.open)}
          className="rounded-lg border border-slate-300 p-3"
        >
          <summary className="cursor-pointer font-medium">
            {`Столбцы файла: распознано ${info.mapped.filter(Boolean).length} из ${info.header.length}`}
          </summary>
          <p className="mt-2 text-sm text-slate-700">
            Столбцы узнаются по названиям из шаблона и по именам полей API. Если столбец узнан не
            так или не узнан, выберите, что в нём: проверка начнётся заново. Неиспользуемые столбцы
            попадут в файл результата как есть.
          </p>
          <ul className="mt-2 flex flex-col gap-2">
            {info.header.map((h, i) => (
              <li key={i}>
                <Field id={`column-${i}`} label={`Столбец «${h || i + 1}»`}>
                  {(control) => (
                    <Select
                      {...control}
                      options={[
                        { value: "", label: "Не использовать" },
                        ...info.columns.map((c) => ({ value: c.path, label: c.title })),
                      ]}
                      value={info.mapped[i] ?? ""}
                      onChange={(e) => choose(h, e.currentTarget.value)}
                    />
                  )}
                </Field>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {info && phase !== "failed" ? (
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
                  className={BUTTON}
                  disabled={phase !== "done" || downloading !== ""}
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
                <RowCard key={row.index} row={row} catalog={catalog} />
              ))}
            </ul>

            {pages > 1 ? (
              <nav aria-label="Страницы строк" className="flex items-center gap-3">
                <button
                  type="button"
                  className={BUTTON}
                  disabled={current === 0}
                  onClick={() => setPage(current - 1)}
                >
                  Назад
                </button>
                <span>{`Страница ${current + 1} из ${pages}`}</span>
                <button
                  type="button"
                  className={BUTTON}
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
      ) : null}
    </div>
  );
}
