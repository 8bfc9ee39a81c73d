import { describe, expect, it } from "vitest";
import * as proposalRoute from "@/app/api/offer/route";
import * as pdfRoute from "@/app/api/offer.pdf/route";
import { proposalResponseSchema } from "./response-schemas";
import {
  errorBody,
  jsonRequest,
  PROPOSAL_615000,
  PROPOSAL_EXAMPLE,
} from "@/test-support/api-test-helpers";
import { KAZAKH_LETTERS } from "@/test-support/kazakh";
import { pdfText } from "@/test-support/pdf-text";

// POST /api/offer and /api/offer.pdf in the document's language (API contract, «Requisites,
// VAT, language»: `language` ru | kk | kk+ru, default ru; `totalInWords` in that language).

const post = (body: unknown, headers: Record<string, string> = {}) =>
  proposalRoute.POST(jsonRequest("/api/offer", body, { headers }));
const answer = async (body: unknown, headers: Record<string, string> = {}) => {
  const response = await post(body, headers);
  expect(response.status).toBe(200);
  return {
    offer: proposalResponseSchema.parse(await response.json()),
    contentLanguage: response.headers.get("content-language"),
  };
};
const pdfOf = async (body: unknown) => {
  const response = await pdfRoute.POST(jsonRequest("/api/offer.pdf", body));
  expect(response.status).toBe(200);
  return {
    text: await pdfText(new Uint8Array(await response.arrayBuffer())),
    contentLanguage: response.headers.get("content-language"),
  };
};
/** Every text of an answer a person reads: the lines' reasons, warnings and notes, the offer's. */
const textsOf = (offer: Awaited<ReturnType<typeof answer>>["offer"]) => [
  ...offer.warnings.map((w) => w.text),
  ...offer.lines.flatMap((l) => [
    ...l.quote.reasons.map((r) => r.text),
    ...l.quote.warnings.map((w) => w.text),
    ...l.quote.notes.map((n) => n.text),
  ]),
];
/** What must not change with the language: codes, clauses, numbers. */
const factsOf = (offer: Awaited<ReturnType<typeof answer>>["offer"]) => ({
  totals: offer.totals,
  vat: offer.vat,
  number: offer.number,
  warnings: offer.warnings.map((w) => [w.code, w.clause]),
  lines: offer.lines.map((l) => ({
    total: l.lineTotal,
    eligible: l.quote.eligible,
    reasons: l.quote.reasons.map((r) => [r.code, r.clause]),
    notes: l.quote.notes.map((n) => n.code),
  })),
});

// Every line kind: eligible, not eligible (a renewal), a Copilot bonus; issued after the
// promotion (offer_expired) and with no VAT known (vat_unknown).
const BODY = { ...PROPOSAL_EXAMPLE, issuedAt: "2025-09-03" };

describe("POST /api/offer: language", () => {
  it.each([
    {
      language: undefined,
      echo: "ru",
      words: "Шестьсот пятнадцать тысяч тенге 00 тиын",
      texts: "ru",
    },
    { language: "ru", echo: "ru", words: "Шестьсот пятнадцать тысяч тенге 00 тиын", texts: "ru" },
    { language: "kk", echo: "kk", words: "Алты жүз он бес мың теңге 00 тиын", texts: "kk" },
    { language: "kk+ru", echo: "kk+ru", words: "Алты жүз он бес мың теңге 00 тиын", texts: "kk" },
  ])(
    "language $language → «$echo», totalInWords «$words», texts $texts",
    async ({ language, echo, words, texts }) => {
      const { offer, contentLanguage } = await answer({
        ...PROPOSAL_615000,
        vat: { mode: "none" },
        ...(language ? { language } : {}),
      });
      expect(offer.language).toBe(echo);
      expect(offer.totalInWords).toBe(words);
      expect(contentLanguage).toBe(texts);
    },
  );

  it.each(["kk", "kk+ru"])("%s: every reason, warning and note is Kazakh", async (language) => {
    const { offer } = await answer({ ...BODY, language });
    const texts = textsOf(offer);
    expect(offer.warnings.map((w) => w.code)).toEqual([
      "copilot_bonus_per_license",
      "offer_expired",
      "vat_unknown",
    ]);
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) expect(text).toMatch(KAZAKH_LETTERS);
  });

  it.each(["kk", "kk+ru"])("%s: the same codes, clauses and figures as ru", async (language) => {
    const ru = await answer(BODY);
    const kk = await answer({ ...BODY, language });
    expect(factsOf(kk.offer)).toEqual(factsOf(ru.offer));
    for (const text of textsOf(ru.offer)) expect(text).not.toMatch(KAZAKH_LETTERS);
  });

  it("Accept-Language: kk with a Russian document: Kazakh texts, Russian words of the total", async () => {
    const { offer, contentLanguage } = await answer(
      { ...PROPOSAL_615000, vat: { mode: "none" }, language: "ru" },
      { "accept-language": "kk" },
    );
    expect(contentLanguage).toBe("kk");
    expect(offer.language).toBe("ru");
    expect(offer.totalInWords).toBe("Шестьсот пятнадцать тысяч тенге 00 тиын");
  });

  it.each(["en", "KK", "ru+kk", "", 1, null])("language %j → 422 at «language»", async (bad) => {
    const response = await post({ ...PROPOSAL_EXAMPLE, language: bad });
    expect(response.status).toBe(422);
    const body = await errorBody(response);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.issues.map((i) => i.path)).toEqual(["language"]);
  });
});

describe("POST /api/offer.pdf: language", { timeout: 30_000 }, () => {
  const RU_TITLE = "Коммерческое предложение";
  const KK_TITLE = "Коммерциялық ұсыныс";

  it.each([
    { language: "ru", has: [RU_TITLE, "Итого к оплате", "стр. 1 из 1"], not: [KK_TITLE], cl: "ru" },
    {
      language: "kk",
      has: [KK_TITLE, "Төлеуге барлығы", "теңге 00 тиын", "1 беттің 1-беті"],
      not: [RU_TITLE, "Итого к оплате", "тенге 00 тиын", "стр. 1"],
      cl: "kk",
    },
    {
      language: "kk+ru",
      has: [
        KK_TITLE,
        RU_TITLE,
        "Төлеуге барлығы / Итого к оплате",
        "теңге 00 тиын",
        "тенге 00 тиын",
      ],
      not: [],
      cl: "kk, ru",
    },
  ])("$language → $has", async ({ language, has, not, cl }) => {
    const { text, contentLanguage } = await pdfOf({ ...PROPOSAL_615000, language });
    for (const t of has) expect(text).toContain(t);
    for (const t of not) expect(text).not.toContain(t);
    expect(contentLanguage).toBe(cl);
  });

  it.each([
    { language: "kk", mark: "БАҒАЛАР — МЫСАЛ", not: "ЦЕНЫ — ПРИМЕР" },
    { language: "kk+ru", mark: "БАҒАЛАР — МЫСАЛ / ЦЕНЫ — ПРИМЕР", not: null },
  ])("$language, example prices → «$mark»", async ({ language, mark, not }) => {
    const { text } = await pdfOf({ ...PROPOSAL_EXAMPLE, language });
    expect(text).toContain(mark);
    if (not) expect(text).not.toContain(not);
  });

  it("every Kazakh letter, both cases, is drawn and extractable (DejaVu Sans)", async () => {
    const name = "ЖШС «Әғқңөұүһі ӘҒҚҢӨҰҮҺІ»";
    const { text } = await pdfOf({ ...PROPOSAL_615000, language: "kk", client: { name } });
    expect(text).toContain(`Клиент: ${name}`);
    expect(text).not.toContain("\uFFFD");
  });

  it("kk+ru: Kazakh first, then Russian", async () => {
    const { text } = await pdfOf({ ...PROPOSAL_615000, language: "kk+ru" });
    expect(text.indexOf("Коммерциялық ұсыныс")).toBeLessThan(
      text.indexOf("Коммерческое предложение"),
    );
    expect(text.indexOf("Төлеуге барлығы:")).toBeLessThan(text.indexOf("Всего к оплате:"));
  });

  it.each(["kk", "kk+ru"])("%s: the amounts of the ru PDF, each one there", async (language) => {
    const amounts = (text: string) =>
      (text.match(/\d{1,3}(?: \d{3})*(?:,\d{2})? ₸/gu) ?? []).sort();
    const ru = await pdfOf(PROPOSAL_EXAMPLE);
    const kk = await pdfOf({ ...PROPOSAL_EXAMPLE, language });
    expect(new Set(amounts(kk.text))).toEqual(new Set(amounts(ru.text)));
    expect(amounts(ru.text).length).toBeGreaterThan(8);
  });
});
