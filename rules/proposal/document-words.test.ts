import { describe, expect, it } from "vitest";
import { KAZAKH_LETTERS, russianWordsIn } from "@/test-support/kazakh";
import { documentLanguages, textLanguage } from "../text/language";
import { documentWords, type DocumentWords } from "./document-words";
import { expiredText, proposalWarnings } from "./proposal-warnings";

const kk = documentWords("kk");
const ru = documentWords("ru");
const both = documentWords("kk+ru");

/** Every label of a words object (functions called with sample figures). */
const labels = (w: DocumentWords): string[] =>
  Object.entries(w).flatMap(([key, value]) => {
    if (key === "signatureBlank" || key === "noPrice") return [];
    if (key === "dueInWords") return [w.dueInWords("615 000,00 ₸", "…")];
    if (key === "page") return [w.page(2, 3)];
    if (typeof value === "function") return [(value as (n: number) => string)(12)];
    return Array.isArray(value) ? (value as string[]).slice(1) : [value as string];
  });

describe("documentWords", () => {
  it.each([
    { key: "seller", kk: "Сатушы", both: "Сатушы / Продавец" },
    { key: "bin", kk: "БСН/ЖСН", both: "БСН/ЖСН / БИН/ИИН" },
    { key: "iban", kk: "ЖСК", both: "ЖСК / ИИК" },
    { key: "bik", kk: "БСК", both: "БСК / БИК" },
    { key: "kbe", kk: "БеК", both: "БеК / КБе" },
    { key: "due", kk: "Төлеуге барлығы", both: "Төлеуге барлығы / Итого к оплате" },
    { key: "noVat", kk: "ҚҚС-сыз", both: "ҚҚС-сыз / Без НДС" },
    { key: "stamp", kk: "М.О.", both: "М.О. / М.П." },
    { key: "exampleMark", kk: "БАҒАЛАР — МЫСАЛ", both: "БАҒАЛАР — МЫСАЛ / ЦЕНЫ — ПРИМЕР" },
    // The same word in both languages is said once.
    { key: "client", kk: "Клиент", both: "Клиент" },
    { key: "bank", kk: "Банк", both: "Банк" },
  ] as const)("$key: kk «$kk», kk+ru «$both»", ({ key, kk: k, both: b }) => {
    expect(kk[key]).toBe(k);
    expect(both[key]).toBe(b);
  });

  it.each([
    { lang: "ru", rate: 12, included: "в т.ч. НДС 12%", page: "стр. 2 из 3" },
    { lang: "kk", rate: 12, included: "оның ішінде ҚҚС 12%", page: "3 беттің 2-беті" },
    {
      lang: "kk+ru",
      rate: 12.5,
      included: "оның ішінде ҚҚС 12,5% / в т.ч. НДС 12,5%",
      page: "3 беттің 2-беті / стр. 2 из 3",
    },
  ] as const)("$lang: «$included», «$page»", ({ lang, rate, included, page }) => {
    const w = documentWords(lang);
    expect(w.vatIncluded(rate)).toBe(included);
    expect(w.page(2, 3)).toBe(page);
  });

  it("kk+ru columns: Kazakh / Russian, «№» and «Позиция» once", () => {
    expect(both.columns).toEqual([
      "№",
      "Позиция",
      "Саны / Кол-во",
      "Бірлік бағасы / Цена за ед.",
      "Акция бойынша бірлік бағасы / По акции за ед.",
      "Сомасы / Сумма",
    ]);
  });

  it("no Kazakh label has a Russian-only word; most have a Kazakh letter («Саны» has none)", () => {
    for (const label of labels(kk)) expect(russianWordsIn(label)).toEqual([]);
    expect(labels(kk).filter((l) => KAZAKH_LETTERS.test(l)).length).toBeGreaterThanOrEqual(15);
    expect(labels(ru).filter((l) => KAZAKH_LETTERS.test(l))).toEqual([]);
  });
});

describe("document and text languages", () => {
  it.each([
    { doc: "ru", order: ["ru"] },
    { doc: "kk", order: ["kk"] },
    { doc: "kk+ru", order: ["kk", "ru"] },
  ] as const)("$doc prints $order", ({ doc, order }) => {
    expect(documentLanguages(doc)).toEqual(order);
  });

  it.each([
    { doc: undefined, asked: "ru", texts: "ru" },
    { doc: undefined, asked: "kk", texts: "kk" },
    { doc: "ru", asked: "ru", texts: "ru" },
    { doc: "ru", asked: "kk", texts: "kk" },
    { doc: "kk", asked: "ru", texts: "kk" },
    { doc: "kk+ru", asked: "ru", texts: "kk" },
  ] as const)("document $doc, Accept-Language $asked → texts $texts", ({ doc, asked, texts }) => {
    expect(textLanguage(doc, asked)).toBe(texts);
  });
});

describe("proposalWarnings in Kazakh", () => {
  const facts = {
    lines: [{ quantity: 2, quote: { bonus: {} } }],
    issuedAt: "2025-09-03",
    validUntil: "2025-08-31T23:59:59+05:00",
    vatKnown: false,
  };

  it("the same codes and clauses as in Russian, each text Kazakh with the same figures", () => {
    const ruWarnings = proposalWarnings(facts);
    const kkWarnings = proposalWarnings(facts, "kk");
    const facts2 = (w: typeof ruWarnings) => w.map(({ code, clause }) => [code, clause]);
    expect(facts2(kkWarnings)).toEqual(facts2(ruWarnings));
    expect(kkWarnings).toHaveLength(3);
    for (const w of kkWarnings) {
      expect(w.text).toMatch(KAZAKH_LETTERS);
      expect(russianWordsIn(w.text)).toEqual([]);
    }
  });

  it.each([
    {
      lang: "kk",
      text: "Ұсыныстың жарамдылық мерзімі өтті: ұсыныс 03.09.2025 күні жасалған, ал ол 2025 жылғы 31 тамызға дейін (сағат 23:59:59, Астана уақыты) жарамды (2.1, 2.2, 5.2-тармақтар).",
    },
    {
      lang: "ru",
      text: "Срок действия предложения истёк: КП датировано 03.09.2025, а действует до 31.08.2025 23:59 (время Астаны), п. 2.1, 2.2, 5.2.",
    },
  ] as const)("offer_expired in $lang", ({ lang, text }) => {
    expect(expiredText("2025-09-03", facts.validUntil, lang)).toBe(text);
    expect(expiredText("2025-08-31", facts.validUntil, lang)).toBeNull();
  });
});
