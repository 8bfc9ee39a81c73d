import { catalogItemId, type PriceListKind, type Promotion, type QuoteRequest } from "@/rules";
import { itemTitleKk } from "@/rules/catalog/item-title-kk";
import { cloudPlanNameKk } from "@/rules/promotion/names-kk";
import { normalizeProduct } from "@/rules/products/normalize";
import { clauseKk, clausesKk } from "@/rules/text/kk-clause";
import {
  formatAstanaDayMonthKk,
  formatAstanaLongDateKk,
  formatAstanaLongDateTimeKk,
} from "@/rules/time/astana-kk";
import { formatListDate } from "@/lib/prices/price-list-text";
import type { PromoTexts } from "./promo-texts";

/*
 * Every visible word of the public promotion page in Kazakh (/kk/promo), keyed as the Russian
 * table (`promo-texts.ts`): the Law «On advertising» (art. 6 p. 2) asks for the page in Kazakh and
 * Russian. The facts (dates, percents, prices, clauses) come from the same promotion and price
 * list; the promotion's own words from its Kazakh version (`kz-summer-2025-kk.ts`). The partner
 * tools stay Russian work tools (issue 21, p. 7): the Kazakh page has none.
 */

/** «2025 жылғы 28 шілде, 00:00 – 2025 жылғы 31 тамыз, 23:59:59 (Астана уақыты, UTC+5)». */
export function promoPeriodTextKk(promotion: Pick<Promotion, "start" | "endExclusive">): string {
  // The last second inside the period: the Rules say «по 31 августа включительно».
  const last = promotion.endExclusive - 1000;
  return `${formatAstanaLongDateTimeKk(promotion.start)} – ${formatAstanaLongDateTimeKk(last, true)} (Астана уақыты, UTC+5)`;
}

/** «2025 жылғы 28 шілдеден 31 тамызды қоса алғанға дейін»: from … to … inclusive (2.1-тармақ). */
export function promoDaysTextKk(promotion: Pick<Promotion, "start" | "endExclusive">): string {
  const lastDay = formatAstanaDayMonthKk(promotion.endExclusive - 1, "accusative");
  return `${formatAstanaLongDateKk(promotion.start, "ablative")} ${lastDay} қоса алғанға дейін`;
}

/**
 * What a reward's example buys, in Kazakh: «Стандартный» тарифінен «Профессиональный» тарифіне
 * 12 айға жоғарылату; a box or CMS example is its price list item («… лицензиясы», «… көшу»).
 */
export function exampleTitleKk(request: QuoteRequest, copilot = false): string {
  const p = request.product;
  if (copilot) return "12 айға «Энтерпрайз» тарифіне қосымша 12 айға Буст Copilot";
  if (p.line === "cloud") {
    const h = request.history;
    const plan = cloudPlanNameKk(p.plan, p.users ?? 250);
    if (!h || h.currentPlan === "none") return `12 айға ${plan} тарифі`;
    if (h.currentPlan === p.plan) return `${plan} тарифін 12 айға ұзарту`;
    const from = cloudPlanNameKk(h.currentPlan, h.currentUsers ?? 250);
    return `${from} тарифінен ${plan} тарифіне 12 айға жоғарылату`;
  }
  const id = catalogItemId(normalizeProduct(p));
  return (id && itemTitleKk(id)) ?? "—";
}

/** The sentence under the rewards table: whose prices the examples are (public wording). */
export function priceListNoteKk(list: {
  kind: PriceListKind;
  title: string;
  asOf: string;
}): string {
  return list.kind === "example"
    ? "Бағалар — мысал, Ұйымдастырушының прайс-парағынан алынбаған: нақты бағаны 1С-Битрикс серіктесі немесе Ұйымдастырушы айтады."
    : `Мысалдардағы бағалар — «${list.title}» прайс-парағы бойынша, ${formatListDate(list.asOf)} ж.`;
}

/** The Kazakh page. */
export const PROMO_TEXTS_KK: PromoTexts = {
  eyebrow: "1С-Битрикс Казахстан ұсынатын акция",
  pageTitle: (p) => `«${p.title}» акциясы — 1С-Битрикс Казахстан`,
  actions: {
    copyLink: "Сілтемені көшіру",
    copied: "Сілтеме көшірілді",
    copyFailed: "Көшіру мүмкін болмады: браузер алмасу буферіне рұқсат бермеді.",
    print: "Басып шығару",
  },
  status: {
    beforeHeading: (p) => `Акция ${formatAstanaDayMonthKk(p.start, "locative")} басталады`,
    beforeDays: (days) => `Акция басталғанға дейін ${days} күн қалды.`,
    duringHeading: "Акция жүріп жатыр",
    duringDays: (days) =>
      `Акция аяқталғанға дейін ${days} күн қалды${days === 1 ? " — бүгін соңғы күн" : ""}.`,
    afterHeading: (p) => `Акция ${formatAstanaLongDateKk(p.endExclusive - 1, "locative")} аяқталды`,
    afterText: (p) =>
      `Жеңілдіктер ${promoDaysTextKk(p)} ресімделіп, төленген тапсырыстарға берілді.`,
  },
  period: {
    heading: "Акция мерзімі",
    running: (p) =>
      `Акция ${promoPeriodTextKk(p)} аралығында өтеді (2.1, 2.2-тармақтар). Тапсырысты осы мерзімде ресімдеп, төлеу керек (5.2-тармақ). Аумағы — ${p.territory} (2.3-тармақ).`,
    over: (p) =>
      `Акция ${promoPeriodTextKk(p)} аралығында өтті (2.1, 2.2-тармақтар). Аумағы — ${p.territory} (2.3-тармақ).`,
  },
  how: {
    heading: "Акцияға қалай қатысуға болады",
    steps: (p) => [
      "Жеңілдік берілетін лицензияны таңдаңыз (төмендегі кесте) және акцияға қатыса алатыныңызға көз жеткізіңіз (1.2.3, 5.1-тармақтар).",
      `Тапсырысты 1С-Битрикс серіктесінде немесе сайтта акция мерзімінде — ${promoDaysTextKk(p)} — ресімдеңіз (5.2-тармақ).`,
      "Тапсырысты сол мерзімде төлеңіз: жеңілдік тек акция мерзімінде төленген тапсырыстарға беріледі (5.2-тармақ).",
      "Тапсырысқа басқа акциялар мен жеңілдіктерді қолданбаңыз: акциялар қосылмайды (5.11-тармақ).",
    ],
  },
  rewards: {
    heading: "Жеңілдіктер",
    region: "Акция бойынша жеңілдіктер",
    caption: "Акция бойынша жеңілдіктер және баға мысалдары",
    columns: {
      product: "Өнім",
      operation: "Операция түрі",
      discount: "Жеңілдік",
      example: "Мысал",
      listPrice: "Прайс-парақ бойынша баға",
      promoPrice: "Акция бойынша баға",
      clause: "Ережелер тармағы",
    },
    condition: (text) => `Шарты: ${text}.`,
    clauses: (list) => clausesKk(list),
    bonus: (amount) => `${amount} көлемінде бонус`,
    enterprise: (percent, enterprisePercent) => `${percent}%, «Энтерпрайз» — ${enterprisePercent}%`,
    prices: priceListNoteKk,
    example: (e) => exampleTitleKk(e.request, e.reward.id === "copilot"),
  },
  copilot: {
    heading: "Буст Copilot үшін бонус",
    condition: (condition) =>
      `Шарты: ${condition}; бонус тарифке берілетін жеңілдікке қосымша беріледі және Буст бағасынан аспайды (4.1.6-тармақ).`,
    example: (title, after, before) => `Мысал: ${title} — ${before} орнына ${after}.`,
  },
  participants: "Кімдер қатыса алады",
  exclusions: "Акцияға не кірмейді",
  clauseNote: (text, clause) => `${text} (${clauseKk(clause)}).`,
  contact: {
    heading: "Акция бойынша сұрақтар",
    before: (p) =>
      `Акция бойынша тапсырысты ${formatAstanaLongDateKk(p.start, "ablative")} бастап 1С-Битрикс серіктесінде немесе сайтта ресімдеуге болады.`,
    during:
      "Лицензияны жеңілдікпен сатып алу үшін тапсырысты 1С-Битрикс серіктесінде немесе сайтта ресімдеңіз.",
    after: "Акция бойынша жаңа тапсырыстар қабылданбайды.",
    question: "Акцияға қатысты барлық сұрақтар бойынша Ұйымдастырушыға жазыңыз (3.3-тармақ):",
    write: "Ұйымдастырушыға жазу",
    mailSubject: (p) => `«${p.title}» акциясы бойынша сұрақ`,
    rules: "Акция ережелері (PDF, орыс тілінде)",
    organizer: (p) =>
      `Ұйымдастырушы — ${p.organizer}. Даулы жағдайларды түпкілікті Ұйымдастырушы түсіндіреді (8.1-тармақ).`,
  },
  preview: {
    region: "Алдын ала қарау",
    shows: (instant) =>
      `Алдын ала қарау: бет Астана уақыты бойынша ${formatAstanaLongDateTimeKk(instant)} кезінде осылай көрінеді.`,
    unreadable: (value) =>
      `Алдын ала қарау күнін оқу мүмкін болмады: «${value}». Пішімі: 2025-07-20, 2025-07-20T10:30:00 (Астана уақыты) немесе 2025-07-20T10:30:00+05:00. Беттің бүгінгі күйі көрсетілген.`,
    dateLabel: "Күні (Астана уақыты)",
    show: "Көрсету",
    exit: "Алдын ала қараудан шығу",
  },
};
