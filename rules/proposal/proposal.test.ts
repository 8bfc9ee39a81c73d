import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as z from "zod/mini";
import { quote } from "../engine/quote";
import { proposalRequestSchema, type ProposalRequestInput } from "../request/proposal-request";
import { binCheckDigit, isValidBin } from "../request/bin-check";
import { astanaDay, buildProposal } from "./build-proposal";
import { canonicalJson } from "./canonical-json";
import { lineAmounts, proposalTotals } from "./line-amounts";
import { proposalNumber } from "./proposal-number";
import {
  hasEligibleLine,
  proposalHeading,
  positionsText,
  priceListText,
  validityText,
  vatText,
} from "./proposal-texts";
import { priceListFacts, type PriceListFacts } from "./price-list-facts";
import { examplePriceList } from "../catalog/example-price-list";
import { PROPOSAL_BAD_INPUTS, PROPOSAL_EXAMPLE } from "@/test-support/api-test-helpers";

const FACTS: PriceListFacts = {
  title: "Справочные цены",
  asOf: "2025-07-28",
  kind: "example",
  vatIncluded: null,
};

const OFFER: ProposalRequestInput = PROPOSAL_EXAMPLE;
const OPTIONS = { catalog: examplePriceList };

const parse = (input: unknown) => z.safeParse(proposalRequestSchema, input);
const valid = (input: ProposalRequestInput) => proposalRequestSchema.parse(input);

describe("isValidBin", () => {
  it.each([
    { label: "first weights give the check digit", bin: "040840001767", expected: true },
    { label: "remainder 10, second weights give 3", bin: "123456789013", expected: true },
    { label: "second weights give 1", bin: "000000316761", expected: true },
    { label: "wrong check digit (the contract's example)", bin: "123456789012", expected: false },
    { label: "wrong check digit by one", bin: "040840001768", expected: false },
    { label: "remainder 10 twice: no digit fits", bin: "000007523050", expected: false },
    { label: "11 digits", bin: "04084000176", expected: false },
    { label: "13 digits", bin: "0408400017670", expected: false },
    { label: "a letter", bin: "04084000176A", expected: false },
    { label: "spaces", bin: "040840 001767", expected: false },
  ])("$label: $bin → $expected", ({ bin, expected }) => {
    expect(isValidBin(bin)).toBe(expected);
  });

  it("remainder 10 twice → no check digit at all", () => {
    expect(binCheckDigit("00000752305")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidBin(`00000752305${d}`)).toBe(false);
  });

  it("exactly one last digit makes 11 digits a valid number, unless none can", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
        const validEndings = [...Array(10).keys()].filter((d) => isValidBin(first11 + d));
        expect(validEndings.length).toBe(binCheckDigit(first11) === null ? 0 : 1);
      }),
    );
  });
});

describe("lineAmounts", () => {
  it.each([
    {
      label: "eligible 35% × 3",
      unit: { listPrice: 1_000_000, total: 650_000, bonus: null },
      q: 3,
      list: 3_000_000,
      total: 1_950_000,
    },
    {
      label: "ineligible: list × 2",
      unit: { listPrice: 99_990, total: 99_990, bonus: null },
      q: 2,
      list: 199_980,
      total: 199_980,
    },
    {
      label: "with the Copilot bonus × 2",
      unit: { listPrice: 1_000_000, total: 650_000 + 324_000, bonus: { listPrice: 900_000 } },
      q: 2,
      list: 3_800_000,
      total: 1_948_000,
    },
    {
      label: "quantity 100",
      unit: { listPrice: 12_345, total: 8_024, bonus: null },
      q: 100,
      list: 1_234_500,
      total: 802_400,
    },
  ])("$label → $total", ({ unit, q, list, total }) => {
    expect(lineAmounts(unit, q)).toEqual({ list, discount: list - total, total });
  });
});

describe("proposalTotals", () => {
  it.each([
    { label: "none", lines: [], expected: { list: 0, discount: 0, total: 0 } },
    {
      label: "two lines",
      lines: [
        { list: 100, discount: 35, total: 65 },
        { list: 1_000_000_000_000, discount: 0, total: 1_000_000_000_000 },
      ],
      expected: { list: 1_000_000_000_100, discount: 35, total: 1_000_000_000_065 },
    },
  ])("$label → the sums", ({ lines, expected }) => {
    expect(proposalTotals(lines)).toEqual(expected);
  });
});

describe("buildProposal", () => {
  const proposal = buildProposal(valid(OFFER), OPTIONS);

  it("each line is the single /api/quote answer for its product, × quantity", () => {
    const request = valid(OFFER);
    proposal.lines.forEach((line, i) => {
      const single = quote(
        {
          orderedAt: request.orderedAt,
          ...(request.paidAt === undefined ? {} : { paidAt: request.paidAt }),
          customer: request.customer,
          history: request.history,
          product: request.lines[i]!.product,
        },
        OPTIONS,
      );
      expect(line.quote).toEqual(single);
      expect(line.lineTotal).toBe(single.total * line.quantity);
      expect(line.lineList).toBe(
        (single.listPrice + (single.bonus?.listPrice ?? 0)) * line.quantity,
      );
    });
  });

  it("totals = the sums of the lines", () => {
    const sum = (f: (l: (typeof proposal.lines)[number]) => number) =>
      proposal.lines.reduce((a, l) => a + f(l), 0);
    expect(proposal.totals).toEqual({
      list: sum((l) => l.lineList),
      discount: sum((l) => l.lineDiscount),
      total: sum((l) => l.lineTotal),
    });
    expect(proposal.totals.list - proposal.totals.discount).toBe(proposal.totals.total);
  });

  it("an ineligible line is priced at list and keeps its reasons", () => {
    const renewal = proposal.lines[2]!;
    expect(renewal.quote.eligible).toBe(false);
    expect(renewal.lineTotal).toBe(renewal.quote.listPrice);
    expect(renewal.lineDiscount).toBe(0);
    expect(renewal.quote.reasons.map((r) => r.code)).toContain("renewal_excluded");
  });

  it("the Copilot bonus line counts in the line (п. 4.1.6), once per license, with a п. 8.1 warning", () => {
    const cloud = proposal.lines[0]!;
    expect(cloud.quote.bonus).not.toBeNull();
    expect(cloud.lineTotal).toBe(cloud.quote.total * 2);
    // The example list does not say whether prices include VAT: `vat_unknown` as well.
    expect(proposal.warnings.map((w) => [w.code, w.clause])).toEqual([
      ["copilot_bonus_per_license", "8.1"],
      ["vat_unknown", "4.1"],
    ]);
    const single = buildProposal(
      valid({ ...OFFER, lines: [{ ...OFFER.lines[0]!, quantity: 1 }] }),
      OPTIONS,
    );
    expect(single.warnings.map((w) => w.code)).toEqual(["vat_unknown"]);
  });

  it("contract fields: validity, issue day, price list facts, echoed parties", () => {
    expect(proposal.validUntil).toBe("2025-08-31T23:59:59+05:00");
    expect(proposal.issuedAt).toBe("2025-08-15");
    expect(proposal.vatIncluded).toBeNull();
    expect(proposal.priceSource).toEqual({
      kind: "example",
      title: examplePriceList.title,
      asOf: examplePriceList.asOf,
    });
    expect(proposal.seller.company).toBe("ТОО «Партнёр»");
    expect(proposal.client.name).toBe("ТОО «Клиент»");
  });

  it("the issue day is the order's Astana day unless given", () => {
    expect(
      buildProposal(valid({ ...OFFER, orderedAt: "2025-08-14T23:30:00Z" }), OPTIONS).issuedAt,
    ).toBe("2025-08-15");
    expect(buildProposal(valid({ ...OFFER, issuedAt: "2025-08-10" }), OPTIONS).issuedAt).toBe(
      "2025-08-10",
    );
  });

  it("properties: totals are the sums and every line equals its unit × quantity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 3 }),
        (qs) => {
          const lines = qs.map((quantity, i) => ({
            ...OFFER.lines[i % OFFER.lines.length]!,
            quantity,
          }));
          const built = buildProposal(valid({ ...OFFER, lines }), OPTIONS);
          built.lines.forEach((l) => expect(l.lineTotal).toBe(l.quote.total * l.quantity));
          expect(built.totals.total).toBe(built.lines.reduce((a, l) => a + l.lineTotal, 0));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("offer number", () => {
  const numberOf = (input: ProposalRequestInput) => buildProposal(valid(input), OPTIONS).number;

  it("the same content → the same number, whatever the key order", () => {
    const reordered = JSON.parse(canonicalJson(OFFER)) as ProposalRequestInput;
    expect(numberOf(reordered)).toBe(numberOf(OFFER));
    expect(numberOf(OFFER)).toMatch(/^КП-0815-[0-9A-Z]{6}$/);
  });

  it.each([
    { label: "another quantity", change: { lines: [{ ...OFFER.lines[0]!, quantity: 5 }] } },
    { label: "another client", change: { client: { name: "ТОО «Другой»" } } },
    { label: "another order date", change: { orderedAt: "2025-08-16T10:30:00+05:00" } },
  ])("$label → another number", ({ change }) => {
    expect(numberOf({ ...OFFER, ...change })).not.toBe(numberOf(OFFER));
  });

  it.each([
    {
      label: "defaults left out",
      change: {
        customer: { kind: "legal_entity" as const, resident: true, purpose: "business" as const },
      },
    },
    { label: "the same instant written otherwise", change: { orderedAt: "2025-08-15T05:30:00Z" } },
  ])("$label → the same number", ({ change }) => {
    expect(numberOf({ ...OFFER, ...change })).toBe(numberOf(OFFER));
  });

  it("a given number is kept as typed (trimmed)", () => {
    expect(numberOf({ ...OFFER, number: "  КП-0815-01 " })).toBe("КП-0815-01");
  });

  it("proposalNumber takes the month and day of the issue day", () => {
    expect(proposalNumber({ a: 1 }, "2025-07-28")).toMatch(/^КП-0728-/);
  });
});

describe("proposalRequestSchema", () => {
  const issuesOf = (input: unknown) => {
    const r = parse(input);
    return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
  };
  const line = OFFER.lines[1]!;

  it.each(PROPOSAL_BAD_INPUTS)("$label → 422 at $path", ({ change, path }) => {
    expect(issuesOf({ ...OFFER, ...change })).toContain(path);
  });

  it("200 characters and markup are accepted as plain text", () => {
    const name = "<script>alert(1)</script>".padEnd(200, "x");
    expect(parse({ ...OFFER, client: { name } }).success).toBe(true);
  });

  it("30 lines at quantity 100 are accepted", () => {
    const lines = Array.from({ length: 30 }, () => ({ ...line, quantity: 100 }));
    expect(parse({ ...OFFER, lines }).success).toBe(true);
  });
});

describe("offer texts", () => {
  const proposal = buildProposal(valid(OFFER), OPTIONS);
  it.each([
    {
      label: "validity",
      actual: validityText(proposal.validUntil),
      expected:
        "Предложение действительно при оформлении и оплате заказа до 31.08.2025 23:59 (время Астаны), п. 2.1, 2.2, 5.2",
    },
    { label: "VAT included", actual: vatText(true), expected: "Цены с НДС" },
    { label: "VAT excluded", actual: vatText(false), expected: "Цены без НДС" },
    { label: "VAT unknown", actual: vatText(null), expected: null },
    {
      label: "example price list",
      actual: priceListText(FACTS),
      expected: "Прайс-лист: Справочные цены от 28.07.2025 (цены — пример)",
    },
    {
      label: "official price list",
      actual: priceListText({ ...FACTS, kind: "official" }),
      expected: "Прайс-лист: Справочные цены от 28.07.2025",
    },
    {
      label: "a title with its date",
      actual: priceListText({ ...FACTS, title: "Прайс от 28.07.2025", kind: "official" }),
      expected: "Прайс-лист: Прайс от 28.07.2025",
    },
    {
      label: "every price typed by hand",
      actual: priceListText({ ...FACTS, kind: "manual" }),
      expected: "Цены указаны вручную",
    },
    { label: "1 позиция", actual: positionsText(1), expected: "1 позиция" },
    { label: "3 позиции", actual: positionsText(3), expected: "3 позиции" },
    { label: "11 позиций", actual: positionsText(11), expected: "11 позиций" },
    { label: "issue day", actual: astanaDay("2025-08-15T23:59:00+05:00"), expected: "2025-08-15" },
  ])("$label → $expected", ({ actual, expected }) => {
    expect(actual).toBe(expected);
  });

  it("an all-ineligible proposal is not titled «Коммерческое предложение»", () => {
    const none = buildProposal(valid({ ...OFFER, lines: [OFFER.lines[2]!] }), OPTIONS);
    expect(hasEligibleLine(none)).toBe(false);
    expect(proposalHeading(none)).not.toContain("Коммерческое предложение");
    expect(proposalHeading(proposal)).toBe(`Коммерческое предложение № ${proposal.number}`);
  });
});

describe("priceListFacts", () => {
  const official = { ...examplePriceList, kind: "official" as const };
  it.each([
    {
      label: "example list, VAT unknown",
      list: examplePriceList,
      kinds: [],
      kind: "example",
      vat: null,
    },
    {
      label: "official list with VAT",
      list: { ...official, vatIncluded: true },
      kinds: ["official" as const],
      kind: "official",
      vat: true,
    },
    {
      label: "official list without VAT",
      list: { ...official, vatIncluded: false },
      kinds: [],
      kind: "official",
      vat: false,
    },
    {
      label: "every price typed by hand",
      list: official,
      kinds: ["manual" as const, "manual" as const],
      kind: "manual",
      vat: null,
    },
    {
      label: "some typed, some listed",
      list: official,
      kinds: ["manual" as const, "official" as const],
      kind: "official",
      vat: null,
    },
  ])("$label → $kind, VAT $vat", ({ list, kinds, kind, vat }) => {
    const facts = priceListFacts(list, kinds);
    expect(facts.kind).toBe(kind);
    expect(facts.vatIncluded).toBe(vat);
  });

  it("an official list with VAT → the proposal says «Цены с НДС» and no «пример»", () => {
    const catalog = { ...examplePriceList, kind: "official" as const, vatIncluded: true };
    const built = buildProposal(valid(OFFER), { catalog });
    expect(built.vatIncluded).toBe(true);
    expect(vatText(built.vatIncluded)).toBe("Цены с НДС");
    expect(priceListText(built.priceSource)).not.toContain("пример");
  });
});
