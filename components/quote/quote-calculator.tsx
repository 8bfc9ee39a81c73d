"use client";

import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type SyntheticEvent,
} from "react";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useForm, useWatch } from "react-hook-form";
import {
  indexPriceList,
  toAstanaIso,
  type PriceList,
  type QuoteResult,
  type Suggestion,
} from "@/rules";
import { FORM_SUBMIT_KEY } from "@/lib/quote/form-submit";
import type { QuoteField, QuoteFormErrors, QuoteFormValues } from "@/lib/quote/quote-form";
import type { QuoteView } from "@/lib/quote/quote-view";
import { Money } from "@/components/ui/money";
import { PrintOnDemand } from "./print-on-demand";
import { ShareActions } from "@/components/ui/share-actions";
import { ClientSection } from "./fields/client-section";
import { DatesSection } from "./fields/dates-section";
import { HistorySection } from "./fields/history-section";
import { ProductSection } from "./fields/product-section";
import { fieldId } from "./fields/shared";
import { QuoteResultPanel } from "./quote-result";
import { quoteText } from "@/lib/quote/quote-text";
import { useQuoteEngine } from "./use-quote-engine";

/** On a phone the result is below the form: a bar keeps the price in sight while filling it in. */
function PhoneSummary({ result }: { result: QuoteResult | null }) {
  return (
    <div className="sticky bottom-0 -mx-4 flex items-center justify-between gap-3 border-t border-slate-300 bg-white px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.08)] lg:hidden">
      <p className="font-semibold">
        {!result ? (
          "Проверьте поля формы"
        ) : result.eligible ? (
          <>
            По акции: <Money amount={result.total} />
          </>
        ) : (
          "Скидка не положена"
        )}
      </p>
      <a href="#result-heading" className="shrink-0 py-2 text-blue-800 underline">
        К расчёту
      </a>
    </div>
  );
}

/**
 * A date and time inside the promotion, for «Акция завершилась»: 15.08.2025 12:00 Astana time, in
 * the form's own format. Here, not in lib/quote/quote-form.ts: importing that module would bring the
 * request schema into the first load.
 */
const PROMO_SAMPLE_ORDERED_AT = "2025-08-15T12:00";

/** The quote's query (`?line=…`) ordered and paid at the sample date inside the promotion. */
function withPromoDates(query: string): string {
  const q = new URLSearchParams(query);
  q.set("ordered", PROMO_SAMPLE_ORDERED_AT);
  q.delete("paid");
  return `/?${q.toString()}`;
}

/** The errors to show beside the fields: none yet for an empty field nobody has been in. */
function untouchedEmptyHidden(
  errors: QuoteFormErrors,
  values: QuoteFormValues,
  touched: ReadonlySet<string>,
): QuoteFormErrors {
  const shown: QuoteFormErrors = {};
  for (const [field, message] of Object.entries(errors) as [keyof QuoteFormErrors, string][]) {
    const empty = field !== "form" && values[field] === "";
    if (!empty || touched.has(field)) shown[field] = message;
  }
  return shown;
}

/** How long the address bar waits for typing to pause before it follows the form. */
const URL_DEBOUNCE_MS = 300;

// Copies the values so every change is a new object for useMemo (the form mutates its own).
const snapshot = (v: QuoteFormValues): QuoteFormValues => ({ ...v });

/**
 * What the list price input shows: what the partner typed while it belongs to the product the
 * view prices, else the view's text. Read from the form's own values, not only from the worker's
 * answer: the input is controlled, and a keystroke must show at once, not a frame later.
 */
const shownPriceText = (values: QuoteFormValues, view: QuoteView) =>
  values.listPriceFor === view.catalog.id ? values.listPrice : view.priceText;

/**
 * The partner's quote form and its result. The result follows every change (no API round trip, no
 * submit), priced by the rules library in a Web Worker; on the server the same render, with the
 * server's view, gives the first paint.
 * Text that never changes comes rendered from the server (`promoOverNotice`, `printFooter`), so
 * this script does not carry it.
 */
export function QuoteCalculator({
  initialValues,
  priceList,
  initialView,
  promoOverNotice,
  printFooter,
  addToProposalHref,
  offersHref,
}: {
  initialValues: QuoteFormValues;
  /** The price list the server loaded: page data, so a new list needs a restart, not a build. */
  priceList: PriceList;
  /** The server's view of `initialValues` (`quoteView`): shown until the engine has loaded. */
  initialView: QuoteView;
  /** «Акция завершилась»: given when the promotion is over, shown beside a button into it. */
  promoOverNotice: ReactNode;
  /** The closing lines of the printed offer. */
  printFooter: ReactNode;
  /** «Добавить в КП» without JavaScript: GET /offer/add for the server's quote, null on errors. */
  addToProposalHref: string | null;
  /** /offers with the server's quote's answers (the link before scripts run, or without them). */
  offersHref: string;
}) {
  // No zodResolver: the form is flat (every line keeps its own fields while hidden) and the
  // request is a union, so the form is mapped to a request and checked with the same
  // quoteRequestSchema (lib/quote/quote-form.ts) on every render: synchronous, and cross-field issues
  // (e.g. a paid plan for a client who never paid) show beside their field at once.
  const form = useForm<QuoteFormValues>({
    defaultValues: initialValues,
    // Hidden fields keep their values: switching a line or an answer back restores them.
    shouldUnregister: false,
  });
  const { setValue } = form;
  const values = useWatch({ control: form.control, compute: snapshot });
  const list = useMemo(() => indexPriceList(priceList), [priceList]);

  // Validation with the one request schema, then the engine, in a Web Worker: the page renders
  // what it answers (components/quote/use-quote-engine.ts).
  const { view, failed } = useQuoteEngine(values, priceList, initialValues, initialView);
  const { validation, result, suggestions, catalog, query } = view;
  const request = validation.request;

  // Set once the partner leaves for /offer or /offers: the URL is no longer this page's to
  // rewrite (a replaceState after router.push would cancel the navigation under way).
  const leaving = useRef(false);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (leaving.current || window.location.search === query) return;
      window.history.replaceState(null, "", query);
    }, URL_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  /** Leaves the page for `href`, loaded on click (the code that makes it is not needed before). */
  const leaveFor = (href: () => Promise<string>) => {
    leaving.current = true;
    void href().then((target) => router.push(target));
  };

  const setPromoDates = () => {
    setValue("orderedAt", PROMO_SAMPLE_ORDERED_AT);
    setValue("paidAt", PROMO_SAMPLE_ORDERED_AT);
  };
  // The same answers on a date inside the promotion: a plain link without JavaScript.
  const promoDatesHref = withPromoDates(query);

  const applySuggestion = useCallback(
    (s: Suggestion) => {
      for (const c of s.changes) {
        switch (c.kind) {
          case "decline_other_promotion":
            setValue("otherPromotion", false);
            break;
          case "months":
            setValue("cloudMonths", "12");
            break;
          case "cloud_plan":
            setValue("cloudPlan", c.plan);
            if (c.users) setValue("cloudUsers", String(c.users));
            break;
          case "box_license":
            setValue("boxEdition", c.edition);
            if (c.users && c.edition === "enterprise") {
              setValue("boxEnterpriseUsers", String(c.users));
            } else if (c.users) setValue("boxPortalUsers", String(c.users));
            break;
          case "cms_edition":
            setValue("cmsEdition", c.edition);
            break;
        }
      }
    },
    [setValue],
  );

  const focusField = useCallback((field: QuoteField | "form") => {
    if (field === "form") return;
    const el = document.getElementById(fieldId(field));
    // Radio groups are fieldsets: focus their checked (or first) radio.
    const target =
      el instanceof HTMLFieldSetElement
        ? (el.querySelector<HTMLInputElement>("input:checked") ?? el.querySelector("input"))
        : el;
    target?.focus();
  }, []);

  const link = () => `${window.location.origin}${window.location.pathname}${query}`;
  const router = useRouter();
  const text = request && result ? () => quoteText(request, result, link()) : null;
  const addToProposal = request
    ? () =>
        // The offer's URL code carries the request schema.
        leaveFor(async () => {
          const { proposalQueryWithQuote } = await import("@/lib/proposal/add-to-proposal");
          return `/offer?${proposalQueryWithQuote(request, toAstanaIso(Date.now()))}`;
        })
    : null;
  // An empty field shows no error until the partner has been in it: a field that just appeared
  // (e.g. the source date of a move) is a question, not a mistake. The result panel lists them all.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = (e: SyntheticEvent<HTMLFormElement>) => {
    const target: EventTarget = e.target;
    const name =
      target instanceof HTMLInputElement || target instanceof HTMLSelectElement ? target.name : "";
    if (name && !touched.has(name)) setTouched(new Set(touched).add(name));
  };
  const fieldErrors = useMemo(
    () => untouchedEmptyHidden(validation.errors, values, touched),
    [validation.errors, values, touched],
  );
  const section = { form, values, errors: fieldErrors };
  const hydrated = useHydrated();

  return (
    <>
      <div className="flex flex-col gap-6 print:hidden">
        {promoOverNotice ? (
          <div className="flex flex-col gap-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 sm:flex-row sm:items-center sm:justify-between">
            <div>{promoOverNotice}</div>
            <a
              href={promoDatesHref}
              onClick={(event) => {
                event.preventDefault();
                setPromoDates();
              }}
              className="inline-flex min-h-11 shrink-0 items-center rounded-md border border-amber-800 bg-white px-4 py-2 font-medium text-amber-950 hover:bg-amber-100"
            >
              Указать дату в срок акции: 15.08.2025 12:00
            </a>
          </div>
        ) : null}
        <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
          {/* Without JavaScript this is a plain GET form (app/page.tsx reads it back). */}
          <form
            aria-label="Данные для расчёта"
            method="get"
            action="/"
            noValidate
            // The result follows every change; without a worker the form is sent (GET).
            onSubmit={(e) => {
              if (!failed) e.preventDefault();
            }}
            onBlur={touch}
            onChange={touch}
            className="flex flex-col gap-6"
          >
            <input type="hidden" name={FORM_SUBMIT_KEY} value="1" />
            <ProductSection
              {...section}
              priceText={shownPriceText(values, view)}
              catalog={catalog}
              list={list}
              needsPrice={view.needsPrice}
              priceFarOff={view.priceFarOff}
            />
            <ClientSection {...section} />
            {values.line === "cloud" ? <HistorySection {...section} /> : null}
            <DatesSection {...section} />
            {/* The result follows every change once scripts run; before that, or without them, the
                form is sent with this button. */}
            <button
              type="submit"
              hidden={hydrated && !failed}
              className="min-h-11 self-start rounded-md bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
            >
              Рассчитать
            </button>
            <PhoneSummary result={result} />
          </form>
          <div className="flex flex-col gap-4 lg:sticky lg:top-4 lg:-m-1 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:p-1">
            <QuoteResultPanel
              result={result}
              errors={validation.errors}
              suggestions={suggestions}
              onApply={applySuggestion}
              onFocusField={focusField}
            />
            {/* The panel scrolls on its own when «Почему такая цена?» is open: the actions stay
                at its bottom edge, in reach. */}
            <div className="bg-white lg:sticky lg:bottom-0 lg:border-t lg:border-slate-200 lg:pt-2">
              <ShareActions
                link={link}
                text={text}
                addToProposal={addToProposal}
                addToProposalHref={addToProposalHref}
              />
              <a
                href={offersHref}
                onClick={(event) => {
                  if (!request) return;
                  event.preventDefault();
                  leaveFor(async () => {
                    const { overviewHrefForQuote } = await import("@/lib/proposal/overview-link");
                    return overviewHrefForQuote(request);
                  });
                }}
                className="mt-2 inline-flex min-h-11 items-center text-blue-800 underline print:hidden"
              >
                Что ещё доступно этому клиенту
              </a>
            </div>
          </div>
        </div>
      </div>
      <PrintOnDemand request={request} result={result} priceList={priceList} footer={printFooter} />
    </>
  );
}
