"use client";

import { useMemo } from "react";
import { countOf, indexPriceList, type PriceList } from "@/rules";
import { cancelledText, doneText, progressText } from "@/lib/check/progress-text";
import { columnValues, missingColumns, readyToRun } from "@/lib/check/file-values";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { FileInfo } from "./check-run";
import { ColumnPanel } from "./column-panel";
import { Results } from "./results";
import { SourceInput } from "./source-input";
import { ACTION_BUTTON, PRIMARY_BUTTON } from "@/components/ui/buttons";
import { useCheckFile } from "./use-check-file";
import { useMapping } from "./use-mapping";
import { ValuePanel } from "./value-panel";

// «Проверить 1 строку, 2 строки, 5 строк»: the accusative after the verb.
const ROWS = ["строку", "строки", "строк"] as const;

/** The /check page's interactive part: a file in, its columns and values matched, rows priced. */
export function CheckPage({ priceList }: { priceList: PriceList }) {
  const catalog = useMemo(() => indexPriceList(priceList), [priceList]);
  const ready = useHydrated();
  const columns = useMapping();
  // A file the page understands whole is checked at once; otherwise the person matches first.
  const check = useCheckFile(priceList, (info: FileInfo) => {
    const first = columns.start(info);
    const listed = columnValues(info.header, info.values, info.more, first.mapping, catalog);
    return readyToRun(first.mapping, listed) ? first : null;
  });
  const { info, phase, snapshot } = check;
  const values = useMemo(
    () => (info ? columnValues(info.header, info.values, info.more, columns.mapping, catalog) : []),
    [info, columns.mapping, catalog],
  );
  const missing = missingColumns(columns.mapping);
  const unknownRows = values.reduce((n, c) => n + c.unknownRows, 0);
  const total = info?.total ?? 0;
  const matched = phase !== "idle" && phase !== "reading" && phase !== "failed" && info !== null;

  return (
    <div className="mt-6 flex flex-col gap-6">
      {ready ? null : (
        // Server-rendered and gone once the page runs: what a browser without JavaScript keeps.
        <p className="rounded-lg border border-amber-700 bg-amber-50 p-3">
          Проверка считает строки в браузере, поэтому ей нужен JavaScript: включите его в настройках
          браузера. Без JavaScript можно скачать шаблон и отправить список в API POST /api/quotes.
        </p>
      )}
      <SourceInput ready={ready} onSource={check.open} />

      {matched ? (
        <>
          <ColumnPanel
            info={info}
            mapping={columns.mapping}
            show={columns.show}
            remembered={columns.remembered}
            onColumn={columns.setColumn}
            onShown={columns.toggleShown}
            onLoad={columns.load}
          />
          <ValuePanel columns={values} catalog={catalog} onValue={columns.setValue} />
          <div className="flex flex-col gap-2">
            {missing.length > 0 ? (
              <p className="rounded-lg border border-amber-700 bg-amber-50 p-3">
                {`Укажите среди столбцов файла: ${missing.map((t) => `«${t}»`).join(", ")} — без них строку не проверить.`}
              </p>
            ) : null}
            {unknownRows > 0 ? (
              <p>{`Значения, которые не распознаны, есть в ${countOf(unknownRows, ["строке", "строках", "строках"])}: такие строки получат «Ошибка в данных».`}</p>
            ) : null}
            <div>
              <button
                type="button"
                className={PRIMARY_BUTTON}
                disabled={missing.length > 0 || phase === "running"}
                onClick={() => check.run(columns.mapping, columns.show)}
              >
                {phase === "matching" ? `Проверить ${countOf(total, ROWS)}` : "Проверить заново"}
              </button>
            </div>
          </div>
        </>
      ) : null}

      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {phase === "reading" ? <p>Читаем файл…</p> : null}
        {phase === "running" ? (
          <>
            <label htmlFor="check-progress">{progressText(snapshot.received, total)}</label>
            <div className="flex flex-wrap items-center gap-3">
              <progress
                id="check-progress"
                className="h-4 w-full max-w-md"
                max={Math.max(total, 1)}
                value={snapshot.received}
              />
              <button type="button" className={ACTION_BUTTON} onClick={check.cancel}>
                Отменить
              </button>
            </div>
          </>
        ) : null}
        {phase === "done" ? <p>{doneText(snapshot.received)}</p> : null}
        {phase === "cancelled" ? <p>{cancelledText(snapshot.received, total)}</p> : null}
      </div>
      {check.message ? (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-4 text-red-900">
          {check.message}
        </p>
      ) : null}

      {matched && (phase === "running" || phase === "done" || phase === "cancelled") ? (
        <Results
          snapshot={snapshot}
          store={check.store}
          done={phase === "done"}
          catalog={catalog}
          shownTitles={check.shown.map((i) => info.header[i] ?? "")}
          onDownload={check.download}
        />
      ) : null}
    </div>
  );
}
