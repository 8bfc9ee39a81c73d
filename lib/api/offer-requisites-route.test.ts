import { describe, expect, it } from "vitest";
import * as proposalRoute from "@/app/api/offer/route";
import * as pdfRoute from "@/app/api/offer.pdf/route";
import { proposalResponseSchema } from "./response-schemas";
import {
  errorBody,
  jsonRequest,
  PROPOSAL_615000,
  PROPOSAL_EXAMPLE,
  PROPOSAL_REQUISITES,
} from "@/test-support/api-test-helpers";
import { pdfText } from "@/test-support/pdf-text";

// POST /api/offer and /api/offer.pdf: requisites, VAT, the total in words, the appendix and
// `offer_expired` (API contract, «Requisites, VAT, language», added 2026-12).

const postJson = (body: unknown) => proposalRoute.POST(jsonRequest("/api/offer", body));
const postPdf = (body: unknown) => pdfRoute.POST(jsonRequest("/api/offer.pdf", body));
const answer = async (body: unknown) => {
  const response = await postJson(body);
  expect(response.status).toBe(200);
  return proposalResponseSchema.parse(await response.json());
};
const pdfOf = async (body: unknown) => {
  const response = await postPdf(body);
  expect(response.status).toBe(200);
  return pdfText(new Uint8Array(await response.arrayBuffer()));
};
/** Texts as the PDF's text reads them: runs of white space (no-break included) as one space. */
const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");

describe("POST /api/offer: VAT and the total in words", () => {
  it.each([
    {
      vat: { mode: "included" },
      expected: { mode: "included", rate: 12, amount: "65892.86", totalWithVat: "615000.00" },
      words: "Шестьсот пятнадцать тысяч тенге 00 тиын",
    },
    {
      vat: { mode: "excluded" },
      expected: { mode: "excluded", rate: 12, amount: "73800.00", totalWithVat: "688800.00" },
      words: "Шестьсот восемьдесят восемь тысяч восемьсот тенге 00 тиын",
    },
    {
      vat: { mode: "included", rate: 16 },
      expected: { mode: "included", rate: 16, amount: "84827.59", totalWithVat: "615000.00" },
      words: "Шестьсот пятнадцать тысяч тенге 00 тиын",
    },
    {
      vat: { mode: "none" },
      expected: { mode: "none", rate: null, amount: "0.00", totalWithVat: "615000.00" },
      words: "Шестьсот пятнадцать тысяч тенге 00 тиын",
    },
  ])("vat $vat → $expected.amount, «$words»", async ({ vat, expected, words }) => {
    const offer = await answer({ ...PROPOSAL_615000, vat });
    expect(offer.totals.total).toBe(615_000);
    expect(offer.vat).toEqual(expected);
    expect(offer.totalInWords).toBe(words);
    expect(offer.warnings.map((w) => w.code)).not.toContain("vat_unknown");
  });

  it("an offer dated 2026 → 16% by default", async () => {
    const offer = await answer({
      ...PROPOSAL_615000,
      issuedAt: "2026-01-05",
      vat: { mode: "included" },
    });
    expect(offer.vat.rate).toBe(16);
  });

  it("an older body (no requisites, no vat) → 200, VAT unknown (the example list does not say)", async () => {
    const offer = await answer(PROPOSAL_EXAMPLE);
    expect(offer.seller).toEqual(PROPOSAL_EXAMPLE.seller);
    expect(offer.vat).toEqual({ mode: null, rate: null, amount: null, totalWithVat: null });
    expect(offer.warnings.map((w) => w.code)).toContain("vat_unknown");
    expect(offer.totalInWords).toMatch(/ тенге 00 тиын$/);
  });

  it("every requisite → echoed, codes compacted", async () => {
    const offer = await answer({
      ...PROPOSAL_615000,
      seller: { ...PROPOSAL_REQUISITES.seller, iban: "kz86 125k zt50 0410 0100" },
    });
    expect(offer.seller).toEqual(PROPOSAL_REQUISITES.seller);
    expect(offer.client).toEqual(PROPOSAL_REQUISITES.client);
  });

  it.each([
    ["2025-08-31", false],
    ["2025-09-01", true],
  ])("issued %s → 200, offer_expired %s", async (issuedAt, expired) => {
    const offer = await answer({ ...PROPOSAL_615000, issuedAt, vat: { mode: "none" } });
    expect(offer.warnings.some((w) => w.code === "offer_expired")).toBe(expired);
  });
});

describe("422 on requisites: the path and the contract's code", () => {
  it.each([
    { field: "iban", value: "KZ87125KZT5004100100", code: "invalid_iban" },
    { field: "iban", value: "KZ86125KZT500410010", code: "invalid_iban" },
    { field: "iban", value: "DE89370400440532013000", code: "invalid_iban" },
    { field: "bik", value: "HSBKKZ", code: "invalid_bic" },
    { field: "bik", value: "HSBKKZKXXX", code: "invalid_bic" },
  ])("seller.$field $value → $code", async ({ field, value, code }) => {
    const body = { ...PROPOSAL_615000, seller: { ...PROPOSAL_REQUISITES.seller, [field]: value } };
    for (const post of [postJson, postPdf]) {
      const response = await post(body);
      expect(response.status).toBe(422);
      const { error } = await errorBody(response);
      expect(error.code).toBe("invalid_input");
      expect(error.issues).toEqual([
        expect.objectContaining({ path: `seller.${field}`, code, message: expect.any(String) }),
      ]);
    }
  });

  it.each([
    [{ mode: "gross" }, "vat.mode"],
    [{ mode: "included", rate: 101 }, "vat.rate"],
    [{ mode: "included", rate: "12" }, "vat.rate"],
  ])("vat %j → 422 on %s", async (vat, path) => {
    const { error } = await errorBody(await postJson({ ...PROPOSAL_615000, vat }));
    expect(error.issues.map((i) => i.path)).toContain(path);
  });
});

describe("POST /api/offer.pdf: the document an accountant files", { timeout: 30_000 }, () => {
  it("every requisite, the VAT line, the words, the manager and the signature", async () => {
    const text = await pdfOf({ ...PROPOSAL_615000, vat: { mode: "included" } });
    const { seller, client } = PROPOSAL_REQUISITES;
    for (const expected of [
      seller.company,
      `БИН/ИИН ${seller.bin}`,
      seller.address,
      `ИИК ${seller.iban}`,
      `БИК ${seller.bik}`,
      seller.bank,
      `КБе ${seller.kbe}`,
      client.name,
      `БИН/ИИН ${client.bin}`,
      client.address,
      "Итого к оплате 615 000 ₸",
      "в т.ч. НДС 12% 65 892,86 ₸",
      "в т.ч. НДС 12% — 65 892,86 ₸",
      "Шестьсот пятнадцать тысяч тенге 00 тиын",
      `Менеджер: ${seller.person}, ${seller.phone}, ${seller.email}`,
      "Директор ____________ /Ахметова А. А./ М.П.",
      "стр. 1 из 1",
    ]) {
      expect(text).toContain(norm(expected));
    }
  });

  it.each([
    [
      { mode: "excluded" },
      ["Итого без НДС 615 000 ₸", "НДС 12% 73 800,00 ₸", "Итого с НДС 688 800,00 ₸"],
    ],
    [{ mode: "none" }, ["Итого к оплате 615 000 ₸", "Без НДС"]],
    [undefined, ["Итого к оплате 615 000 ₸", "НДС: уточняется"]],
  ])("vat %j → %j", async (vat, lines) => {
    const text = await pdfOf({ ...PROPOSAL_615000, vat });
    for (const line of lines) expect(text).toContain(norm(line));
  });

  it("no director → «Руководитель» and a blank to sign", async () => {
    const { director, directorTitle, ...seller } = PROPOSAL_REQUISITES.seller;
    void director;
    void directorTitle;
    const text = await pdfOf({ ...PROPOSAL_615000, seller });
    expect(text).toContain("Руководитель ____________ /________________/ М.П.");
  });

  it("appendix: true → the «для партнёра» appendix; left out → none", async () => {
    expect(await pdfOf({ ...PROPOSAL_EXAMPLE, appendix: true })).toContain(
      "Приложение для партнёра (не для клиента)",
    );
    expect(await pdfOf(PROPOSAL_EXAMPLE)).not.toContain("Приложение для партнёра");
  });

  it("an expired offer → the line in the document", async () => {
    const text = await pdfOf({ ...PROPOSAL_615000, issuedAt: "2025-09-03" });
    expect(text).toContain("Срок действия предложения истёк: КП датировано 03.09.2025");
  });

  it("an ineligible line → «—» for the promo unit price, its reason under the name", async () => {
    const text = await pdfOf({ ...PROPOSAL_EXAMPLE, lines: [PROPOSAL_EXAMPLE.lines[2]!] });
    expect(text).toMatch(/1 85 800 ₸ — 85 800 ₸/);
    expect(text).toContain("Скидка по акции не применяется");
  });
});
