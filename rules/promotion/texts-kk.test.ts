import { describe, expect, it } from "vitest";
import { KAZAKH_LETTERS, numbersIn, russianWordsIn } from "@/test-support/kazakh";
import { CHECK_TITLES, NOTE_TEXTS, REASON_SHORT, REASON_TEXTS } from "./texts";
import { CHECK_TITLES_KK, NOTE_TEXTS_KK, REASON_SHORT_KK, REASON_TEXTS_KK } from "./texts-kk";
import {
  CLOUD_STATUS_TEXTS_KK,
  PASSED_TEXTS_KK,
  periodWhatKk,
  SUMMARY_TEXTS_KK,
  WARNING_TEXTS_KK,
  wouldGiveKk,
} from "./remarks-kk";
import { kzSummer2025 } from "./kz-summer-2025";
import { kzSummer2025Kk } from "./kz-summer-2025-kk";
import { cloudPlanNameKk, boxEditionNameKk } from "./names-kk";

type Texts = Record<string, string | ((p: never) => string)>;

/** One call of every parameterised text, with parameters that show up in the text. */
const REASON_PARAMS: Record<keyof typeof REASON_TEXTS, unknown[]> = {
  outside_period: [{ what: "Дата оформления 01.09.2025 10:00" }],
  not_resident: [{}],
  not_adult: [{}],
  personal_use: [{}],
  franchisee: [{}],
  other_promotion: [{ wouldGive: null }, { wouldGive: "[x]" }],
  renewal_excluded: [
    { line: "cms", clause: "5.4" },
    { line: "box", clause: "5.5" },
    { line: "cloud", plan: "«Стандартный»" },
  ],
  enterprise_excluded: [
    { line: "cms", clause: "5.4", transition: false },
    { line: "box", clause: "5.5", transition: true },
  ],
  sip_connector_excluded: [{}],
  source_too_recent: [{ date: "25.07.2025", clause: "4.1.1" }],
  not_an_upgrade: [
    { target: "«Старт»", source: "«Бизнес»", clause: "4.1.1" },
    { target: "«Базовый»", source: "«Стандартный»", clause: "4.1.5", cloud: "renewal" },
    { target: "«Стандартный»", source: "«Стандартный»", clause: "4.1.4", cloud: "upgrade" },
  ],
  transition_not_covered: [{ from: "«Старт»" }],
  term_not_12_months: [{ months: 1, clause: "4.1.3" }],
  plan_not_covered: [{ clause: "4.1.4", status: "5.7" }],
};

const call = (text: string | ((p: never) => string), params: unknown) =>
  typeof text === "string" ? text : text(params as never);

/** Every Russian text of a table next to its Kazakh text, for every sample of parameters. */
function pairs(ru: Texts, kk: Texts, params: Record<string, readonly unknown[]> = {}) {
  return Object.keys(ru).flatMap((key) =>
    (params[key] ?? [undefined]).map((p) => ({
      key,
      ru: call(ru[key]!, p),
      kk: call(kk[key]!, p),
    })),
  );
}

const TABLES = [
  { name: "REASON_TEXTS", ru: REASON_TEXTS, kk: REASON_TEXTS_KK, params: REASON_PARAMS },
  { name: "REASON_SHORT", ru: REASON_SHORT, kk: REASON_SHORT_KK },
  { name: "CHECK_TITLES", ru: CHECK_TITLES, kk: CHECK_TITLES_KK },
  {
    name: "NOTE_TEXTS",
    ru: NOTE_TEXTS,
    kk: NOTE_TEXTS_KK,
    params: { copilot_not_granted: ["576 000 ₸"] },
  },
] as const;

describe.each(TABLES)("$name: the Kazakh table holds the Russian one's keys", (table) => {
  it("has every key of the Russian table, and no other", () => {
    expect(Object.keys(table.kk).sort()).toEqual(Object.keys(table.ru).sort());
  });

  it.each(pairs(table.ru as Texts, table.kk as Texts, "params" in table ? table.params : {}))(
    "$key → Kazakh letters, no Russian words, the same numbers",
    ({ ru, kk }) => {
      expect(kk).toMatch(KAZAKH_LETTERS);
      expect(russianWordsIn(kk)).toEqual([]);
      expect(numbersIn(kk)).toEqual(
        expect.arrayContaining(numbersIn(ru).filter((n) => n !== "18")),
      );
      expect(kk).not.toMatch(/п\. \d/u);
    },
  );
});

describe("Kazakh grammar in the texts", () => {
  it("keeps a noun after a numeral singular and writes clauses as «…-тармақ»", () => {
    expect(REASON_TEXTS_KK.term_not_12_months({ months: 1, clause: "4.1.3" })).toBe(
      "Жеңілдік тек тарифті 12 айға төлегенде беріледі, таңдалған мерзім — 1 ай (4.1.3-тармақ).",
    );
    expect(cloudPlanNameKk("enterprise", 250)).toBe("«Энтерпрайз» (250 пайдаланушы)");
    expect(boxEditionNameKk("corporate_portal", 50)).toBe(
      "«Корпоративный портал» (50 пайдаланушы)",
    );
    expect(REASON_TEXTS_KK.not_resident()).toContain("(1.2.3, 2.3-тармақтар)");
    expect(PASSED_TEXTS_KK.plan({ name: "«Стандартный»", clause: "4.1.3" })).toBe(
      "«Стандартный» тарифі 4.1.3-тармаққа кіреді.",
    );
  });

  it("says every clause, date and sum of the Russian summary", () => {
    const kk = SUMMARY_TEXTS_KK.withBonus({
      main: SUMMARY_TEXTS_KK.discount({
        percent: 40,
        clauses: ["4.1.3", "5.6"],
        promo: "600 000 ₸",
        list: "1 000 000 ₸",
      }),
      bonus: "576 000 ₸",
      total: "924 000 ₸",
    });
    expect(kk).toBe(
      "4.1.3, 5.6-тармақтар бойынша 40% жеңілдік: 1 000 000 ₸ орнына 600 000 ₸, 4.1.6-тармақ бойынша Буст Copilot үшін 576 000 ₸ бонус, барлығы 924 000 ₸.",
    );
    expect(
      SUMMARY_TEXTS_KK.notEligible([
        { short: REASON_SHORT_KK.outside_period, clause: "2.1" },
        { short: REASON_SHORT_KK.term_not_12_months, clause: "4.1.3" },
      ]),
    ).toBe(
      "Акция бойынша жеңілдік берілмейді: тапсырыс акция мерзімінен тыс (2.1-тармақ); мерзімі 12 ай емес (4.1.3-тармақ).",
    );
  });

  it("names the dates outside the period and what another promotion hides", () => {
    expect(periodWhatKk({ order: "01.09.2025 10:00", paid: null })).toBe(
      "Ресімдеу күні 01.09.2025 10:00",
    );
    expect(periodWhatKk({ order: "27.07.2025 23:59", paid: "01.09.2025 00:00" })).toBe(
      "Ресімдеу күні 27.07.2025 23:59 және төлеу күні 01.09.2025 00:00",
    );
    expect(wouldGiveKk({ percent: 35, promo: "650 000 ₸", list: "1 000 000 ₸", bonus: null })).toBe(
      "осы акция бойынша жеңілдік 35% болады — 1 000 000 ₸ орнына 650 000 ₸",
    );
  });
});

describe("every other Kazakh engine text", () => {
  const texts = [
    ...Object.values(CLOUD_STATUS_TEXTS_KK),
    WARNING_TEXTS_KK.free_to_paid_upgrade({ currentPlan: "free", clause: "4.1.4" }),
    WARNING_TEXTS_KK.free_to_paid_upgrade({ currentPlan: "none", clause: "4.1.5" }),
    WARNING_TEXTS_KK.current_users_assumed(),
    WARNING_TEXTS_KK.new_client_precedence(),
    WARNING_TEXTS_KK.paid_license_end_unknown(),
    WARNING_TEXTS_KK.mixed_terms_history(),
    PASSED_TEXTS_KK.period,
    PASSED_TEXTS_KK.resident,
    PASSED_TEXTS_KK.adult,
    PASSED_TEXTS_KK.purpose,
    PASSED_TEXTS_KK.franchisee,
    PASSED_TEXTS_KK.not_enterprise("5.4"),
    PASSED_TEXTS_KK.box_upgrade({
      source: "«Интернет-магазин + CRM»",
      target: "«Корпоративный портал»",
    }),
    PASSED_TEXTS_KK.cms_upgrade({ source: "«Старт»", target: "«Стандарт»" }),
    PASSED_TEXTS_KK.transition_source,
    PASSED_TEXTS_KK.source_date({ date: "01.03.2025", clause: "4.1.1" }),
    PASSED_TEXTS_KK.term("4.1.3"),
    PASSED_TEXTS_KK.cloud_upgrade({
      source: "«Базовый»",
      target: "«Стандартный»",
      clause: "4.1.4",
    }),
    PASSED_TEXTS_KK.cloud_renewal({ target: "«Стандартный»", clause: "4.1.5" }),
    PASSED_TEXTS_KK.other_promotion,
  ];
  it.each(texts)("%s", (text) => {
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(text)).toEqual([]);
    expect(text).toMatch(/\d(?:\.\d+)+(?:\/\d\.\d)?-тармақ/u);
  });

  it("has a warning for each warning code the engine writes", () => {
    expect(Object.keys(WARNING_TEXTS_KK).sort()).toEqual([
      "current_users_assumed",
      "free_to_paid_upgrade",
      "mixed_terms_history",
      "new_client_precedence",
      "paid_license_end_unknown",
    ]);
  });
});

describe("the promotion in Kazakh", () => {
  it("is the Russian promotion's facts: rewards, percents, clauses, exclusions in order", () => {
    const facts = (p: typeof kzSummer2025) => ({
      id: p.id,
      start: p.start,
      endExclusive: p.endExclusive,
      rewards: p.rewards.map((r) => [r.id, r.percent, r.enterprisePercent, r.clauses, r.line]),
      exclusions: p.exclusions.map((e) => [e.code, e.clause]),
      participants: p.participants.map((x) => x.clause),
      clauses: Object.keys(p.clauses).sort(),
    });
    expect(facts(kzSummer2025Kk)).toEqual(facts(kzSummer2025));
  });

  const words = [
    kzSummer2025Kk.fullTitle,
    kzSummer2025Kk.territory,
    ...kzSummer2025Kk.rewards.flatMap((r) => [r.title, r.operation, r.basis]),
    ...kzSummer2025Kk.rewards.map((r) => r.condition).filter((c) => c !== "—"),
    ...kzSummer2025Kk.exclusions.map((e) => e.title).filter((t) => t !== "SIP-коннектор"),
    ...kzSummer2025Kk.participants.map((p) => p.text),
    ...Object.values(kzSummer2025Kk.clauses),
  ];
  it.each(words)("%s", (text) => {
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(text)).toEqual([]);
  });

  it("names the Organizer by its Kazakh legal form and БСН", () => {
    expect(kzSummer2025Kk.organizer).toBe("«1С-Битрикс Казахстан» ЖШС, БСН 130340020239");
  });

  it("keeps every number of each Russian clause", () => {
    for (const [clause, ru] of Object.entries(kzSummer2025.clauses)) {
      const kk = kzSummer2025Kk.clauses[clause]!;
      // «2025 жылғы 24 шілде» says the date the Russian writes «24 июля 2025»: same digits.
      expect(numbersIn(kk), clause).toEqual(expect.arrayContaining(numbersIn(ru)));
    }
  });
});
