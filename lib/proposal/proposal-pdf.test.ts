import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildProposal, formatTenge, formatTengeTiyn, proposalRequestSchema } from "@/rules";
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

describe("proposalPdf: blocks that stay on one page", { timeout: 30_000 }, () => {
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

describe("proposalPdf: what every page carries", { timeout: 60_000 }, () => {
  it("14 lines on example prices → «ЦЕНЫ — ПРИМЕР», the table header and «стр. n из N» on every page", async () => {
    const pages = await pagesOf(14);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain("ЦЕНЫ — ПРИМЕР");
      expect(page).toContain("Позиция Кол-во");
      expect(page).toContain(`стр. ${i + 1} из ${pages.length}`);
    });
  });

  it("prices all typed by hand → no example mark", async () => {
    const request = proposalRequestSchema.parse({
      orderedAt: "2025-08-15T10:30:00",
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      seller: { company: "ТОО «Партнёр»" },
      client: { name: "ТОО «Клиент»" },
      lines: [{ product: { ...CMS_START, listPrice: 100_000 }, quantity: 1 }],
    });
    const pages = await pdfPages(
      await proposalPdf(buildProposal(request, { catalog: examplePriceList })),
    );
    expect(pages.join(" ")).not.toContain("ЦЕНЫ — ПРИМЕР");
  });
});

/** The text of a PDF as `pdftotext -layout` (poppler) lays it out, lines kept. */
function layoutText(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "offer-pdf-"));
  const file = path.join(dir, "offer.pdf");
  try {
    writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("proposalPdf: amounts up to 10^15 ₸ on one line", { timeout: 60_000 }, () => {
  // Typed list prices of 10 to 13 digits, × quantity up to 100: line sums to 10^14, totals past 10^15.
  const PRICES = [1_435_645_200, 9_999_999_999, 123_456_789_012, 1_000_000_000_000];
  it.each([1, 100])(
    "quantity %i → every amount whole on one line of `pdftotext -layout`",
    async (quantity) => {
      const request = proposalRequestSchema.parse({
        orderedAt: "2025-08-15T10:30:00",
        customer: { kind: "legal_entity", resident: true, purpose: "business" },
        seller: { company: "ТОО «Партнёр»" },
        client: { name: "ТОО «Клиент»" },
        vat: { mode: "excluded" },
        lines: PRICES.map((listPrice) => ({ product: { ...CMS_START, listPrice }, quantity })),
      });
      const proposal = buildProposal(request, { catalog: examplePriceList });
      const text = layoutText(await proposalPdf(proposal)).replace(/[\u00a0\u202f]/g, " ");
      const amounts = [
        ...proposal.lines.flatMap((l) => [l.quote.listPrice, l.quote.promoPrice, l.lineTotal]),
        proposal.totals.list,
        proposal.totals.discount,
        proposal.totals.total,
      ].map((n) => formatTenge(n).replace(/[\u00a0\u202f]/g, " "));
      amounts.push(formatTengeTiyn(proposal.vat.totalWithVat!).replace(/\u00a0/g, " "));
      for (const amount of amounts) expect(text).toContain(amount);
    },
  );
});
