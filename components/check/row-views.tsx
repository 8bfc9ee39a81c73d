"use client";

import { memo } from "react";
import type { Catalog } from "@/rules";
import { STATUS_LABELS } from "@/lib/check/export";
import { quoteLink, type CheckRow, type RowStatus } from "@/lib/check/price-row";
import { Money } from "@/components/ui/money";

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
          <li key={i}>{`Столбец «${e.column}»: ${e.message}`}</li>
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
export const TableRow = memo(function TableRow({
  row,
  catalog,
}: {
  row: CheckRow;
  catalog: Catalog;
}) {
  return (
    <tr>
      <td className="tabular-nums">{row.line}</td>
      {row.shown.map((text, i) => (
        <td key={i}>{text}</td>
      ))}
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
export const RowCard = memo(function RowCard({
  row,
  titles,
  catalog,
}: {
  row: CheckRow;
  titles: readonly string[];
  catalog: Catalog;
}) {
  return (
    <li className="rounded-lg border border-slate-300 p-3">
      <p className="font-medium">
        {`Строка ${row.line}: `}
        <span className={STATUS_CLASS[row.status]}>{STATUS_LABELS[row.status]}</span>
      </p>
      {row.shown.map((text, i) => (text ? <p key={i}>{`${titles[i]}: ${text}`}</p> : null))}
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
