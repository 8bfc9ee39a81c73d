import type { ReactNode } from "react";
import {
  formatAstanaDateTime,
  formatSaving,
  formatTenge,
  kzSummer2025Terms,
  parseAstanaInstant,
  type QuoteRequest,
  type QuoteResult,
} from "@/rules";
import {
  clauseList,
  describeClient,
  describeDates,
  describePriceSource,
  describeProduct,
  rewardBasis,
} from "./describe";

/**
 * The printed commercial offer (A4, one page): hidden on screen, the only thing on paper. Its
 * heading is the printed page's h1 (the screen's h1 is not printed).
 * Everything in it comes from the same request and result as the screen; the closing lines that
 * never change (the Rules, the Organizer, the disclaimer) come rendered from the server as `footer`.
 */
export function PrintOffer({
  request,
  result,
  madeAt,
  footer,
}: {
  request: QuoteRequest | null;
  result: QuoteResult | null;
  madeAt: string;
  footer: ReactNode;
}) {
  const made = parseAstanaInstant(madeAt);
  const row = (term: string, value: string, strong = false) => (
    <tr className={strong ? "font-bold" : ""}>
      <th scope="row" className="py-0.5 pr-4 text-left font-normal">
        {term}
      </th>
      <td className="py-0.5 text-right tabular-nums">{value}</td>
    </tr>
  );
  return (
    <article
      aria-labelledby="offer-heading"
      className="hidden text-[9.5pt] leading-snug print:block"
    >
      <h1 id="offer-heading" className="text-2xl font-bold">
        Коммерческое предложение
      </h1>
      <p>
        По акции «{kzSummer2025Terms.title}» для Республики Казахстан, 28.07.2025–31.08.2025.
        {made !== null ? ` Составлено ${formatAstanaDateTime(made)} (время Астаны).` : ""}
      </p>
      {!request || !result ? (
        <p className="mt-4">Расчёт не готов: в форме есть ошибки.</p>
      ) : (
        <>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Продукт</dt>
            <dd>{describeProduct(request, result)}</dd>
            <dt className="font-semibold">Клиент</dt>
            <dd>{describeClient(request, result)}</dd>
            <dt className="font-semibold">Даты</dt>
            <dd>{describeDates(request)}</dd>
          </dl>
          <table className="mt-4 w-full max-w-md border-collapse">
            <caption className="sr-only">Стоимость</caption>
            <tbody>
              {row("Цена по прайс-листу", formatTenge(result.listPrice))}
              {result.eligible ? (
                <>
                  {row(
                    `Скидка по акции ${result.discountPercent}%`,
                    result.discount > 0 ? `−${formatTenge(result.discount)}` : formatSaving(0),
                  )}
                  {row("Цена по акции", formatTenge(result.promoPrice), true)}
                  {result.bonus ? (
                    <>
                      {row("Буст CoPilot на 12 месяцев", formatTenge(result.bonus.listPrice))}
                      {row(
                        `Бонус на Буст CoPilot (п. ${result.bonus.clause})`,
                        `−${formatTenge(result.bonus.discount)}`,
                      )}
                      {row("Итого", formatTenge(result.total), true)}
                    </>
                  ) : null}
                </>
              ) : (
                row("К оплате (скидка по акции не применяется)", formatTenge(result.total), true)
              )}
            </tbody>
          </table>
          {result.eligible ? (
            <section className="mt-4">
              <h2 className="font-semibold">
                Основание: {clauseList(result.clauses)} Правил акции
              </h2>
              <p>{rewardBasis(result.reward)}</p>
            </section>
          ) : (
            <section className="mt-4">
              <h2 className="font-semibold">Почему скидка не применяется</h2>
              <ul className="list-disc pl-5">
                {result.reasons.map((r) => (
                  <li key={`${r.code}-${r.clause}`}>{r.text}</li>
                ))}
              </ul>
            </section>
          )}
          {result.warnings.length + result.notes.length > 0 ? (
            <section className="mt-3">
              <h2 className="font-semibold">Обратите внимание</h2>
              <ul className="list-disc pl-5">
                {[...result.warnings, ...result.notes].map((n) => (
                  <li key={n.code}>{n.text}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <p className="mt-3">Источник цены: {describePriceSource(result)}.</p>
        </>
      )}
      {footer}
    </article>
  );
}
