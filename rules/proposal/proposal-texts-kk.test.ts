import { describe, expect, it } from "vitest";
import { KAZAKH_LETTERS, russianWordsIn } from "@/test-support/kazakh";
import * as ru from "./proposal-texts";
import { PROPOSAL_TEXTS_KK } from "./proposal-texts-kk";

const eligible = { number: "КП-0815-01", lines: [{ quote: { eligible: true } }] } as never;
const none = { number: "КП-0815-01", lines: [{ quote: { eligible: false } }] } as never;

describe("PROPOSAL_TEXTS_KK", () => {
  it("has a Kazakh text for every Russian text of proposal-texts", () => {
    const texts = Object.keys(ru).filter((name) => name !== "hasEligibleLine");
    expect(Object.keys(PROPOSAL_TEXTS_KK)).toEqual(expect.arrayContaining(texts));
  });

  it.each([
    {
      label: "title",
      text: PROPOSAL_TEXTS_KK.proposalHeading(eligible),
      expected: "Коммерциялық ұсыныс № КП-0815-01",
    },
    {
      label: "nothing eligible",
      text: PROPOSAL_TEXTS_KK.proposalHeading(none),
      expected: "Акция бойынша жеңілдіксіз құн есебі № КП-0815-01",
    },
    {
      label: "issued",
      text: PROPOSAL_TEXTS_KK.issuedText("2025-08-15"),
      expected: "15.08.2025 ж.",
    },
    {
      label: "validity",
      text: PROPOSAL_TEXTS_KK.validityText("2025-08-31T23:59:59+05:00"),
      expected:
        "Ұсыныс тапсырыс 2025 жылғы 31 тамызға дейін (сағат 23:59:59, Астана уақыты) ресімделіп, төленген жағдайда жарамды (2.1, 2.2, 5.2-тармақтар)",
    },
    { label: "VAT in", text: PROPOSAL_TEXTS_KK.vatText(true), expected: "Бағалар ҚҚС-пен" },
    { label: "VAT out", text: PROPOSAL_TEXTS_KK.vatText(false), expected: "Бағалар ҚҚС-сыз" },
    {
      label: "example list",
      text: PROPOSAL_TEXTS_KK.priceListText({
        title: "Пример",
        asOf: "2025-07-28",
        kind: "example",
      }),
      expected: "Прайс-парақ: Пример, 28.07.2025 ж. (бағалар — мысал)",
    },
    {
      label: "typed prices",
      text: PROPOSAL_TEXTS_KK.priceListText({ title: "", asOf: "", kind: "manual" }),
      expected: "Бағалар қолмен көрсетілген",
    },
    {
      label: "5 positions, noun singular",
      text: PROPOSAL_TEXTS_KK.positionsText(5),
      expected: "5 позиция",
    },
  ])("$label → $expected", ({ text, expected }) => {
    expect(text).toBe(expected);
  });

  it("says nothing of VAT when the price list does not", () => {
    expect(PROPOSAL_TEXTS_KK.vatText(null)).toBeNull();
  });

  it.each([
    PROPOSAL_TEXTS_KK.PROPOSAL_TITLE,
    PROPOSAL_TEXTS_KK.NO_DISCOUNT_TITLE,
    PROPOSAL_TEXTS_KK.NO_DISCOUNT_EXPLANATION,
  ])("%s is Kazakh", (text) => {
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(text)).toEqual([]);
  });
});
