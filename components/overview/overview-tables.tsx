import { countOf, formatTenge, type OverviewRow, type ReasonCode, lowerFirst } from "@/rules";
import { cardColumns } from "@/lib/page/card-table";
import { quoteHref } from "@/lib/overview/overview-url";
import { productToken } from "@/lib/proposal/proposal-url";
import { LINES, productLabels, type ProductLine } from "@/lib/quote/product-labels";
import { LINE_LABELS } from "@/lib/quote/quote-labels";

/*
 * Cell styles are set once on the table, by column, not on each cell: the page repeats every row
 * twice (HTML and the React payload), 107 rows of repeated classes would weigh on phones.
 * Columns: 1 product (th), 2 operation, 3 available, 4–6 discount and prices, 7 basis, 8 link,
 * 9 the «В КП» checkbox.
 * An eligible row has the class `ok`.
 */
const table =
  "cards w-full border-collapse md:min-w-[60rem] text-sm [&_td]:px-2 [&_td]:py-2 [&_td]:align-top [&_th]:px-2 [&_th]:py-2 [&_th]:text-left [&_tbody_th]:align-top [&_tbody_th]:font-medium md:[&_tbody_th]:sticky md:[&_tbody_th]:left-0 [&_tbody_th]:bg-inherit [&_thead_th]:align-bottom [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_tbody_tr]:bg-white [&_tr.ok]:bg-emerald-50 [&_tr.ok]:font-semibold [&_td:nth-child(n+4):nth-child(-n+6)]:whitespace-nowrap [&_td:nth-child(n+4):nth-child(-n+6)]:text-right [&_td:nth-child(n+4):nth-child(-n+6)]:tabular-nums md:[&_td:nth-child(7)]:min-w-[18rem] [&_td:nth-child(7)]:font-normal [&_a]:whitespace-nowrap [&_a]:text-blue-700 [&_a]:underline [&_a:hover]:text-blue-900 [&_label]:inline-flex [&_label]:min-h-11 [&_label]:items-center [&_label]:gap-2 [&_label]:font-normal [&_input]:size-5 [&_input]:accent-blue-700";

/**
 * Why this row gets (or does not get) the discount: the granting clauses, or the row's first
 * reason the page does not already say above the tables (`skip`), right beside the row. Each part
 * is one string (one text node), only the greyed and amber remarks are elements.
 */
function Basis({
  row,
  copilotBonus,
  skip,
}: {
  row: OverviewRow;
  copilotBonus: number;
  skip: ReadonlySet<ReasonCode>;
}) {
  const r = row.result;
  const p = row.request.product;
  if (!r.eligible) {
    const own = ownReasons(row, skip);
    if (own.length === 0) return "—";
    const more = own.length - 1;
    if (more === 0) return own[0]!;
    return (
      <>
        {own[0]!}
        <span className="text-slate-600">{` Ещё ${countOf(more, REASONS)}.`}</span>
      </>
    );
  }
  // п. 4.1.6: an eligible cloud «Энтерпрайз» for 12 months also brings the Copilot bonus.
  const copilot = p.line === "cloud" && p.plan === "enterprise" && p.months === 12;
  const text =
    `Скидка по п. ${r.clauses.join(", ")}.` +
    (copilot
      ? ` Можно добавить Буст Copilot с бонусом ${formatTenge(copilotBonus)} (п. 4.1.6).`
      : "");
  if (r.warnings.length === 0) return text;
  return (
    <>
      {text}
      <span className="text-amber-800">
        {" Есть оговорка, толкование за Организатором (п. 8.1)."}
      </span>
    </>
  );
}

const REASONS = ["причина", "причины", "причин"] as const;

/** The texts of a row's reasons that the page does not already say above the tables. */
const ownReasons = (row: OverviewRow, skip: ReadonlySet<ReasonCode>) =>
  row.result.reasons.filter((reason) => !skip.has(reason.code)).map((reason) => reason.text);

/** The columns; the link and tick columns have no name on a phone's card (their text says it). */
const COLUMNS = [
  "Продукт",
  "Операция",
  "Доступно",
  "Скидка",
  "Цена по прайс-листу",
  "Цена по акции",
  "Основание",
  "Расчёт",
  "В КП",
] as const;
const CARD_STYLE = cardColumns(COLUMNS.map((c) => (c === "Расчёт" || c === "В КП" ? "" : c)));
const RIGHT: ReadonlySet<string> = new Set(["Скидка", "Цена по прайс-листу", "Цена по акции"]);

function OverviewTable({
  line,
  closed,
  id,
  caption,
  rows,
  total,
  available,
  note,
  copilotBonus,
  skip,
}: {
  line: ProductLine;
  closed: boolean;
  id: string;
  caption: string;
  rows: OverviewRow[];
  total: number;
  available: number;
  note: string;
  copilotBonus: number;
  skip: ReadonlySet<ReasonCode>;
}) {
  // The last column ticks rows into a commercial offer (the enclosing GET form to /offer).
  // A <details> group opens and closes without JavaScript; GroupMemory writes it to the URL.
  return (
    <details
      data-group={line}
      open={!closed}
      className="group mt-4 rounded-lg border border-slate-300 open:border-slate-400"
    >
      <summary className="flex min-h-11 cursor-pointer items-start gap-2 rounded-lg bg-slate-50 px-3 py-2 group-open:rounded-b-none">
        <span
          aria-hidden="true"
          className="mt-0.5 inline-block transition-transform group-open:rotate-90"
        >
          ▸
        </span>
        <h3 id={id} className="text-lg font-semibold">
          {caption}{" "}
          <span className="text-base font-normal text-slate-700">
            — показано {rows.length} из {total}, доступно {available}. {note}
          </span>
        </h3>
      </summary>
      {/* `relative`: the links' sr-only text is absolutely positioned and would otherwise escape
          the scroll container and widen the whole page on a phone. */}
      <div
        role="region"
        aria-labelledby={id}
        tabIndex={0}
        className="relative overflow-x-auto border-t border-slate-300 focus:outline-none focus:ring-2 focus:ring-blue-600"
      >
        <table className={table} style={CARD_STYLE}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              {COLUMNS.map((name) => (
                <th
                  key={name}
                  scope="col"
                  {...(RIGHT.has(name) ? { className: "text-right!" } : {})}
                >
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={9} className="text-slate-700">
                  Нет доступных позиций в этой группе.
                </td>
              </tr>
            ) : null}
            {rows.map((row) => {
              const r = row.result;
              const label = productLabels(row.request.product);
              return (
                <tr
                  key={r.priceSource.itemId ?? `${label.product} ${label.operation}`}
                  {...(r.eligible ? { className: "ok" } : {})}
                >
                  <th scope="row">{label.product}</th>
                  <td>{label.operation}</td>
                  <td>{r.eligible ? "Да" : "Нет"}</td>
                  <td>{r.eligible ? `${r.discountPercent}%` : "—"}</td>
                  <td>{formatTenge(r.listPrice)}</td>
                  <td>{r.eligible ? formatTenge(r.promoPrice) : "—"}</td>
                  <td>
                    <Basis row={row} copilotBonus={copilotBonus} skip={skip} />
                  </td>
                  <td>
                    {/* A plain link: the quote page is a full page of its own, nothing to prefetch. */}
                    <a href={quoteHref(row.request)}>
                      Открыть расчёт
                      <span className="sr-only">{` — ${label.product}, ${lowerFirst(label.operation)}`}</span>
                    </a>
                  </td>
                  <td>
                    <label>
                      <input
                        type="checkbox"
                        name="l"
                        value={productToken(row.request.product)}
                        aria-label={`В КП: ${label.product}, ${lowerFirst(label.operation)}`}
                      />
                      В КП
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The id of a product line's table heading, for the links between groups. */
export const groupId = (line: ProductLine) => `offers-group-${line}`;

/** Every offers row grouped per product line (облако, коробка, Управление сайтом), collapsible. */
export function OverviewTables({
  rows,
  onlyEligible,
  note,
  copilotBonus,
  skip,
  closed,
}: {
  rows: OverviewRow[];
  /** The groups shown closed (the URL's `closed`). */
  closed: ReadonlySet<ProductLine>;
  onlyEligible: boolean;
  note: string;
  copilotBonus: number;
  /** Reasons said once above the tables, left out of each row. */
  skip: ReadonlySet<ReasonCode>;
}) {
  return (
    <>
      {LINES.map((line) => {
        const all = rows.filter((r) => r.request.product.line === line);
        const eligible = all.filter((r) => r.result.eligible);
        return (
          <OverviewTable
            key={line}
            line={line}
            closed={closed.has(line)}
            id={groupId(line)}
            caption={LINE_LABELS[line]}
            rows={onlyEligible ? eligible : all}
            total={all.length}
            available={eligible.length}
            note={note}
            copilotBonus={copilotBonus}
            skip={skip}
          />
        );
      })}
    </>
  );
}
