import { describe, expect, it } from "vitest";
import { buildProposal, proposalRequestSchema } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { KAZAKH_LETTERS, russianWordsIn } from "@/test-support/kazakh";
import { describeProductKk, lineWords } from "./line-words";

describe("describeProductKk", () => {
  it.each([
    [
      { line: "cloud", plan: "professional", months: 12 },
      "Битрикс24 «Профессиональный» тарифі, 12 ай",
    ],
    [
      { line: "cloud", plan: "enterprise", users: 500, months: 1 },
      "Битрикс24 «Энтерпрайз» (500 пайдаланушы) тарифі, 1 ай",
    ],
    [
      { line: "box", operation: "purchase", edition: "corporate_portal", users: 50 },
      "«1С-Битрикс24» «Корпоративный портал» (50 пайдаланушы), лицензия",
    ],
    [
      {
        line: "box",
        operation: "upgrade",
        edition: "enterprise",
        users: 1000,
        from: { edition: "corporate_portal", users: 250 },
      },
      "«1С-Битрикс24»: «Корпоративный портал» (250 пайдаланушы) редакциясынан «Энтерпрайз» (1000 пайдаланушы) редакциясына көшу",
    ],
    [
      { line: "cms", operation: "renewal", edition: "business" },
      "«1С-Битрикс: Управление сайтом» «Бизнес», ұзарту",
    ],
    [
      { line: "cms", operation: "upgrade", edition: "business", from: "standard" },
      "«1С-Битрикс: Управление сайтом»: «Стандарт» редакциясынан «Бизнес» редакциясына көшу",
    ],
    [
      { line: "cms", operation: "to_bitrix24", from: "business" },
      "«1С-Битрикс: Управление сайтом» «Бизнес» редакциясынан «1С-Битрикс24. Интернет-магазин + CRM» редакциясына көшу",
    ],
  ] as const)("%j → %s", (product, expected) => {
    const text = describeProductKk(product as never);
    expect(text).toBe(expected);
    expect(russianWordsIn(text)).toEqual([]);
  });
});

describe("lineWords", () => {
  const offer = buildProposal(
    proposalRequestSchema.parse({
      orderedAt: "2025-08-15",
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      seller: { company: "П" },
      client: { name: "К" },
      lines: [
        { product: { line: "cms", operation: "purchase", edition: "start" }, quantity: 1 },
        { product: { line: "cms", operation: "renewal", edition: "business" }, quantity: 1 },
      ],
    }),
    { catalog: examplePriceList },
  );
  const [eligible, renewal] = offer.lines as [never, never];

  it.each([
    { langs: ["ru"], line: eligible, decision: "Скидка 20% по п. 4.1.1" },
    { langs: ["kk"], line: eligible, decision: "4.1.1-тармақ бойынша 20% жеңілдік" },
    {
      langs: ["kk", "ru"],
      line: eligible,
      decision: "4.1.1-тармақ бойынша 20% жеңілдік\nСкидка 20% по п. 4.1.1",
    },
    {
      langs: ["kk"],
      line: renewal,
      decision:
        "Акция бойынша жеңілдік қолданылмайды: тарифті жоғарылатпай ұзарту акцияға кірмейді (5.4-тармақ)",
    },
  ] as const)("$langs: «$decision»", ({ langs, line, decision }) => {
    expect(lineWords(langs).decision(line)).toBe(decision);
  });

  it("a name the same in both languages is said once; a Kazakh bonus row is Kazakh", () => {
    const title = lineWords(["kk", "ru"]).title(eligible);
    expect(title.split("\n")).toHaveLength(new Set(title.split("\n")).size);
    const bonus = lineWords(["kk"]).bonusTitle("576 000 ₸", "4.1.6");
    expect(bonus).toBe("Буст Copilot 12 айға, 576 000 ₸ бонус (4.1.6-тармақ)");
    expect(bonus).toMatch(KAZAKH_LETTERS);
  });
});
