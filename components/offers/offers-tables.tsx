import { formatAstanaDate, formatTenge, parseAstanaInstant, type OfferRow } from "@/rules";
import { quoteHref } from "@/lib/offers-url";
import { productToken } from "@/lib/offer/offer-url";
import { LINE_CAPTIONS, LINES, offerLabels } from "./offer-labels";

/*
 * Cell styles are set once on the table, by column, not on each cell: the page repeats every row
 * twice (HTML and the React payload), 107 rows of repeated classes would weigh on phones.
 * Columns: 1 product (th), 2 operation, 3 available, 4–6 discount and prices, 7 basis, 8 link.
 * An eligible row has the class `ok`.
 */
const table =
  "w-full min-w-[60rem] border-collapse text-sm [&_td]:px-2 [&_td]:py-2 [&_td]:align-top [&_th]:px-2 [&_th]:py-2 [&_th]:text-left [&_tbody_th]:align-top [&_tbody_th]:font-medium [&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:bg-inherit [&_thead_th]:align-bottom [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_tbody_tr]:bg-white [&_tr.ok]:bg-emerald-50 [&_tr.ok]:font-semibold [&_td:nth-child(n+4):nth-child(-n+6)]:whitespace-nowrap [&_td:nth-child(n+4):nth-child(-n+6)]:text-right [&_td:nth-child(n+4):nth-child(-n+6)]:tabular-nums [&_td:nth-child(7)]:min-w-[18rem] [&_td:nth-child(7)]:font-normal [&_a]:whitespace-nowrap [&_a]:text-blue-700 [&_a]:underline [&_a:hover]:text-blue-900";

const formatSourceDate = (text: string) => {
  const instant = parseAstanaInstant(text);
  return instant === null ? text : formatAstanaDate(instant);
};

/**
 * Why this row gets (or does not get) the discount: the granting clauses or the first reason.
 * Each part is one string (one text node), only the greyed and amber remarks are elements.
 */
function Basis({ row, copilotBonus }: { row: OfferRow; copilotBonus: number }) {
  const r = row.result;
  const p = row.request.product;
  const assumed =
    row.assumedSourceDate && "sourcePurchasedAt" in p && p.sourcePurchasedAt ? (
      <span className="text-slate-600">
        {` Дата покупки текущей лицензии не указана, принята ${formatSourceDate(p.sourcePurchasedAt)}.`}
      </span>
    ) : null;
  if (!r.eligible) {
    const more = r.reasons.length - 1;
    const reason = r.reasons[0]?.text ?? "";
    if (more === 0 && !assumed) return reason;
    return (
      <>
        {reason}
        {more > 0 ? <span className="text-slate-600">{` Ещё причин: ${more}.`}</span> : null}
        {assumed}
      </>
    );
  }
  // п. 4.1.6: an eligible cloud «Энтерпрайз» for 12 months also brings the CoPilot bonus.
  const copilot = p.line === "cloud" && p.plan === "enterprise" && p.months === 12;
  const text =
    `Скидка по п. ${r.clauses.join(", ")}.` +
    (copilot
      ? ` Можно добавить Буст CoPilot с бонусом ${formatTenge(copilotBonus)} (п. 4.1.6).`
      : "");
  if (r.warnings.length === 0 && !assumed) return text;
  return (
    <>
      {text}
      {r.warnings.length > 0 ? (
        <span className="text-amber-800">
          {" Есть оговорка, толкование за Организатором (п. 8.1)."}
        </span>
      ) : null}
      {assumed}
    </>
  );
}

function OffersTable({
  id,
  caption,
  rows,
  total,
  available,
  note,
  copilotBonus,
}: {
  id: string;
  caption: string;
  rows: OfferRow[];
  total: number;
  available: number;
  note: string;
  copilotBonus: number;
}) {
  // The last column ticks rows into a commercial offer (the enclosing GET form to /offer).
  return (
    <div className="mt-6">
      {/* A heading outside the scroll region, so it wraps on a phone instead of scrolling away. */}
      <h3 id={id} className="text-lg font-semibold">
        {caption}{" "}
        <span className="text-base font-normal text-slate-700">
          — показано {rows.length} из {total}, доступно {available}. {note}
        </span>
      </h3>
      {/* `relative`: the links' sr-only text is absolutely positioned and would otherwise escape
          the scroll container and widen the whole page on a phone. */}
      <div
        role="region"
        aria-labelledby={id}
        tabIndex={0}
        className="relative mt-2 overflow-x-auto rounded-lg border border-slate-300 focus:outline-none focus:ring-2 focus:ring-blue-600"
      >
        <table className={table}>
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col">Продукт</th>
              <th scope="col">Операция</th>
              <th scope="col">Доступно</th>
              <th scope="col" className="text-right!">
                Скидка
              </th>
              <th scope="col" className="text-right!">
                Цена по прайсу
              </th>
              <th scope="col" className="text-right!">
                Цена по акции
              </th>
              <th scope="col">Основание</th>
              <th scope="col">Расчёт</th>
              <th scope="col">В КП</th>
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
              const label = offerLabels(row.request.product);
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
                  <td>{formatTenge(r.promoPrice)}</td>
                  <td>
                    <Basis row={row} copilotBonus={copilotBonus} />
                  </td>
                  <td>
                    {/* A plain link: the quote page is a full page of its own, nothing to prefetch. */}
                    <a href={quoteHref(row.request)}>
                      Открыть расчёт
                      <span className="sr-only">{` — ${label.product}, ${label.operation.toLowerCase()}`}</span>
                    </a>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      name="l"
                      value={productToken(row.request.product)}
                      aria-label={`В КП: ${label.product}, ${label.operation.toLowerCase()}`}
                      className="size-5"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Every offers row grouped per product line (облако, коробка, Управление сайтом). */
export function OffersTables({
  rows,
  onlyEligible,
  note,
  copilotBonus,
}: {
  rows: OfferRow[];
  onlyEligible: boolean;
  note: string;
  copilotBonus: number;
}) {
  return (
    <>
      {LINES.map((line) => {
        const all = rows.filter((r) => r.request.product.line === line);
        const eligible = all.filter((r) => r.result.eligible);
        return (
          <OffersTable
            key={line}
            id={`offers-group-${line}`}
            caption={LINE_CAPTIONS[line]}
            rows={onlyEligible ? eligible : all}
            total={all.length}
            available={eligible.length}
            note={note}
            copilotBonus={copilotBonus}
          />
        );
      })}
    </>
  );
}
