import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import type { Metadata } from "next";
import type { Language } from "@/rules/text/language";
import type { SearchParams } from "@/lib/page/search-params";
import { searchParamsOf } from "@/lib/page/search-params";
import { pageAddress } from "@/lib/page/language";
import { bilingualPageMetadata } from "@/lib/page/page-metadata";
import { PriceTable } from "@/components/prices/price-table";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { Select } from "@/components/ui/select";
import { PriceListNote } from "@/components/ui/price-list-note";
import { PRICE_LINES, readPriceLine } from "@/lib/prices/price-list-lines";
import { MAX_PRICE_QUERY, readPriceQuery, searchPriceItems } from "@/lib/prices/price-search";
import { formatListDate } from "@/lib/prices/price-list-text";
import { PRICES_TEXTS } from "@/lib/prices/prices-language";
import { priceList } from "@/lib/prices/price-list";

/** The title, description and hreflang alternates of /prices or /kk/prices. */
export function pricesMetadata(language: Language): Metadata {
  const texts = PRICES_TEXTS[language];
  return bilingualPageMetadata("/prices", language, texts.pageTitle, texts.pageDescription);
}

/** /prices and /kk/prices: the calculator's price list, searchable by name and line without JS. */
export async function PricesPage({
  language,
  searchParams,
}: {
  language: Language;
  searchParams: Promise<SearchParams>;
}) {
  const texts = PRICES_TEXTS[language];
  const path = pageAddress("/prices", language);
  const { catalog, loadedFrom } = priceList();
  const params = await searchParams;
  const line = readPriceLine(params.line);
  const query = readPriceQuery(params.q);
  const groups = searchPriceItems(catalog.items, line, query, texts.itemTitle);
  const shown = groups.reduce((n, group) => n + group.items.length, 0);
  const filtered = line !== null || query !== "";
  const download = new URLSearchParams();
  if (language !== "ru") download.set("lang", language);
  if (line) download.set("line", line);
  if (query) download.set("q", query);
  const downloadHref = `/prices/table.csv${download.size > 0 ? `?${download.toString()}` : ""}`;
  const lineOptions = [
    { value: "", label: texts.allLines },
    ...PRICE_LINES.map((value) => ({ value, label: texts.lines[value] })),
  ];
  const ownNote = texts.ownNote(catalog.note);
  return (
    <>
      <LanguageSwitch
        page="/prices"
        language={language}
        params={searchParamsOf(params)}
        keep={["line", "q"]}
      />
      <main id="main" className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{texts.heading(catalog)}</h1>
        <dl className="grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{texts.facts.kind}</dt>
          <dd>{texts.kind(catalog.kind, loadedFrom === "example")}</dd>
          <dt className="font-semibold">{texts.facts.asOf}</dt>
          <dd>{formatListDate(catalog.asOf)}</dd>
          <dt className="font-semibold">{texts.facts.vat}</dt>
          <dd>{texts.vat(catalog.vatIncluded)}</dd>
          <dt className="font-semibold">{texts.facts.count}</dt>
          <dd>{catalog.items.length}</dd>
        </dl>
        <PriceListNote
          list={catalog}
          note={texts.listNote(catalog)}
          all={{ label: texts.allPrices, href: path }}
        />
        {ownNote ? <p className="max-w-3xl text-slate-700">{ownNote}</p> : null}
        <form
          method="get"
          action={path}
          role="search"
          className="flex flex-wrap items-end gap-3 print:hidden"
        >
          <label className="flex min-w-0 grow flex-col gap-1 sm:max-w-md">
            <span className="font-medium">{texts.search}</span>
            <input
              type="search"
              name="q"
              defaultValue={query}
              maxLength={MAX_PRICE_QUERY}
              placeholder={texts.searchHint}
              className="min-h-11 rounded-md border border-slate-400 px-3 py-2"
            />
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{texts.line}</span>
            <Select
              name="line"
              defaultValue={line ?? ""}
              options={lineOptions}
              className="w-auto"
            />
          </label>
          <button type="submit" className={PRIMARY_BUTTON}>
            {texts.show}
          </button>
          {filtered ? (
            <a href={path} className="inline-flex min-h-11 items-center text-blue-800 underline">
              {texts.reset}
            </a>
          ) : null}
        </form>
        <p role="status" className="flex flex-wrap gap-x-4 gap-y-1">
          <span>{texts.found(shown, catalog.items.length)}</span>
          {shown > 0 ? (
            <span>
              <a href={downloadHref} className="text-blue-800 underline" download>
                {texts.download}
              </a>{" "}
              <span className="text-slate-700">— {texts.downloadHint}</span>
            </span>
          ) : null}
        </p>
        <p className="print:hidden">
          <a href="/api/prices?format=csv" className="text-blue-800 underline" download>
            {texts.downloadList}
          </a>
        </p>
        {shown === 0 ? <p>{query ? texts.nothing : texts.noneInLine}</p> : null}
        {groups.map((group) => (
          <section key={group.line} aria-labelledby={`line-${group.line}`}>
            <h2 id={`line-${group.line}`} className="text-2xl font-semibold">
              {texts.lines[group.line]}
            </h2>
            <PriceTable
              id={`prices-${group.line}`}
              caption={texts.tableCaption(texts.lines[group.line])}
              items={group.items}
              kind={catalog.kind}
              listAsOf={catalog.asOf}
              texts={texts}
            />
          </section>
        ))}
      </main>
    </>
  );
}
