import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfPages, pdfText } from "@/test-support/pdf-text";
import { expectNoAxeViolations } from "./helpers/axe";

// The offer an accountant files and the page the client gets (issue 19): requisites and VAT on
// /offer, the read-only view /offer/view, «Поделиться».

// Each test renders the offer on the server several times and some download its PDF: on a loaded
// two-core machine that takes longer than the default 30 s.
test.beforeEach(() => test.slow());

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");

const REQUISITES = {
  sc: "ТОО «Партнёр»",
  sb: "123456789013",
  sa: "050010, г. Алматы, пр. Достык, 38, оф. 1",
  si: "KZ86125KZT5004100100",
  sk: "HSBKKZKX",
  sn: "АО «Народный Банк Казахстана»",
  sq: "17",
  sd: "Ахметова А. А.",
  sdt: "Директор",
  sp: "Иван Петров",
  cn: "ТОО «Клиент»",
  vat: "included",
};
/** A complete offer with every requisite, VAT included, one CMS line. */
const QUERY = `orderedAt=2025-08-15&l=l.cms*o.purchase*e.business&${new URLSearchParams(REQUISITES)}`;

/** Waits until the page's scripts have loaded (and React has hydrated). */
const ready = (page: Page) => page.waitForLoadState("networkidle");

async function expectClientView(page: Page) {
  await expect(page.getByRole("heading", { name: /^Коммерческое предложение №/ })).toBeVisible();
  // No partner navigation, no field to edit, not for search engines.
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Проверка заказов" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  for (const text of [REQUISITES.si, REQUISITES.sk, REQUISITES.sa, "в т.ч. НДС 12%"]) {
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByText(/\/Ахметова А\. А\.\/ +М\.П\./)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать PDF" }).click(),
  ]);
  const text = await pdfText(new Uint8Array(await readFile(await download.path())));
  expect(text).toContain(norm(`ИИК ${REQUISITES.si}`));
  expect(text).not.toContain("Приложение для партнёра");
}

test("«Ссылка для клиента» → the read-only view on a phone @phone", async ({ page }) => {
  await page.goto(`/offer?${QUERY}&notes=1`);
  await page.getByRole("link", { name: "Ссылка для клиента" }).click();
  await expect(page).toHaveURL(/\/offer\/view\?/);
  expect(page.url()).not.toContain("notes=1");
  await expectClientView(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, "client view on a phone");
});

test("the client view without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/offer/view?${QUERY}`);
  await expectClientView(page);
  await context.close();
});

test("an incomplete link → the client view says so, no document", async ({ page }) => {
  await page.goto("/offer/view?orderedAt=2025-08-15&l=l.cms*o.purchase*e.business");
  await expect(page.getByText(/не хватает данных/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Скачать PDF" })).toHaveCount(0);
});

test("«Поделиться» without the Web Share API → the client's link is copied", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
    Object.defineProperty(Navigator.prototype, "canShare", {
      value: undefined,
      configurable: true,
    });
  });
  await page.goto(`/offer?${QUERY}`);
  await ready(page);
  await page.getByRole("button", { name: "Поделиться" }).click();
  await expect(page.getByRole("status")).toContainText("ссылка для клиента скопирована");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/localhost:\d+\/offer\/view\?/);
});

test("«Поделиться» with the Web Share API and files → the PDF is shared", async ({ page }) => {
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    (window as unknown as { shared: unknown[] }).shared = shared;
    Object.defineProperty(Navigator.prototype, "canShare", {
      value: () => true,
      configurable: true,
    });
    Object.defineProperty(Navigator.prototype, "share", {
      value: async (data: ShareData) => {
        shared.push({ title: data.title, url: data.url, files: data.files?.map((f) => f.name) });
      },
      configurable: true,
    });
  });
  await page.goto(`/offer/view?${QUERY}`);
  await ready(page);
  await page.getByRole("button", { name: "Поделиться" }).click();
  // The PDF is fetched before it is shared.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared), {
      timeout: 30_000,
    })
    .toEqual([
      {
        title: expect.stringMatching(/^Коммерческое предложение №/),
        files: [expect.stringMatching(/^КП-0815-\w+\.pdf$/)],
      },
    ]);
});

test("requisites: checked next to each field, the seller's remembered", async ({ page }) => {
  await page.goto(
    "/offer?orderedAt=2025-08-15&l=l.cms*o.purchase*e.start&sc=П&cn=К&si=KZ87125KZT5004100100&sk=HSBKKZ&sq=7",
  );
  await expect(page.getByLabel("ИИК (IBAN)")).toHaveAccessibleDescription(/неверный ИИК/);
  await expect(page.getByLabel("БИК", { exact: true })).toHaveAccessibleDescription(/8 или 11/);
  await expect(page.getByLabel("КБе", { exact: true })).toHaveAccessibleDescription(/2 цифры/);
  await ready(page);

  const fields: [string, string][] = [
    ["Компания", "ТОО «Запомни»"],
    ["Юридический адрес", REQUISITES.sa],
    ["ИИК (IBAN)", REQUISITES.si],
    ["БИК", REQUISITES.sk],
    ["Банк", REQUISITES.sn],
    ["КБе", REQUISITES.sq],
    ["Руководитель", REQUISITES.sd],
    ["Должность руководителя", REQUISITES.sdt],
  ];
  for (const [label, value] of fields) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await expect(page).toHaveURL(/sdt=/);
  await expect(page.getByLabel("ИИК (IBAN)")).not.toHaveAttribute("aria-invalid");

  // A new offer in the same browser: the seller's block comes back whole.
  await page.goto("/offer?orderedAt=2025-08-15&l=l.cms*o.purchase*e.business&cn=К");
  for (const [label, value] of fields) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await expect(page.getByText(`ИИК ${REQUISITES.si}`, { exact: false })).toBeVisible();
});

test("print of /offer = the PDF's content: requisites, VAT, words, signature, the mark on every page", async ({
  page,
}) => {
  // 14 lines: the print runs to several pages.
  const lines = "&l=l.cms*o.purchase*e.business".repeat(13);
  await page.goto(`/offer?${QUERY}${lines}`);
  await expect(page.getByRole("heading", { name: /^Коммерческое предложение №/ })).toBeVisible();
  const pages = (await pdfPages(await page.pdf({ preferCSSPageSize: true }))).map(norm);
  expect(pages.length).toBeGreaterThan(1);
  const heading =
    (await page.getByRole("heading", { name: /^Коммерческое предложение №/ }).textContent()) ?? "";
  pages.forEach((text, i) => {
    expect(text).toContain("ЦЕНЫ — ПРИМЕР");
    expect(text).toContain(norm(heading));
    expect(text).toContain(`стр. ${i + 1} из ${pages.length}`);
  });
  const printed = pages.join(" ");
  for (const text of [
    `ИИК ${REQUISITES.si}`,
    `БИК ${REQUISITES.sk}`,
    REQUISITES.sa,
    "в т.ч. НДС 12%",
    "тенге 00 тиын",
    "Директор ____________ /Ахметова А. А./",
    "М.П.",
  ]) {
    expect(printed).toContain(norm(text));
  }
  expect(printed).not.toContain("Данные предложения");
});
