import type { CatalogItem, PriceListKind } from "@/rules";
import { Money } from "@/components/ui/money";
import { formatListDate, sourceHost } from "@/lib/prices/price-list-text";

/** One item of /prices: its title, price (marked when it is an example), date and source page. */
export function PriceItemCard({ item, kind }: { item: CatalogItem; kind: PriceListKind }) {
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-slate-300 p-3">
      <span className="font-medium [overflow-wrap:anywhere]">{item.title}</span>
      <span className="flex flex-wrap items-baseline gap-x-2">
        <Money amount={item.price} className="text-lg font-semibold" />
        {kind === "example" ? (
          <span className="rounded bg-amber-100 px-1.5 text-sm text-amber-950">пример цены</span>
        ) : null}
        {item.asOf ? (
          <span className="text-sm text-slate-700">на {formatListDate(item.asOf)}</span>
        ) : null}
      </span>
      <a
        href={item.source}
        className="text-sm text-blue-800 underline [overflow-wrap:anywhere]"
        target="_blank"
        rel="noreferrer"
      >
        Источник: {sourceHost(item.source)}
      </a>
    </li>
  );
}
