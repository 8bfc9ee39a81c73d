import {
  catalogItemId,
  formatTenge,
  type PriceListKind,
  type Promotion,
  type PromoReward,
  type QuoteRequest,
} from "@/rules";
import { itemTitleKk } from "@/rules/catalog/item-title-kk";
import type { Instant } from "@/rules/time/astana";
import { cloudPlanNameKk, PROMO_PERIOD_KK } from "@/rules/promotion/names-kk";
import { normalizeProduct } from "@/rules/products/normalize";
import { clauseKk, clausesKk } from "@/rules/text/kk-clause";
import {
  formatAstanaDayMonthKk,
  formatAstanaLongDateKk,
  formatAstanaLongDateTimeKk,
} from "@/rules/time/astana-kk";
import { formatListDate } from "@/lib/prices/price-list-text";

/*
 * Every visible word of the public promotion page (/promo) in Kazakh, keyed by where it shows:
 * the page, its state banner, the rewards table. The Law «On advertising» (art. 6 p. 2) asks
 * for the page in Kazakh and Russian; the Kazakh page reads these, the facts (dates, percents,
 * prices, clauses) come from the same promotion and price list as the Russian page.
 */

/** «2025 жылғы 28 шілде, 00:00 – 2025 жылғы 31 тамыз, 23:59:59 (Астана уақыты, UTC+5)». */
export function promoPeriodTextKk(promotion: Pick<Promotion, "start" | "endExclusive">): string {
  // The last second inside the period: the Rules say «по 31 августа включительно».
  const last = promotion.endExclusive - 1000;
  return `${formatAstanaLongDateTimeKk(promotion.start)} – ${formatAstanaLongDateTimeKk(last, true)} (Астана уақыты, UTC+5)`;
}

/** The page: metadata, headings, paragraphs, links and the preview form. */
export const PROMO_PAGE_KK = {
  metaTitle: (title: string) => `«${title}» акциясы: 1С-Битрикс Казахстан жеңілдіктері`,
  eyebrow: "1С-Битрикс Казахстан ұсынатын акция",
  preview: (when: Instant) =>
    `Алдын ала қарау: бет Астана уақыты бойынша ${formatAstanaLongDateTimeKk(when)} кезінде осылай көрінеді.`,
  previewToday: "Бүгінгі күйін көрсету",
  invalidPreview: (shown: string) =>
    `Алдын ала қарау күнін оқу мүмкін болмады: «${shown}». Пішімі: 2025-07-20, 2025-07-20T10:30:00 (Астана уақыты) немесе 2025-07-20T10:30:00+05:00. Акцияның бүгінгі күйі көрсетілген.`,
  periodHeading: "Акция мерзімі",
  period: (promotion: Promotion) =>
    `Акция ${promoPeriodTextKk(promotion)} аралығында өтеді (2.1, 2.2-тармақтар). Тапсырысты осы мерзімде ресімдеп, төлеу керек (5.2-тармақ). Аумағы — ${promotion.territory} (2.3-тармақ).`,
  howHeading: "Акцияға қалай қатысуға болады",
  howSteps: [
    "Жеңілдік берілетін лицензияны таңдаңыз (төмендегі кесте) және акцияға қатыса алатыныңызға көз жеткізіңіз (1.2.3, 5.1-тармақтар).",
    `Тапсырысты 1С-Битрикс серіктесінде немесе сайтта акция мерзімінде — ${PROMO_PERIOD_KK} — ресімдеңіз (5.2-тармақ).`,
    "Тапсырысты сол мерзімде төлеңіз: жеңілдік тек акция мерзімінде төленген тапсырыстарға беріледі (5.2-тармақ).",
    "Тапсырысқа басқа акциялар мен жеңілдіктерді қолданбаңыз: акциялар қосылмайды (5.11-тармақ).",
  ],
  rewardsHeading: "Жеңілдіктер",
  copilotHeading: "Буст Copilot үшін бонус",
  copilot: (promotion: Promotion, condition: string) =>
    `${promotion.clauses["4.1.6"]} Шарты: ${condition}; бонус тарифке берілетін жеңілдікке қосымша беріледі және Буст бағасынан аспайды (4.1.6-тармақ).`,
  copilotExample: (title: string, before: number, after: number) =>
    `Мысал: ${title} — ${formatTenge(before)} орнына ${formatTenge(after)}.`,
  participantsHeading: "Кімдер қатыса алады",
  exclusionsHeading: "Акцияға не кірмейді",
  /** «Дара кәсіпкерлер (1.2.3-тармақ).»: a list item of participants or exclusions. */
  listItem: (text: string, clause: string) => `${text} (${clauseKk(clause)}).`,
  calculateHeading: "Бағаны есептеу",
  rulesHeading: "Акция ережелері",
  calculatorLink: "Акция бойынша баға калькуляторы (орыс тілінде)",
  overviewLink: "Бір клиентке арналған барлық ұсыныстар (орыс тілінде)",
  rulesLink: "Акция ережелері (PDF)",
  organizer: (organizer: string) =>
    `Ұйымдастырушы — ${organizer}. Даулы жағдайларды түпкілікті Ұйымдастырушы түсіндіреді (8.1-тармақ).`,
  previewHeading: "Күн бойынша алдын ала қарау",
  previewDateLabel: "Күні (Астана уақыты)",
  show: "Көрсету",
} as const;

/** The state banner: before, during or after the promotion. */
export const PROMO_STATUS_KK = {
  startsOn: (start: Instant) => `Акция ${formatAstanaDayMonthKk(start, "locative")} басталады`,
  daysToStart: (days: number) => `Акция басталғанға дейін ${days} күн қалды.`,
  running: "Акция жүріп жатыр",
  daysLeft: (days: number) =>
    `Акция аяқталғанға дейін ${days} күн қалды${days === 1 ? " — бүгін соңғы күн" : ""}.`,
  over: "Акция аяқталды",
  lastDay: (endExclusive: Instant) =>
    `Акцияның соңғы күні — ${formatAstanaLongDateKk(endExclusive - 1)}.`,
} as const;

/** The rewards table: column titles, labels, a reward's discount and an example's title. */
export const REWARDS_TABLE_KK = {
  columns: [
    ["Өнім", false],
    ["Операция түрі", false],
    ["Жеңілдік", false],
    ["Есептеу үлгісі", false],
    ["Жеңілдіксіз баға", true],
    ["Акция бойынша баға", true],
    ["Ережелер тармағы", false],
  ] as const,
  region: "Акция бойынша жеңілдіктер",
  caption: "Акция бойынша жеңілдіктер және баға мысалдары",
  condition: (condition: string) => `Шарты: ${condition}.`,
  discount: (reward: PromoReward, promotion: Promotion) => {
    if (reward.percent === null) return `${formatTenge(promotion.copilotBonus)} көлемінде бонус`;
    return reward.enterprisePercent === undefined
      ? `${reward.percent}%`
      : `${reward.percent}%, «Энтерпрайз» — ${reward.enterprisePercent}%`;
  },
  clauses: (clauses: readonly string[]) => clausesKk(clauses),
} as const;

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

/** The sentence under the rewards table: whose prices the examples are. */
export function priceListNoteKk(list: {
  kind: PriceListKind;
  title: string;
  asOf: string;
}): string {
  return list.kind === "example"
    ? "Бағалар — мысал, Ұйымдастырушының прайс-парағынан алынбаған; бағаларды қолданыстағы прайс-парақ бойынша көрсетіңіз."
    : `Бағалар — «${list.title}» прайс-парағы бойынша, ${formatListDate(list.asOf)} ж.`;
}

/** «Сілтемені көшіру», «Басып шығару»: the page's share buttons and their confirmations. */
export const SHARE_ACTIONS_KK = {
  copyLink: "Сілтемені көшіру",
  copied: "Сілтеме көшірілді",
  copyFailed: "Көшіру мүмкін болмады: браузер алмасу буферіне рұқсат бермеді.",
  print: "Басып шығару",
} as const;

/** The language switch on both versions of a page, and the layout's own words. */
export const LANGUAGE_SWITCH = {
  label: { kk: "Тіл", ru: "Язык" },
  kk: "Қазақша",
  ru: "Русский",
  skipToContent: "Мазмұнға өту",
  allPrices: "Толық прайс-парақ",
} as const;
