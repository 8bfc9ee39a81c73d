import type { ReactNode } from "react";
import {
  formatAstanaDate,
  formatSaving,
  formatTenge,
  kzSummer2025Terms,
  NO_DISCOUNT_TITLE,
  priceListFacts,
  priceListText,
  validityText,
  vatText,
  parseAstanaInstant,
  type PriceList,
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
} from "@/lib/quote/describe";
import { COPILOT_BOOST, copilotBonusTitle } from "@/lib/quote/glossary";

/**
 * The printed calculation of one product (A4, one page): hidden on screen, the only thing on
 * paper. Its heading is the printed page's h1 (the screen's h1 is not printed). It is dated by
 * the order, like an offer, and says nothing internal (the client's history answers stay on
 * screen); an offer with seller, client and number is the /offer page («Добавить в КП»).
 * The closing lines that never change come rendered from the server as `footer`.
 */
export function PrintQuote({
  request,
  result,
  priceList,
  footer,
}: {
  request: QuoteRequest | null;
  result: QuoteResult | null;
  /** The price list in use: its title, date, kind and VAT are printed. */
  priceList: PriceList;
  footer: ReactNode;
}) {
  const ordered = request ? parseAstanaInstant(request.orderedAt) : null;
  // A price typed by hand names no list (the shared rule of the offer's price-list line).
  const facts = priceListFacts(priceList, result ? [result.priceSource.kind] : []);
  const vat = vatText(facts.vatIncluded);
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
        {result && !result.eligible ? NO_DISCOUNT_TITLE : "Расчёт цены по акции"}
      </h1>
      <p>
        По акции «{kzSummer2025Terms.title}» для Республики Казахстан, 28.07.2025–31.08.2025.
        {ordered !== null ? ` Расчёт на дату заказа ${formatAstanaDate(ordered)}.` : ""}
      </p>
      {!request || !result ? (
        <p className="mt-4">Расчёт не готов: в форме есть ошибки.</p>
      ) : (
        <>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Продукт</dt>
            <dd>{describeProduct(request, result)}</dd>
            <dt className="font-semibold">Клиент</dt>
            <dd>{describeClient(request, result, { history: false })}</dd>
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
                      {row(`${COPILOT_BOOST} по прайс-листу`, formatTenge(result.bonus.listPrice))}
                      {row(
                        copilotBonusTitle(formatTenge(result.bonus.discount), result.bonus.clause),
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
          {vat ? <p>{vat}.</p> : null}
          <p>{priceListText(facts)}.</p>
          <p className="font-semibold">{validityText(result.promotion.end)}.</p>
        </>
      )}
      {footer}
    </article>
  );
}
