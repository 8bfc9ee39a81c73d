"use client";

import { useState } from "react";
import { COLUMNS } from "@/lib/check/columns";
import { saveMapping, type Mapping } from "@/lib/check/mapping";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { FileInfo } from "./check-run";
import { ACTION_BUTTON } from "@/components/ui/buttons";

const OPTIONS = [
  { value: "", label: "Не использовать" },
  ...COLUMNS.map((c) => ({ value: c.path, label: c.title })),
];

/** A file's first values in a column, for telling columns apart. */
function preview(info: FileInfo, index: number): string {
  const texts = info.preview.map((row) => row[index] ?? "").filter((t) => t !== "");
  return texts.length === 0 ? "пусто" : texts.map((t) => `«${t.slice(0, 40)}»`).join(", ");
}

/** Saves the mapping as a small JSON file, for a colleague to load. */
function downloadMapping(header: readonly string[], mapping: Mapping) {
  const blob = new Blob([JSON.stringify(saveMapping(header, mapping), null, 2)], {
    type: "application/json",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = "sopostavlenie-stolbcov.json";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Which column of the file means what: suggested from the header's names, each with its first
 * values; a choice changes the mapping at once, the file is not read again.
 */
export function ColumnPanel({
  info,
  mapping,
  show,
  remembered,
  onColumn,
  onShown,
  onLoad,
}: {
  info: FileInfo;
  mapping: Mapping;
  show: readonly number[];
  remembered: boolean;
  onColumn: (index: number, path: string) => void;
  onShown: (index: number) => void;
  onLoad: (text: string) => boolean;
}) {
  const [loadMessage, setLoadMessage] = useState("");
  const mapped = mapping.columns.filter(Boolean).length;
  return (
    <section
      aria-labelledby="columns-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-3"
    >
      <h2 id="columns-heading" className="text-xl font-semibold">
        {`Столбцы файла: распознано ${mapped} из ${info.header.length}`}
      </h2>
      <p className="text-sm text-slate-700">
        {remembered
          ? "Сопоставление взято из прошлого раза: для файла с теми же столбцами браузер его запомнил. "
          : "Столбцы узнаются по названиям, в том числе из выгрузок CRM. "}
        Если столбец узнан не так или не узнан, выберите, что в нём. Остальные столбцы попадут в
        файл результата как есть; отмеченные показываются в таблице строк.
      </p>
      <ul className="flex flex-col gap-3">
        {info.header.map((h, i) => (
          <li
            key={i}
            className="grid gap-2 border-t border-slate-200 pt-2 sm:grid-cols-[1fr_1fr] sm:items-end"
          >
            <Field
              id={`column-${i}`}
              label={`Столбец «${h || i + 1}»`}
              hint={`Первые значения: ${preview(info, i)}`}
            >
              {(control) => (
                <Select
                  {...control}
                  options={OPTIONS}
                  value={mapping.columns[i] ?? ""}
                  onChange={(e) => onColumn(i, e.currentTarget.value)}
                />
              )}
            </Field>
            <label className="flex items-center gap-2 text-sm sm:mb-8">
              <input
                type="checkbox"
                checked={show.includes(i)}
                onChange={() => onShown(i)}
                className="h-5 w-5"
              />
              {`Показывать «${h || i + 1}» в таблице строк`}
            </label>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={ACTION_BUTTON}
          onClick={() => downloadMapping(info.header, mapping)}
        >
          Скачать сопоставление
        </button>
        <label
          className={`${ACTION_BUTTON} cursor-pointer focus-within:outline-2 focus-within:outline-blue-700`}
        >
          Загрузить сопоставление
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              setLoadMessage(
                onLoad(await file.text())
                  ? "Сопоставление загружено."
                  : "Это не файл сопоставления: скачайте его кнопкой «Скачать сопоставление».",
              );
            }}
          />
        </label>
        <p role="status" className="text-sm">
          {loadMessage}
        </p>
      </div>
    </section>
  );
}
