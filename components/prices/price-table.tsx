import type { CatalogItem, PriceListKind } from "@/rules";
import { Money } from "@/components/ui/money";
import { cardColumns } from "@/lib/page/card-table";
import { formatListDate, sourceHost } from "@/lib/prices/price-list-text";
import type { PricesTexts } from "@/lib/prices/prices-texts";

/*
 * One line's items: a compact table on wide screens, compact cards on phones (`table.cards`,
 * app/globals.css). Cell styles are set once on the table, not on each of ~100 cells.
 */
const TABLE =
  "cards figures-inline w-full border-collapse text-sm [&_td]:px-3 [&_td]:py-1.5 [&_th]:px-3 [&_th]:py-1.5 [&_th]:text-left [&_thead_th]:align-bottom [&_tbody_th]:font-medium [&_tbody_th]:[overflow-wrap:anywhere] [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 md:[&_td:nth-child(2)]:text-right md:[&_td:nth-child(2)]:whitespace-nowrap md:[&_td:nth-child(3)]:whitespace-nowrap [&_a]:text-blue-800 [&_a]:underline [&_a]:[overflow-wrap:anywhere]";

/** The items of one product line of /prices. */
export function PriceTable({
  id,
  caption,
  items,
  kind,
  listAsOf,
  texts,
}: {
  id: string;
  caption: string;
  items: readonly CatalogItem[];
  kind: PriceListKind;
  listAsOf: string;
  texts: PricesTexts;
}) {
  const c = texts.columns;
  const headers = [c.title, c.price, c.asOf, c.source];
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      className="mt-2 overflow-x-auto rounded-lg border border-slate-300"
    >
      <table className={TABLE} style={cardColumns(["", c.price, c.asOf, ""])}>
        <caption id={`${id}-caption`} className="sr-only">
          {caption}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {headers.map((name, i) => (
              <th key={name} scope="col" {...(i === 1 ? { className: "text-right!" } : {})}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{texts.itemTitle(item)}</th>
              <td>
                <Money amount={item.price} className="font-semibold" />
                {kind === "example" ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-950">
                    {texts.example}
                  </span>
                ) : null}
              </td>
              <td>{formatListDate(item.asOf ?? listAsOf)}</td>
              <td>
                <a href={item.source} target="_blank" rel="noreferrer">
                  {texts.sourceLink(sourceHost(item.source))}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
