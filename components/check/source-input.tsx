"use client";

import { useState, type DragEvent } from "react";
import { CONTROL_CLASS } from "@/components/ui/field";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

/** The list to check: a file (chosen or dropped) or rows pasted from a spreadsheet. */
export function SourceInput({
  ready,
  onSource,
}: {
  ready: boolean;
  onSource: (source: Blob) => void;
}) {
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onSource(file);
  };
  return (
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
            if (file) onSource(file);
          }}
        />
        <p id="check-file-hint" className="text-sm text-slate-600">
          Выберите файл или перетащите его сюда. Первая строка — названия столбцов: как в шаблоне
          или как в выгрузке из CRM, столбцы и значения можно сопоставить после загрузки.
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
            className={PRIMARY_BUTTON}
            disabled={!ready || pasted.trim() === ""}
            onClick={() => onSource(new Blob([pasted], { type: "text/plain" }))}
          >
            Проверить вставленные строки
          </button>
        </div>
      </div>
    </section>
  );
}
