import { requestInstant } from "@/lib/page/clock";
import type { Metadata } from "next";
import { cache } from "react";
import { kzSummer2025, parseAstanaInstant, toAstanaIso } from "@/rules";
import { PrintFooter } from "@/components/ui/print-footer";
import { QuoteCalculator } from "@/components/quote/quote-calculator";
import { redirect } from "next/navigation";
import { HOME_TITLE, pageMetadata } from "@/lib/page/page-metadata";
import { FORM_SUBMIT_KEY } from "@/lib/quote/form-submit";
import {
  quoteFormValuesFromFields,
  quoteFormValuesFromParams,
  quoteQueryString,
} from "@/lib/quote/quote-url";
import { priceListData } from "@/lib/prices/load-price-list";
import { priceList } from "@/lib/prices/price-list";
import { quoteView } from "@/lib/quote/quote-view";
import { searchParamsOf, type SearchParams } from "@/lib/page/search-params";
import { addLinesHref } from "@/lib/proposal/add-lines-href";
import { overviewHrefForQuote } from "@/lib/proposal/overview-link";

type PageSearchParams = Promise<SearchParams>;

/**
 * The form values a link describes, with "now" (Astana time) for the dates it leaves out, and
 * their quote view. Cached per request by the link's query: the metadata and the page share one
 * computation (and one "now").
 */
const initialState = cache((query: string) => {
  const now = toAstanaIso(requestInstant());
  const { catalog } = priceList();
  const values = quoteFormValuesFromParams(new URLSearchParams(query), now, catalog);
  return { now, values, catalog, view: quoteView(values, catalog) };
});

const linkQuery = async (searchParams: PageSearchParams) =>
  searchParamsOf(await searchParams).toString();

export async function generateMetadata({
  searchParams,
}: {
  searchParams: PageSearchParams;
}): Promise<Metadata> {
  // A shared link previews its own quote in messengers: the summary is the description.
  const { result } = initialState(await linkQuery(searchParams)).view;
  return result ? pageMetadata(HOME_TITLE, result.summary) : {};
}

export default async function HomePage({ searchParams }: { searchParams: PageSearchParams }) {
  const record = await searchParams;
  if (record[FORM_SUBMIT_KEY] !== undefined) {
    // The form sent without JavaScript (every value of every key: a checkbox sends its hidden
    // "off" and then "on"): on to the shareable link of the same answers.
    const now = toAstanaIso(requestInstant());
    const { catalog } = priceList();
    redirect(
      `/${quoteQueryString(quoteFormValuesFromFields(searchParamsOf(record), now, catalog), catalog)}`,
    );
  }
  const { now, values, catalog, view } = initialState(await linkQuery(searchParams));
  const promoOver = (parseAstanaInstant(now) ?? 0) >= kzSummer2025.endExclusive;
  return (
    <main id="main" className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 sm:py-8">
      <div className="flex flex-col gap-2 print:hidden">
        <h1 className="text-2xl font-bold sm:text-3xl">Калькулятор акции «Лето с выгодой»</h1>
        <p className="max-w-3xl text-slate-700">
          Цена лицензий 1С-Битрикс для клиента по акции 1С-Битрикс Казахстан (28.07–31.08.2025):
          выберите продукт, ответьте на вопросы о клиенте — расчёт и пункты Правил появятся сразу.
        </p>
      </div>
      {/* The client component renders the quote during server rendering too: the first paint
          already shows the result for the link's inputs. */}
      <QuoteCalculator
        initialValues={values}
        priceList={priceListData(catalog)}
        initialView={view}
        promoOverNotice={
          promoOver ? (
            <>
              <h2 className="text-lg font-bold">Акция завершилась 31.08.2025</h2>
              <p>
                Она действовала с 28.07.2025 по 31.08.2025 (время Астаны). Чтобы посчитать цену в
                срок акции, укажите даты заказа и оплаты в этом периоде.
              </p>
            </>
          ) : null
        }
        printFooter={<PrintFooter />}
        addToProposalHref={addLinesHref(view.validation.request, now)}
        offersHref={
          view.validation.request ? overviewHrefForQuote(view.validation.request) : "/offers"
        }
      />
    </main>
  );
}
