import {
  formatSaving,
  formatTenge,
  kzSummer2025Terms,
  type QuoteRequest,
  type QuoteResult,
} from "@/rules";
import {
  clauseList,
  describeClient,
  describeDates,
  describePriceSource,
  describeProduct,
} from "./describe";

/** A short plain-text quote for a messenger or an e-mail («Скопировать текст»). */
export function quoteText(request: QuoteRequest, result: QuoteResult, url?: string): string {
  const lines = [
    `Расчёт по акции «${kzSummer2025Terms.title}» (1С-Битрикс Казахстан)`,
    `Продукт: ${describeProduct(request, result)}`,
    `Клиент: ${describeClient(request, result)}`,
    `Цена по прайс-листу: ${formatTenge(result.listPrice)}`,
  ];
  if (result.eligible) {
    lines.push(
      `Скидка: ${result.discountPercent}% — ${formatSaving(result.discount)}`,
      `Цена по акции: ${formatTenge(result.promoPrice)}`,
    );
    if (result.bonus) {
      const b = result.bonus;
      lines.push(
        `Буст Copilot на 12 месяцев: ${formatTenge(b.listPrice)} − бонус ${formatTenge(b.discount)} = ${formatTenge(b.promoPrice)} (п. ${b.clause})`,
        `Итого: ${formatTenge(result.total)}`,
      );
    }
    lines.push(`Основание: ${clauseList(result.clauses)} Правил акции`);
  } else {
    lines.push("Скидка по акции не положена:");
    for (const r of result.reasons) lines.push(`— ${r.text}`);
  }
  lines.push(
    `Даты: ${describeDates(request)}`,
    `Источник цены: ${describePriceSource(result)}`,
    `Правила акции: ${kzSummer2025Terms.rulesUrl}`,
  );
  if (url) lines.push(`Расчёт: ${url}`);
  return lines.join("\n");
}
