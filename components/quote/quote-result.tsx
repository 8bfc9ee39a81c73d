import { memo, useId, useState, type ReactNode } from "react";
import { countOf, formatSaving, formatTenge, type QuoteResult, type Suggestion } from "@/rules";
import { COPILOT_BOOST, copilotBonusTitle } from "@/lib/quote/glossary";
import type { QuoteField, QuoteFormErrors } from "@/lib/quote/quote-form";
import { Money } from "@/components/ui/money";
import { clauseList, describePriceSource, rewardBasis } from "@/lib/quote/describe";
import { FIELD_LABELS } from "@/lib/quote/field-labels";

const CLAUSE_BADGE =
  "mr-2 inline-block whitespace-nowrap rounded bg-white px-1.5 py-0.5 text-xs font-semibold text-slate-800 ring-1 ring-slate-400";

/** A boxed list with its own heading, colour and icon, so kinds differ by more than colour. */
function Callout({
  tone,
  icon,
  title,
  children,
}: {
  tone: "reason" | "suggestion" | "warning" | "note";
  icon: string;
  title: string;
  children: ReactNode;
}) {
  const tones = {
    reason: "border-red-700 bg-red-50 text-red-950",
    suggestion: "border-green-700 bg-green-50 text-green-950",
    warning: "border-amber-600 bg-amber-50 text-amber-950",
    note: "border-sky-700 bg-sky-50 text-sky-950",
  } as const;
  const id = useId();
  return (
    <section aria-labelledby={id} className={`rounded-md border-l-4 p-3 ${tones[tone]}`}>
      <h3 id={id} className="mb-2 flex items-center gap-2 font-semibold">
        <span aria-hidden="true">{icon}</span>
        {title}
      </h3>
      {children}
    </section>
  );
}

function Summary({ result, errors }: { result: QuoteResult | null; errors: QuoteFormErrors }) {
  if (!result) {
    const count = Object.keys(errors).length;
    return (
      <p className="font-semibold text-red-800">
        <span aria-hidden="true">⚠ </span>
        Расчёт появится, когда поля заполнены верно
        {count > 1 ? ` (ошибок: ${count})` : ""}.
      </p>
    );
  }
  if (!result.eligible) {
    return (
      <div className="flex flex-col gap-1">
        <p className="flex items-center gap-2 font-semibold text-red-800">
          <span aria-hidden="true">✕</span> Скидка по акции не положена
        </p>
        <p className="text-sm text-slate-700">Цена по прайс-листу</p>
        <p className="text-4xl font-bold">
          <Money amount={result.listPrice} />
        </p>
        <p className="text-sm text-slate-700">
          {countOf(result.reasons.length, ["причина", "причины", "причин"])} —{" "}
          {clauseList(result.clauses)}
        </p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <p className="flex items-center gap-2 font-semibold text-green-800">
        <span aria-hidden="true">✓</span> Скидка по акции {result.discountPercent}%
      </p>
      <p className="text-sm text-slate-700">Цена по акции</p>
      <p className="text-4xl font-bold">
        <Money amount={result.promoPrice} />
      </p>
      <p className="flex flex-wrap gap-x-3 text-slate-800">
        <span>
          <span className="sr-only">Цена по прайс-листу: </span>
          <Money amount={result.listPrice} struck className="text-slate-600" />
        </span>
        <span>
          скидка {result.discountPercent}% —{" "}
          {result.discount > 0 ? <Money amount={result.discount} /> : formatSaving(0)}
        </span>
      </p>
      {result.bonus ? (
        <p className="font-semibold">
          Итого с Бустом Copilot: <Money amount={result.total} />
        </p>
      ) : null}
    </div>
  );
}

function Breakdown({ result }: { result: QuoteResult }) {
  const row = (term: ReactNode, value: ReactNode, strong = false) => (
    <div className={`flex justify-between gap-4 py-1 ${strong ? "font-semibold" : ""}`}>
      <dt>{term}</dt>
      <dd className="text-right">{value}</dd>
    </div>
  );
  const b = result.bonus;
  return (
    <dl className="divide-y divide-slate-200 text-sm">
      {row("Цена по прайс-листу", <Money amount={result.listPrice} />)}
      {row(
        `Скидка ${result.discountPercent}%`,
        result.discount > 0 ? (
          <>
            −<Money amount={result.discount} />
          </>
        ) : (
          formatSaving(0)
        ),
      )}
      {row("Цена по акции", <Money amount={result.promoPrice} />, true)}
      {b ? (
        <>
          {row(`${COPILOT_BOOST} по прайс-листу`, <Money amount={b.listPrice} />)}
          {row(
            copilotBonusTitle(formatTenge(b.discount), b.clause),
            <>
              −<Money amount={b.discount} />
            </>,
          )}
          {row("Буст Copilot по акции", <Money amount={b.promoPrice} />)}
          {row("Итого", <Money amount={result.total} />, true)}
        </>
      ) : null}
    </dl>
  );
}

function CheckList({ result }: { result: QuoteResult }) {
  return (
    <ol className="mt-3 flex flex-col gap-2 text-sm">
      {result.checks.map((d) => (
        <li key={d.check} className="flex gap-2">
          <span
            aria-hidden="true"
            className={`font-bold ${d.passed ? "text-green-800" : "text-red-800"}`}
          >
            {d.passed ? "✓" : "✕"}
          </span>
          <span>
            <span className="font-semibold">
              {d.title}: {d.passed ? "выполнено" : "не выполнено"}
            </span>{" "}
            <span className={CLAUSE_BADGE}>{clauseList(d.clauses)}</span>
            <br />
            {d.text}
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * Every check, closed at first. Its list is rendered when opened, so a closed one adds nothing
 * to the page's DOM; without JavaScript the browser shows the `<noscript>` copy (the client
 * never renders a noscript's children).
 */
function Checks({ result }: { result: QuoteResult }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      aria-labelledby="checks-summary"
      className="rounded-md border border-slate-300 bg-white p-3"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary id="checks-summary" className="cursor-pointer font-semibold text-blue-900">
        Почему такая цена?
      </summary>
      {open ? (
        <CheckList result={result} />
      ) : (
        <noscript>
          <CheckList result={result} />
        </noscript>
      )}
    </details>
  );
}

/** The quote: price or reasons, the nearest way to a discount, warnings, notes and every check. */
export const QuoteResultPanel = memo(function QuoteResultPanel({
  result,
  errors,
  suggestions,
  onApply,
  onFocusField,
}: {
  result: QuoteResult | null;
  errors: QuoteFormErrors;
  suggestions: readonly Suggestion[];
  onApply: (s: Suggestion) => void;
  onFocusField: (field: QuoteField | "form") => void;
}) {
  const errorEntries = Object.entries(errors) as [QuoteField | "form", string][];
  return (
    <section
      aria-labelledby="result-heading"
      className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-slate-50 p-4"
    >
      {/* Focusable from script: «Применить» moves focus here, to the updated result. */}
      <h2 id="result-heading" tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Расчёт
      </h2>
      <div role="status" aria-live="polite" aria-atomic="true">
        <Summary result={result} errors={errors} />
      </div>
      {!result ? (
        <ul className="flex flex-col gap-1 text-sm">
          {errorEntries.map(([field, message]) => (
            <li key={field}>
              <button
                type="button"
                className="text-left text-red-800 underline"
                onClick={() => onFocusField(field)}
              >
                {FIELD_LABELS[field]}: {message}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {result?.eligible ? (
        <>
          <Breakdown result={result} />
          <p className="text-sm">
            <span className="font-semibold">Основание:</span> {clauseList(result.clauses)} Правил
            акции. {rewardBasis(result.reward)}
          </p>
        </>
      ) : null}
      {result && !result.eligible ? (
        <Callout tone="reason" icon="✕" title="Почему скидки нет">
          <ul className="flex flex-col gap-2 text-sm">
            {result.reasons.map((r) => (
              <li key={`${r.code}-${r.clause}`}>
                <span className={CLAUSE_BADGE}>{clauseList(r.clauses)}</span>
                {r.text}
              </li>
            ))}
          </ul>
        </Callout>
      ) : null}
      {suggestions.length > 0 ? (
        <Callout tone="suggestion" icon="→" title="Как получить скидку">
          <ul className="flex flex-col gap-2 text-sm">
            {suggestions.map((s) => (
              <li key={s.text} className="flex flex-col items-start gap-2">
                <span>{s.text}</span>
                <button
                  type="button"
                  onClick={() => {
                    onApply(s);
                    // The button goes away with the suggestion: focus would fall to the page top.
                    document.getElementById("result-heading")?.focus();
                  }}
                  className="rounded-md border border-green-800 bg-white px-3 py-1 font-medium text-green-900 hover:bg-green-100"
                >
                  Применить
                </button>
              </li>
            ))}
          </ul>
        </Callout>
      ) : null}
      {result && result.warnings.length > 0 ? (
        <Callout
          tone="warning"
          icon="⚠"
          title="Толкование калькулятора: окончательно решает Организатор"
        >
          <ul className="flex flex-col gap-2 text-sm">
            {result.warnings.map((w) => (
              <li key={w.code}>
                <span className={CLAUSE_BADGE}>п. {w.clause}</span>
                {w.text}
              </li>
            ))}
          </ul>
        </Callout>
      ) : null}
      {result && result.notes.length > 0 ? (
        <Callout tone="note" icon="ℹ" title="Примечания">
          <ul className="flex flex-col gap-2 text-sm">
            {result.notes.map((n) => (
              <li key={n.code}>
                <span className={CLAUSE_BADGE}>п. {n.clause}</span>
                {n.text}
              </li>
            ))}
          </ul>
        </Callout>
      ) : null}
      {result ? (
        <p className="text-sm text-slate-700">Цена: {describePriceSource(result)}.</p>
      ) : null}
      {result ? <Checks result={result} /> : null}
    </section>
  );
});
