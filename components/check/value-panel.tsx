"use client";

import { countOf, type Catalog } from "@/rules";
import { PRODUCT_NAME_PATH } from "@/lib/check/columns";
import type { ColumnValues, ValueRow } from "@/lib/check/file-values";
import type { Meaning } from "@/lib/check/meanings";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

const ROWS = ["строка", "строки", "строк"] as const;
/** Values listed per column at most: the unknown ones come first. */
const LISTED = 40;

function options(column: ColumnValues, value: ValueRow, catalog: Catalog) {
  if (column.column.path === PRODUCT_NAME_PATH) {
    return [
      {
        value: "",
        label:
          value.reading && !value.chosen
            ? `Как прочитано: ${value.reading}`
            : "Не распознано — выберите продукт",
      },
      ...catalog.items.map((item) => ({ value: JSON.stringify(item.id), label: item.title })),
    ];
  }
  return [
    {
      value: "",
      label: value.meaning === undefined ? "Не распознано — выберите" : "Как распознано",
    },
    ...column.column.choices.map((c) => ({ value: JSON.stringify(c.value), label: c.label })),
  ];
}

function selected(column: ColumnValues, value: ValueRow): string {
  if (column.column.path === PRODUCT_NAME_PATH)
    return value.chosen ? JSON.stringify(value.meaning) : "";
  return value.meaning === undefined ? "" : JSON.stringify(value.meaning);
}

/**
 * The distinct values of each matched column with what each means: suggested from the form's
 * labels, API values and common names, or chosen here once for every row that has it.
 */
export function ValuePanel({
  columns,
  catalog,
  onValue,
}: {
  columns: readonly ColumnValues[];
  catalog: Catalog;
  onValue: (path: string, key: string, meaning: Meaning | undefined) => void;
}) {
  const unknown = columns.flatMap((c) =>
    c.values.filter((v) => v.meaning === undefined).map((v) => ({ column: c, value: v })),
  );
  if (columns.length === 0) return null;
  return (
    <section
      aria-labelledby="values-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-3"
    >
      <h2 id="values-heading" className="text-xl font-semibold">
        Значения в файле
      </h2>
      {unknown.length > 0 ? (
        <div className="rounded-md border border-amber-700 bg-amber-50 p-3">
          <p className="font-medium">Не распознаны — выберите ниже, что они значат:</p>
          <ul className="list-disc pl-5">
            {unknown.slice(0, 20).map(({ column, value }) => (
              <li key={`${column.index}-${value.key}`}>
                {`«${value.text}» в столбце «${column.header}» — ${countOf(value.count, ROWS)}`}
              </li>
            ))}
          </ul>
          {unknown.length > 20 ? <p>{`И ещё ${unknown.length - 20}.`}</p> : null}
        </div>
      ) : (
        <p>Все значения распознаны. Проверьте, что они поняты верно.</p>
      )}
      {columns.map((column) => (
        <details
          key={column.index}
          open={column.unknownRows > 0}
          className="border-t border-slate-200 pt-2"
        >
          <summary className="cursor-pointer font-medium">
            {`Столбец «${column.header}» — ${column.column.title.toLowerCase()}: ${countOf(column.values.length, ["значение", "значения", "значений"])}`}
          </summary>
          <ul className="mt-2 flex flex-col gap-2">
            {column.values.slice(0, LISTED).map((value) => (
              <li key={value.key}>
                <Field
                  id={`value-${column.index}-${value.key}`}
                  label={`«${value.text}» (${countOf(value.count, ROWS)})`}
                >
                  {(control) => (
                    <Select
                      {...control}
                      options={options(column, value, catalog)}
                      value={selected(column, value)}
                      onChange={(e) => {
                        const picked = e.currentTarget.value;
                        onValue(
                          column.column.path,
                          value.key,
                          picked === "" ? undefined : (JSON.parse(picked) as Meaning),
                        );
                      }}
                    />
                  )}
                </Field>
              </li>
            ))}
          </ul>
          {column.values.length > LISTED || column.more ? (
            <p className="mt-1 text-sm text-slate-700">
              Показаны самые частые значения; остальные читаются так же по названиям.
            </p>
          ) : null}
        </details>
      ))}
    </section>
  );
}
