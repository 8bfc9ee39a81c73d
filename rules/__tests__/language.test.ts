// A Kazakh quote is the Russian quote with other words: every code, clause, number and field the
// same (api-contract.md, «Language of texts»), every text Kazakh. Checked over generated valid
// requests of every line, operation and history, and on hand-picked rows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTenge, quote, quoteRequestSchema, type QuoteResult } from "@/rules";
import { KAZAKH_LETTERS, numbersIn, russianWordsIn } from "@/test-support/kazakh";
import { examplePriceList } from "../catalog/example-price-list";
import { formArb, specArb, toBody } from "./spec-arbitraries";
import { body, IN_PERIOD, NEVER_PAID } from "./spec-helpers";

type Json = Record<string, unknown>;

function both(raw: Json): { ru: QuoteResult; kk: QuoteResult } {
  const parsed = quoteRequestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid: ${JSON.stringify(parsed.error.issues)}`);
  return {
    ru: quote(parsed.data, { catalog: examplePriceList }),
    kk: quote(parsed.data, { catalog: examplePriceList, language: "kk" }),
  };
}

/** The answer without its words: what must not change with the language. */
function facts(r: QuoteResult) {
  const wordless = <T extends object>(item: T, ...keys: (keyof T)[]) =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key as keyof T)));
  return {
    ...r,
    summary: null,
    reasons: r.reasons.map((x) => wordless(x, "text")),
    warnings: r.warnings.map((x) => wordless(x, "text")),
    notes: r.notes.map((x) => wordless(x, "text")),
    checks: r.checks.map((x) => wordless(x, "title", "text")),
  };
}

/** Every text a person reads in an answer. */
const texts = (r: QuoteResult) => [
  r.summary,
  ...r.reasons.map((x) => x.text),
  ...r.warnings.map((x) => x.text),
  ...r.notes.map((x) => x.text),
  ...r.checks.flatMap((x) => [x.title, x.text]),
];

function expectKazakhTwin({ ru, kk }: { ru: QuoteResult; kk: QuoteResult }) {
  expect(facts(kk)).toEqual(facts(ru));
  for (const text of texts(kk)) {
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(text), text).toEqual([]);
    expect(text).not.toMatch(/п\. \d/u);
  }
  // The sentences keep the Russian ones' numbers: clauses, dates, prices, percents.
  const ruTexts = [ru.summary, ...ru.reasons.map((x) => x.text), ...ru.notes.map((x) => x.text)];
  const kkTexts = [kk.summary, ...kk.reasons.map((x) => x.text), ...kk.notes.map((x) => x.text)];
  ruTexts.forEach((text, i) => {
    const kazakh = numbersIn(kkTexts[i]!);
    for (const n of numbersIn(text)) if (n !== "18") expect(kazakh, kkTexts[i]).toContain(n);
  });
}

describe("quote in Kazakh", () => {
  it("over generated requests: the same answer as in Russian, every text Kazakh", () => {
    fc.assert(
      fc.property(specArb, formArb, (spec, form) => {
        expectKazakhTwin(both(toBody(spec, form)));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it.each([
    {
      label: "eligible cloud with the Copilot bonus",
      raw: body(
        { line: "cloud", plan: "enterprise", users: 250, months: 12, copilotBoost: true },
        { history: NEVER_PAID },
      ),
      summary: `4.1.3, 5.6-тармақтар бойынша 40% жеңілдік: ${formatTenge(1_343_880)} орнына ${formatTenge(806_328)}, 4.1.6-тармақ бойынша Буст Copilot үшін ${formatTenge(576_000)} бонус, барлығы ${formatTenge(806_328)}.`,
    },
    {
      label: "outside the period, 1 month",
      raw: body(
        { line: "cloud", plan: "standard", months: 1 },
        { orderedAt: "2025-09-01T10:00:00+05:00", history: NEVER_PAID },
      ),
      summary:
        "Акция бойынша жеңілдік берілмейді: тапсырыс акция мерзімінен тыс (2.1-тармақ); мерзімі 12 ай емес (4.1.3-тармақ).",
    },
  ])("$label", ({ raw, summary }) => {
    const pair = both(raw);
    expectKazakhTwin(pair);
    expect(pair.kk.summary).toBe(summary);
  });

  it("names the dates outside the period in Kazakh", () => {
    const { kk } = both(
      body({ line: "cms", operation: "purchase", edition: "start" }, { orderedAt: "2025-09-01" }),
    );
    expect(kk.reasons[0]!.text).toMatch(
      /^Ресімдеу күні 01\.09\.2025 және төлеу күні 01\.09\.2025 — акция мерзімінен тыс/u,
    );
  });

  it("is Russian by default and for «ru»", () => {
    const raw = body(
      { line: "cms", operation: "purchase", edition: "start" },
      { orderedAt: IN_PERIOD },
    );
    const parsed = quoteRequestSchema.parse(raw);
    const ru = quote(parsed, { catalog: examplePriceList, language: "ru" });
    expect(ru).toEqual(quote(parsed, { catalog: examplePriceList }));
    expect(ru.summary).toMatch(/^Скидка 20% по п\. 4\.1\.1/u);
  });
});
