import { describe, expect, it } from "vitest";
import { buildProposal, proposalRequestSchema } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { pdfPages } from "@/test-support/pdf-text";
import { proposalPdf } from "./proposal-pdf";

const ENTERPRISE_WITH_BOOST = {
  line: "cloud",
  plan: "enterprise",
  users: 250,
  months: 12,
  copilotBoost: true,
};
const CMS_START = { line: "cms", operation: "purchase", edition: "start" };

/** An offer of `count` lines, every `boostEvery`-th one a Copilot boost line (two table rows). */
function proposalOf(count: number, boostEvery: number) {
  const request = proposalRequestSchema.parse({
    orderedAt: "2025-08-15T10:30:00",
    customer: { kind: "legal_entity", resident: true, purpose: "business" },
    history: { paidBefore: false, currentPlan: "free" },
    seller: { company: "ТОО «Партнёр»" },
    client: { name: "ТОО «Клиент»" },
    lines: Array.from({ length: count }, (_, i) => ({
      product: i % boostEvery === boostEvery - 1 ? ENTERPRISE_WITH_BOOST : CMS_START,
      quantity: 1,
    })),
  });
  return buildProposal(request, { catalog: examplePriceList });
}

const pagesOf = async (count: number, boostEvery = 3) =>
  (await pdfPages(await proposalPdf(proposalOf(count, boostEvery)))).map((p) =>
    p.replace(/\s+/g, " "),
  );

/** The page numbers (0-based) holding `text`. */
const pagesWith = (pages: string[], text: string) =>
  pages.flatMap((page, i) => (page.includes(text) ? [i] : []));

describe("proposalPdf: blocks that stay on one page", () => {
  // From one page to three: every place the table can end on a page.
  const COUNTS = Array.from({ length: 30 }, (_, i) => i + 1);

  it.each(COUNTS)("%i lines → the totals block on one page", async (count) => {
    const pages = await pagesOf(count);
    const totals = ["По прайс-листу", "Скидка по акции", "Итого к оплате"].map((label) =>
      pagesWith(pages, label),
    );
    for (const found of totals) expect(found).toHaveLength(1);
    expect(new Set(totals.flat()).size).toBe(1);
  });

  it.each(COUNTS.flatMap((count) => [1, 2].map((every) => [count, every])))(
    "%i lines, one in %i with the Copilot boost → each such line and its boost row on one page",
    async (count, every) => {
      const pages = await pagesOf(count, every);
      const boostRows = pages.map((p) => p.split("Буст Copilot на 12 месяцев").length - 1);
      const boostLines = pages.map((p) => p.split("«Энтерпрайз»").length - 1);
      expect(boostRows).toEqual(boostLines);
    },
  );
});
