import type { SearchParams } from "@/lib/page/search-params";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page/page-metadata";
import { PriceItemCard } from "@/components/prices/price-item-card";
import { LINE_LABELS } from "@/lib/quote/quote-labels";
import { Select } from "@/components/ui/select";
import { PriceListNote } from "@/components/ui/price-list-note";
import { itemsByLine, PRICE_LINES, readPriceLine } from "@/lib/prices/price-list-lines";
import { formatListDate } from "@/lib/prices/price-list-text";
import { priceList } from "@/lib/prices/price-list";

export const metadata: Metadata = pageMetadata(
  "Прайс-лист калькулятора — акция «Лето с выгодой», 1С-Битрикс Казахстан",
  "Цены, по которым калькулятор считает акционные цены: позиции, даты и источники.",
);

const VAT = {
  true: "Цены с НДС.",
  false: "Цены без НДС.",
  null: "Включён ли НДС, в прайс-листе не указано.",
} as const;

const LINE_OPTIONS = [
  { value: "", label: "Все линейки" },
  ...PRICE_LINES.map((line) => ({ value: line, label: LINE_LABELS[line] })),
];

export default async function PricesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { catalog, loadedFrom } = priceList();
  const line = readPriceLine((await searchParams).line);
  const groups = itemsByLine(catalog.items, line);
  const example = catalog.kind === "example";
  return (
    <main id="main" className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">Прайс-лист: {catalog.title}</h1>
      <dl className="grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Вид</dt>
        <dd>
          {example
            ? "пример — цены не из прайс-листа Организатора"
            : "прайс-лист, загруженный оператором калькулятора"}
          {loadedFrom === "example" ? " (поставляется с калькулятором)" : ""}
        </dd>
        <dt className="font-semibold">Цены на</dt>
        <dd>{formatListDate(catalog.asOf)}</dd>
        <dt className="font-semibold">НДС</dt>
        <dd>{VAT[String(catalog.vatIncluded) as keyof typeof VAT]}</dd>
        <dt className="font-semibold">Позиций</dt>
        <dd>{catalog.items.length}</dd>
      </dl>
      <PriceListNote list={catalog} />
      {catalog.note ? <p className="max-w-3xl text-slate-700">{catalog.note}</p> : null}
      <p>
        <a href="/api/prices?format=csv" className="text-blue-800 underline" download>
          Скачать CSV
        </a>
      </p>
      <form method="get" action="/prices" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Линейка</span>
          <Select name="line" defaultValue={line ?? ""} options={LINE_OPTIONS} className="w-auto" />
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-blue-800 bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
        >
          Показать
        </button>
      </form>
      {groups.length === 0 ? <p>В этом прайс-листе нет позиций этой линейки.</p> : null}
      {groups.map((group) => (
        <section key={group.line} aria-labelledby={`line-${group.line}`}>
          <h2 id={`line-${group.line}`} className="text-2xl font-semibold">
            {LINE_LABELS[group.line]}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {group.items.map((item) => (
              <PriceItemCard key={item.id} item={item} kind={catalog.kind} />
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
