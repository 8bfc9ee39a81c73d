import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { pdfPages, pdfText } from "@/test-support/pdf-text";
import { expectNoAxeViolations } from "./helpers/axe";

// The КП in Kazakh or in both languages (issue 21, part 3): «Язык документа» on /offer, kept in
// the URL (`lang`), the document, its print, the client view and the PDF in that language.

// The offer is rendered on the server several times and its PDF downloaded: slow on two cores.
test.beforeEach(() => test.slow());

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");

const QUERY = `orderedAt=2025-08-15&l=l.cms*o.purchase*e.business&l=l.cms*o.renewal*e.business&${new URLSearchParams(
  {
    sc: "ТОО «Партнёр»",
    si: "KZ86125KZT5004100100",
    sk: "HSBKKZKX",
    sd: "Ахметова А. А.",
    cn: "ТОО «Клиент»",
    vat: "included",
  },
)}`;

const KK_HEADING = /^Коммерциялық ұсыныс №/;
const RU_HEADING = /^Коммерческое предложение №/;
const BOTH_HEADING = /^Коммерциялық ұсыныс № \S+ Коммерческое предложение №/;

const pdfOf = async (download: Download) =>
  pdfText(new Uint8Array(await readFile(await download.path())));

async function downloadPdf(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать PDF" }).click(),
  ]);
  return pdfOf(download);
}

/** The Kazakh document: its words, and no Russian title or label. */
async function expectKazakhDocument(page: Page) {
  await expect(page.getByRole("heading", { name: KK_HEADING })).toBeVisible();
  await expect(page.getByRole("heading", { name: RU_HEADING })).toHaveCount(0);
  const document = page.getByRole("article");
  await expect(document).toHaveAttribute("lang", "kk");
  for (const text of [
    "Сатушы:",
    "ЖСК KZ86125KZT5004100100",
    "Төлеуге барлығы",
    "теңге 00 тиын",
    "оның ішінде ҚҚС 12%",
    "Акция бойынша жеңілдік қолданылмайды",
    "5.4-тармақ",
    "М.О.",
  ]) {
    await expect(document).toContainText(text);
  }
  for (const text of ["Продавец", "Итого к оплате", "тенге 00 тиын", "в т.ч. НДС", "М.П."]) {
    await expect(document).not.toContainText(text);
  }
}

test("Қазақша on /offer: the Kazakh document, after a reload, in print and for the client", async ({
  page,
}) => {
  await page.goto(`/offer?${QUERY}`);
  await expect(page.getByRole("form", { name: "Данные предложения" })).toHaveAttribute(
    "data-hydrated",
    "true",
  );
  const group = page.getByRole("radiogroup", { name: "Язык документа" });
  await expect(group.getByRole("radio", { name: "Русский", exact: true })).toBeChecked();
  await group.getByRole("radio", { name: "Қазақша", exact: true }).check();
  await expect(page).toHaveURL(/[?&]lang=kk(&|$)/);
  await expectKazakhDocument(page);
  // The editor itself stays Russian.
  await expect(page.getByRole("heading", { name: "Данные предложения" })).toBeVisible();

  await page.reload();
  await expect(group.getByRole("radio", { name: "Қазақша", exact: true })).toBeChecked();
  await expectKazakhDocument(page);
  await expectNoAxeViolations(page, "/offer with a Kazakh document");

  const pages = (await pdfPages(await page.pdf({ preferCSSPageSize: true }))).map(norm);
  const printed = pages.join(" ");
  expect(printed).toContain("Коммерциялық ұсыныс №");
  expect(printed).toContain("БАҒАЛАР — МЫСАЛ");
  expect(printed).toContain(`${pages.length} беттің 1-беті`);
  for (const text of ["Коммерческое предложение", "ЦЕНЫ — ПРИМЕР", "стр. 1"]) {
    expect(printed).not.toContain(text);
  }

  await page.getByRole("link", { name: "Ссылка для клиента" }).click();
  await expect(page).toHaveURL(/\/offer\/view\?.*lang=kk/);
  await expectKazakhDocument(page);
  const pdf = await downloadPdf(page);
  expect(pdf).toContain("Коммерциялық ұсыныс №");
  expect(pdf).not.toContain("Коммерческое предложение");
});

test("without JavaScript: Қазақша и русский, then Қазақша, each as a PDF", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/offer?${QUERY}`);
  const group = page.getByRole("radiogroup", { name: "Язык документа" });

  await group.getByRole("radio", { name: "Қазақша и русский" }).check();
  await page.getByRole("button", { name: "Обновить КП" }).click();
  await expect(page.getByRole("heading", { name: BOTH_HEADING })).toBeVisible();
  await expect(page.getByRole("article")).toContainText("Төлеуге барлығы / Итого к оплате");
  const both = await downloadPdf(page);
  expect(both.indexOf("Коммерциялық ұсыныс №")).toBeGreaterThanOrEqual(0);
  expect(both.indexOf("Коммерциялық ұсыныс №")).toBeLessThan(
    both.indexOf("Коммерческое предложение №"),
  );
  expect(both).toContain("теңге 00 тиын");
  expect(both).toContain("тенге 00 тиын");

  await group.getByRole("radio", { name: "Қазақша", exact: true }).check();
  await page.getByRole("button", { name: "Обновить КП" }).click();
  await expectKazakhDocument(page);
  const kk = await downloadPdf(page);
  expect(kk).toContain("Коммерциялық ұсыныс №");
  expect(kk).not.toContain("Коммерческое предложение");
  // The same figures as the Russian document.
  await group.getByRole("radio", { name: "Русский", exact: true }).check();
  await page.getByRole("button", { name: "Обновить КП" }).click();
  await expect(page.getByRole("heading", { name: RU_HEADING })).toBeVisible();
  const ru = await downloadPdf(page);
  const amounts = (text: string) => new Set(text.match(/\d{1,3}(?: \d{3})*(?:,\d{2})? ₸/gu));
  expect(amounts(kk)).toEqual(amounts(ru));
  await context.close();
});

test("a language no document has → the field says so, the document waits", async ({ page }) => {
  await page.goto(`/offer?${QUERY}&lang=en`);
  const group = page.getByRole("radiogroup", { name: "Язык документа" });
  await expect(group).toHaveAccessibleDescription(/Язык документа/);
  await expect(page.getByRole("heading", { name: RU_HEADING })).toHaveCount(0);
});
