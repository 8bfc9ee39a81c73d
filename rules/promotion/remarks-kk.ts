import { clauseKk, clauseNoteKk, clausesKk } from "../text/kk-clause";
import { withKkEnding } from "../text/kk-suffix";
import { HISTORY_WINDOW_KK, PROMO_PERIOD_KK } from "./names-kk";

/*
 * The Kazakh texts the engine writes besides the reasons (`texts-kk.ts`): warnings (8.1-тармақ),
 * what a passed check found, the cloud client's group, the one-sentence summary. Keyed by the
 * warning code or the check; the parameters are the facts the Russian sentence uses.
 */

const ORGANIZER = `түпкілікті түсіндіру Ұйымдастырушыға тиесілі ${clauseNoteKk("8.1")}`;

/** Readings that are the product's, not the Rules' words, keyed by warning code. */
export const WARNING_TEXTS_KK = {
  free_to_paid_upgrade: (p: { currentPlan: "free" | "none"; clause: string }) =>
    `Клиент бұрын ақылы лицензия сатып алған және қазір ${p.currentPlan === "free" ? "«Бесплатный» тарифінде" : "бұлттық тарифсіз"}: ақылы тарифке көшуді калькулятор ${clauseKk(p.clause)} бойынша тарифті жоғарылату деп есептейді — Ережелерде бұл тікелей айтылмаған, ${ORGANIZER}.`,
  current_users_assumed: () =>
    `Ағымдағы «Энтерпрайз» тарифінің пайдаланушылар саны көрсетілмеген: калькулятор 250 деп қабылдады; бұл тарифті жоғарылату ма, әлде ұзарту ма — соған байланысты, ${ORGANIZER}.`,
  new_client_precedence: () =>
    `Клиент 5.6-тармаққа сәйкес келеді және 2025 жылы бұлттық лицензиялар да сатып алған (5.7/5.8-тармақтар); калькулятор оны 5.6-тармақ бойынша жаңа клиент деп есептейді — ${ORGANIZER}.`,
  paid_license_end_unknown: () =>
    `«Битрикс24» ақылы лицензиясының (бұлттық немесе қорапты) қашан аяқталғаны көрсетілмеген: егер ол 2025 жылғы 30 маусымға дейін аяқталса және портал содан бері «Бесплатный» тарифінде болса, клиент жаңа клиент болып есептеледі ${clauseNoteKk("5.6")} — ${ORGANIZER}.`,
  mixed_terms_history: () =>
    `2025 жылғы 1 қаңтардан бастап клиент лицензияларды 1 айға да, 12 айға да сатып алған: калькулятор 5.7-тармақты қолданады (5.8-тармақтағыдай «тек» ай сайын төлеу емес) — ${ORGANIZER}.`,
} as const;

/** Which of 5.6, 5.7, 5.8-тармақтар a cloud client falls under, and why. */
export const CLOUD_STATUS_TEXTS_KK = {
  ended_before_cutoff: `Ақылы лицензия 2025 жылғы 30 маусымға дейін аяқталған, портал «Бесплатный» тарифінде: клиент жаңа клиент болып есептеледі ${clauseNoteKk("5.6")}.`,
  never_paid: `Клиент «1С-Битрикс24» ақылы лицензияларын ешқашан сатып алмаған: жаңа клиент ${clauseNoteKk("5.6")}.`,
  monthly_only: `Клиент бұрын ақылы лицензия сатып алған және ${HISTORY_WINDOW_KK} бұлтты тек ай сайын төлеген ${clauseNoteKk("5.8")}.`,
  annual: `Клиент бұрын ақылы лицензия сатып алған және ${HISTORY_WINDOW_KK} 12 айлық лицензия сатып алған ${clauseNoteKk("5.7")}.`,
  no_monthly: `Клиент бұрын ақылы лицензия сатып алған және ${HISTORY_WINDOW_KK} 1 айлық лицензияларды ресімдемеген ${clauseNoteKk("5.7")}.`,
} as const;

/** What a check found when it passed, keyed by check (and variant). */
export const PASSED_TEXTS_KK = {
  period: `Тапсырыс акция мерзімінде — ${PROMO_PERIOD_KK} — ресімделіп, төленген ${clauseNoteKk(["2.1", "5.2"])}.`,
  resident: `Клиент Қазақстаннан ${clauseNoteKk(["1.2.3", "2.3"])}.`,
  adult: `Жеке тұлға 18 жасқа толған және толық әрекетке қабілетті ${clauseNoteKk("1.2.3")}.`,
  purpose: `Кәсіпкерлік немесе өзге экономикалық қызмет үшін сатып алу ${clauseNoteKk(["1.2.3", "5.1.2"])}.`,
  franchisee: `Лицензия «1С-Битрикс: 1С: Франчайзи» емес ${clauseNoteKk("5.13")}.`,
  not_enterprise: (clause: string) => `Редакция «Энтерпрайз» емес ${clauseNoteKk(clause)}.`,
  box_upgrade: (p: { source: string; target: string }) =>
    `${p.source} редакциясынан ${p.target} редакциясына көшу ${clauseNoteKk("4.1.2")}.`,
  cms_upgrade: (p: { source: string; target: string }) =>
    `${p.source} редакциясынан жоғарырақ ${p.target} редакциясына көшу ${clauseNoteKk("4.1.1")}.`,
  transition_source: `«Бизнес» редакциясынан «1С-Битрикс24. Интернет-магазин + CRM» редакциясына көшу ${clauseNoteKk(["4.1.1", "4.1.2"])}.`,
  source_date: (p: { date: string; clause: string }) =>
    `Ағымдағы лицензия ${p.date} күні, 2025 жылғы 24 шілдеге дейін сатып алынған ${clauseNoteKk(p.clause)}.`,
  term: (clause: string) => `Тариф 12 айға төленеді ${clauseNoteKk(clause)}.`,
  plan: (p: { name: string; clause: string }) =>
    `${p.name} тарифі ${withKkEnding(clauseKk(p.clause), "dative")} кіреді.`,
  cloud_upgrade: (p: { source: string; target: string; clause: string }) =>
    `Тарифті жоғарылату: ${p.source} → ${p.target} ${clauseNoteKk(p.clause)}.`,
  cloud_renewal: (p: { target: string; clause: string }) =>
    `Ағымдағы ${p.target} тарифін ұзарту ${clauseNoteKk(p.clause)}.`,
  other_promotion: `Тапсырысқа басқа акциялар мен жеңілдіктер қолданылмаған ${clauseNoteKk("5.11")}.`,
} as const;

/** «Ресімдеу күні 01.09.2025 10:00»: the dates outside the period, for `outside_period`. */
export function periodWhatKk(p: { order: string | null; paid: string | null }): string {
  const parts = [
    p.order === null ? null : `ресімдеу күні ${p.order}`,
    p.paid === null ? null : `төлеу күні ${p.paid}`,
  ].filter((s) => s !== null);
  const what = parts.join(" және ");
  return what.charAt(0).toUpperCase() + what.slice(1);
}

/** What declining another promotion would give (5.11-тармақ), for `other_promotion`. */
export function wouldGiveKk(p: {
  percent: number;
  promo: string;
  list: string;
  bonus: string | null;
}): string {
  const main = `осы акция бойынша жеңілдік ${p.percent}% болады — ${p.list} орнына ${p.promo}`;
  return p.bonus === null
    ? main
    : `${main} және Буст Copilot үшін ${p.bonus} бонус ${clauseNoteKk("4.1.6")}`;
}

/** The one-sentence `summary` of a quote. */
export const SUMMARY_TEXTS_KK = {
  notEligible: (why: readonly { short: string; clause: string }[]) =>
    `Акция бойынша жеңілдік берілмейді: ${why.map((w) => `${w.short} ${clauseNoteKk(w.clause)}`).join("; ")}.`,
  discount: (p: { percent: number; clauses: readonly string[]; promo: string; list: string }) =>
    `${clausesKk(p.clauses)} бойынша ${p.percent}% жеңілдік: ${p.list} орнына ${p.promo}`,
  discountBelowOneTenge: (p: { percent: number; clauses: readonly string[]; list: string }) =>
    `${clausesKk(p.clauses)} бойынша ${p.percent}% жеңілдік ${p.list} бағасында 1 ₸-ден аз: баға өзгермейді`,
  withBonus: (p: { main: string; bonus: string; total: string }) =>
    `${p.main}, 4.1.6-тармақ бойынша Буст Copilot үшін ${p.bonus} бонус, барлығы ${p.total}.`,
  plain: (main: string) => `${main}.`,
} as const;
