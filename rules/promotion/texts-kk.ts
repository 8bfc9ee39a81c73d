import { clauseKk, clauseNoteKk } from "../text/kk-clause";
import { LINE_NAMES_KK, PROMO_PERIOD_KK } from "./names-kk";
import type { CHECK_TITLES, NOTE_TEXTS, REASON_SHORT, REASON_TEXTS } from "./texts";

/*
 * The Kazakh texts of the reasons, checks and notes: the same keys and parameters as the Russian
 * ones in `texts.ts` (a test holds them together), the same codes, clauses and numbers. Kazakh
 * grammar: a noun after a numeral stays singular («12 ай»), a clause is «4.1.3-тармақ», a trade
 * name is followed by a common noun that takes the ending («Бизнес» редакциясынан).
 */

type SameKeys<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** What a check looked at, for «Неге мұндай баға?». */
export const CHECK_TITLES_KK: SameKeys<typeof CHECK_TITLES> = {
  period: "Акция мерзімі",
  resident: "Қазақстандық қатысушы",
  adult: "Жасы және әрекет қабілеттілігі",
  purpose: "Сатып алу мақсаты",
  franchisee: "«1С: Франчайзи» лицензиясының шектеуі",
  other_promotion: "Басқа акциялар мен жеңілдіктер",
  renewal: "Ұзарту",
  enterprise: "«Энтерпрайз» редакциясының шектеуі",
  sip_connector: "SIP-коннектор шектеуі",
  upgrade_order: "Жоғарырақ редакцияға көшу",
  source_date: "Ағымдағы лицензияның сатып алынған күні",
  transition_source: "Көшудің бастапқы лицензиясы",
  cloud_history: "Бұлттық лицензиялар тарихы",
  cloud_upgrade: "Тарифті жоғарылату немесе ұзарту",
  term: "Лицензия мерзімі",
  plan: "Таңдалған тариф",
};

/** Every failed condition, keyed by reason code; each cites its clause. */
export const REASON_TEXTS_KK: SameKeys<typeof REASON_TEXTS> = {
  outside_period: (p: { what: string }) =>
    `${p.what} — акция мерзімінен тыс: тапсырысты ${PROMO_PERIOD_KK}, Астана уақыты бойынша ресімдеп, төлеу керек ${clauseNoteKk(["2.1", "5.2"])}.`,
  not_resident: () =>
    `Акция тек қазақстандық заңды тұлғаларға, дара кәсіпкерлерге және жеке тұлғаларға арналған; акция аумағы — Қазақстан Республикасы ${clauseNoteKk(["1.2.3", "2.3"])}.`,
  not_adult: () =>
    `Жеке тұлға 18 жасқа толған және толық әрекетке қабілетті болуы керек ${clauseNoteKk("1.2.3")}.`,
  personal_use: () =>
    `Жеке, отбасылық немесе үй қажеттіліктері үшін сатып алу: акция тек кәсіпкерлік, өзге экономикалық немесе коммерциялық емес қызметке арналған ${clauseNoteKk(["1.2.3", "5.1.2"])}.`,
  franchisee: () =>
    `Акция «1С-Битрикс: 1С: Франчайзи» лицензияларының барлық редакцияларына қолданылмайды ${clauseNoteKk("5.13")}.`,
  other_promotion: (p: { wouldGive: string | null }) =>
    `Тапсырысқа басқа акция немесе жеңілдік қолданылған: акциялар қосылмайды, тек біреуіне қатысуға болады ${clauseNoteKk("5.11")}.` +
    (p.wouldGive ? ` Басқа акциядан бас тартсаңыз, ${p.wouldGive}.` : ""),
  renewal_excluded: (
    p: { line: "cms" | "box"; clause: string } | { line: "cloud"; plan: string },
  ) =>
    p.line === "cloud"
      ? `5.7-тармақ бойынша клиентке жеңілдік тек тарифті жоғарылатқанда беріледі ${clauseNoteKk("4.1.4")}: ағымдағы ${p.plan} тарифін ұзарту жеңілдік бермейді.`
      : `${LINE_NAMES_KK[p.line]} қолданыстағы лицензияларын ұзарту акцияға кірмейді ${clauseNoteKk(p.clause)}.`,
  enterprise_excluded: (p: { line: "cms" | "box"; clause: string; transition: boolean }) =>
    `${LINE_NAMES_KK[p.line]}: ${p.transition ? "«Энтерпрайз» редакциясына көшу" : "«Энтерпрайз» редакциясын сатып алу"} акцияға кірмейді ${clauseNoteKk(p.clause)}.`,
  sip_connector_excluded: () => `SIP-коннектор акцияға кірмейді ${clauseNoteKk("5.5")}.`,
  source_too_recent: (p: { date: string; clause: string }) =>
    `Көшуге жеңілдік тек 2025 жылғы 24 шілдеге дейін сатып алынған лицензияларға беріледі, ал ағымдағы лицензия ${p.date} күні сатып алынған ${clauseNoteKk(p.clause)}.`,
  not_an_upgrade: (p: {
    target: string;
    source: string;
    clause: string;
    cloud?: "renewal" | "upgrade";
  }) =>
    p.cloud
      ? `${p.target} тарифі ағымдағы ${p.source} тарифінен ${p.cloud === "renewal" ? "төмен" : "жоғары емес"}: жеңілдік тек ${p.cloud === "renewal" ? "ағымдағы тарифті ұзартуға немесе одан жоғары тарифке" : "ағымдағыдан жоғары тарифке"} беріледі ${clauseNoteKk(p.clause)}.`
      : `${p.target} редакциясы ағымдағы ${p.source} редакциясынан жоғары емес: жеңілдік тек жоғарырақ редакцияға көшуге беріледі ${clauseNoteKk(p.clause)}.`,
  transition_not_covered: (p: { from: string }) =>
    `«1С-Битрикс24. Интернет-магазин + CRM» редакциясына көшуге жеңілдік тек «Бизнес» редакциясынан беріледі, ал клиенттің редакциясы — ${p.from} ${clauseNoteKk("4.1.1")}.`,
  term_not_12_months: (p: { months: number; clause: string }) =>
    `Жеңілдік тек тарифті 12 айға төлегенде беріледі, таңдалған мерзім — ${p.months} ай ${clauseNoteKk(p.clause)}.`,
  plan_not_covered: (p: { clause: string; status: string }) =>
    `${clauseKk(p.status)} бойынша клиентке «Базовый» тарифі жеңілдікке кірмейді: тек «Стандартный», «Профессиональный» және «Энтерпрайз» ${clauseNoteKk(p.clause)}.`,
};

/** Short forms of the reasons for a one-sentence summary, keyed by reason code. */
export const REASON_SHORT_KK: typeof REASON_SHORT = {
  outside_period: "тапсырыс акция мерзімінен тыс",
  not_resident: "клиент Қазақстаннан емес",
  not_adult: "жеке тұлға 18 жасқа толмаған немесе толық әрекетке қабілетті емес",
  personal_use: "жеке қажеттіліктер үшін сатып алу",
  franchisee: "«1С-Битрикс: 1С: Франчайзи» лицензиясы акцияға кірмейді",
  other_promotion: "тапсырысқа басқа акция қолданылған",
  renewal_excluded: "тарифті жоғарылатпай ұзарту акцияға кірмейді",
  enterprise_excluded: "«Энтерпрайз» акцияға кірмейді",
  sip_connector_excluded: "SIP-коннектор акцияға кірмейді",
  source_too_recent: "ағымдағы лицензия 24.07.2025 немесе одан кейін сатып алынған",
  not_an_upgrade: "бұл жоғарырақ редакцияға немесе тарифке көшу емес",
  transition_not_covered: "«Интернет-магазин + CRM» редакциясына көшу тек «Бизнес» редакциясынан",
  term_not_12_months: "мерзімі 12 ай емес",
  plan_not_covered: "«Базовый» тарифі жеңілдікке кірмейді",
};

/** Notes (5.12-тармақ and others). */
export const NOTE_TEXTS_KK: SameKeys<typeof NOTE_TEXTS> = {
  auto_renewal: `Автоматты ұзартуды қосқанда келесі мерзім акциялық бағамен төленбейді ${clauseNoteKk("5.12")}.`,
  copilot_not_granted: (bonus: string) =>
    `Буст Copilot үшін ${bonus} бонус тек «Энтерпрайз» тарифіне 12 айға акция бойынша берілетін жеңілдікпен бірге беріледі ${clauseNoteKk("4.1.6")}; бұл есептеуде мұндай жеңілдік жоқ, сондықтан Буст ескерілмеді.`,
  no_catalog_price:
    "Бұл операцияның бағасы прайс-парақта жоқ (бағалар Ережелердің 4.1-тармағында аталған беттер бойынша): бағаны қолмен көрсетіңіз.",
};
