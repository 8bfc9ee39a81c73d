import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { examplePriceList } from "../catalog/example-price-list";
import { proposalRequestSchema, type ProposalRequestInput } from "../request/proposal-request";
import { buildProposal } from "./build-proposal";
import { PROPOSAL_EXAMPLE, PROPOSAL_REQUISITES } from "@/test-support/api-test-helpers";

// The requisites, VAT and appendix fields of the offer (API contract, added 2026-12).

const SELLER = PROPOSAL_REQUISITES.seller;
const OFFER: ProposalRequestInput = { ...PROPOSAL_EXAMPLE, seller: SELLER };
const OPTIONS = { catalog: examplePriceList };
const build = (input: ProposalRequestInput) =>
  buildProposal(proposalRequestSchema.parse(input), OPTIONS);

/** Each issue's path and the contract code its schema gives it. */
function issuesOf(input: unknown) {
  const r = z.safeParse(proposalRequestSchema, input);
  if (r.success) return [];
  return r.error.issues.map((i) => ({
    path: i.path.join("."),
    code: i.code === "custom" ? (i.params?.code as string | undefined) : undefined,
  }));
}

describe("proposalRequestSchema: requisites", () => {
  it("every requisite given → valid, codes compacted (spaces out, upper case)", () => {
    const r = proposalRequestSchema.parse({
      ...OFFER,
      seller: { ...SELLER, iban: "kz86 125k zt50 0410 0100", bik: " hsbkkzkx " },
      client: { ...OFFER.client, address: "г. Астана, ул. Кенесары, 1" },
    });
    expect(r.seller.iban).toBe("KZ86125KZT5004100100");
    expect(r.seller.bik).toBe("HSBKKZKX");
    expect(r.client.address).toBe("г. Астана, ул. Кенесары, 1");
  });

  it("an older body without the new fields → valid", () => {
    expect(issuesOf(PROPOSAL_EXAMPLE)).toEqual([]);
  });

  it.each([
    { label: "an IBAN with a wrong check digit", iban: "KZ87125KZT5004100100" },
    { label: "19 characters", iban: "KZ86125KZT500410010" },
    { label: "a German IBAN", iban: "DE89370400440532013000" },
    { label: "an empty text", iban: "" },
  ])("$label → seller.iban, invalid_iban", ({ iban }) => {
    expect(issuesOf({ ...OFFER, seller: { ...SELLER, iban } })).toEqual([
      { path: "seller.iban", code: "invalid_iban" },
    ]);
  });

  it.each(["HSBKKZ", "HSBKKZKXX", "HSBK-ZKX", "12345678"])(
    "БИК %j → seller.bik, invalid_bic",
    (bik) => {
      expect(issuesOf({ ...OFFER, seller: { ...SELLER, bik } })).toEqual([
        { path: "seller.bik", code: "invalid_bic" },
      ]);
    },
  );

  it.each([
    { change: { kbe: "7" }, path: "seller.kbe" },
    { change: { kbe: "170" }, path: "seller.kbe" },
    { change: { address: "a".repeat(201) }, path: "seller.address" },
    { change: { director: "a\nb" }, path: "seller.director" },
  ])("$path: $change → refused", ({ change, path }) => {
    expect(issuesOf({ ...OFFER, seller: { ...SELLER, ...change } }).map((i) => i.path)).toEqual([
      path,
    ]);
  });

  it.each([
    [{ mode: "gross" }, "vat.mode"],
    [{ mode: "included", rate: -1 }, "vat.rate"],
    [{ mode: "included", rate: 101 }, "vat.rate"],
    [{ mode: "included", rate: 12.345 }, "vat.rate"],
    [{ mode: "included", rate: "12" }, "vat.rate"],
    [{ rate: 12 }, "vat.mode"],
    ["included", "vat"],
  ])("vat %j → %s", (vat, path) => {
    expect(issuesOf({ ...OFFER, vat }).map((i) => i.path)).toContain(path);
  });

  it("appendix must be a boolean", () => {
    expect(issuesOf({ ...OFFER, appendix: "yes" }).map((i) => i.path)).toEqual(["appendix"]);
    expect(issuesOf({ ...OFFER, appendix: true })).toEqual([]);
  });
});

describe("buildProposal: VAT, words, warnings", () => {
  it("no VAT requested and the example list says nothing → all null, vat_unknown", () => {
    const offer = build(OFFER);
    expect(offer.vat).toEqual({ mode: null, rate: null, amount: null, totalWithVat: null });
    expect(offer.warnings.map((w) => w.code)).toContain("vat_unknown");
    expect(offer.totalInWords).toMatch(/^[А-Я][а-я ]+ тенге 00 тиын$/);
  });

  it("included at 12% → the VAT inside the total, the total in words", () => {
    const offer = build({
      ...OFFER,
      lines: [
        { product: { line: "cms", operation: "purchase", edition: "business" }, quantity: 1 },
      ],
      vat: { mode: "included" },
    });
    const total = offer.totals.total;
    expect(offer.vat.mode).toBe("included");
    expect(offer.vat.rate).toBe(12);
    expect(offer.vat.totalWithVat).toBe(`${total}.00`);
    expect(offer.warnings.map((w) => w.code)).not.toContain("vat_unknown");
  });

  it("excluded → the words say the amount with VAT, tiyn included", () => {
    const offer = build({
      ...OFFER,
      lines: [
        {
          product: { line: "cms", operation: "purchase", edition: "start", listPrice: 615_001 },
          quantity: 1,
        },
      ],
      vat: { mode: "excluded", rate: 12 },
    });
    // 615 001 − 20% = 492 001 (half up: 492 000,8); VAT 59 040,12; with VAT 551 041,12.
    expect(offer.totals.total).toBe(492_001);
    expect(offer.vat).toEqual({
      mode: "excluded",
      rate: 12,
      amount: "59040.12",
      totalWithVat: "551041.12",
    });
    expect(offer.totalInWords).toBe("Пятьсот пятьдесят одна тысяча сорок один тенге 12 тиын");
  });

  it("dated 2026 → 16% by default", () => {
    const offer = build({ ...OFFER, issuedAt: "2026-01-01", vat: { mode: "included" } });
    expect(offer.vat.rate).toBe(16);
  });

  it.each([
    ["2025-08-31", false],
    ["2025-09-01", true],
    ["2026-01-15", true],
  ])("issued %s → offer_expired %s", (issuedAt, expired) => {
    const offer = build({ ...OFFER, issuedAt, vat: { mode: "none" } });
    expect(offer.warnings.some((w) => w.code === "offer_expired")).toBe(expired);
  });

  it("the VAT is part of the number: another mode → another number; none given → as before", () => {
    const plain = build(PROPOSAL_EXAMPLE).number;
    expect(build({ ...PROPOSAL_EXAMPLE, vat: { mode: "none" } }).number).not.toBe(plain);
    expect(build({ ...PROPOSAL_EXAMPLE, appendix: true }).number).toBe(plain);
  });
});
