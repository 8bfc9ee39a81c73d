import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "@/test-support/pdf-text";
import { expectNoAxeViolations } from "./helpers/axe";

// The commercial offer (issue 11): built from the quote page and /offers, kept in the URL,
// printed by the browser and downloaded as the server's PDF.

const QUOTE_ENTERPRISE =
  "/?line=cloud&plan=enterprise&users=250&months=12&boost=1&ordered=2025-08-15T10:30";
const QUOTE_CMS = "/?line=cms&op=purchase&ed=business&ordered=2025-08-15T10:30";
const SELLER = "ТОО «Партнёр» <b>жирный</b>";
const CLIENT = '<img src=x onerror="alert(1)">ТОО «Клиент»';

const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");

/** Fails the test on any dialog: markup in a name must never run. */
function forbidDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
}

/**
 * Waits until React has hydrated the offer's form: before that, typing changes nothing the page
 * follows (no auto-update, no seller memory). «networkidle» said nothing about hydration, which
 * made the suite flaky on a busy machine.
 */
async function ready(page: Page) {
  await expect(page.getByRole("form", { name: "Данные предложения" })).toHaveAttribute(
    "data-hydrated",
    "true",
  );
}

/** «Добавить в КП» on the quote page at `url`: the offer page opens with the product added. */
async function addFromQuote(page: Page, url: string) {
  await page.goto(url);
  // The quote form hides its «Рассчитать» button once React has hydrated it.
  await expect(page.getByRole("button", { name: "Рассчитать" })).toBeHidden();
  await page.getByRole("button", { name: "Добавить в КП" }).click();
  // The click loads the code that adds the line, then /offer renders on the server.
  await expect(page).toHaveURL(/\/offer\?/, { timeout: 30_000 });
}

async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

const positions = (page: Page) =>
  page.getByRole("region", { name: "Позиции", exact: true }).getByRole("listitem");

test("three lines from / and /offers, seller and client, reload, share link, print, PDF", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  forbidDialogs(page);

  // 1. From the quote page.
  await addFromQuote(page, QUOTE_ENTERPRISE);
  await expect(page.getByText("В КП 1 позиция.")).toBeVisible();

  // 2. Two more from /offers, with the same answers.
  await page.getByRole("link", { name: /Изменить ответы клиента или добавить позиции/ }).click();
  await expect(page).toHaveURL(/\/offers\?/);
  await expect(
    page.getByText("В КП уже 1 позиция: отмеченные строки добавятся к ним."),
  ).toBeVisible();
  await page
    .getByRole("checkbox", { name: "В КП: «Корпоративный портал» 100 пользователей, покупка" })
    .check();
  await page.getByRole("checkbox", { name: "В КП: «Бизнес», продление" }).check();
  await page.getByRole("button", { name: "Собрать КП" }).click();
  await expect(page).toHaveURL(/\/offer\?/);
  await expect(page.getByText("В КП 3 позиции.")).toBeVisible();
  await ready(page);

  // 3. Seller and client; a wrong check digit is told next to its field.
  await fill(page, "Компания", SELLER);
  await fill(page, "БИН/ИИН", "123456789013");
  await fill(page, "Контактное лицо", "Иван Петров");
  await fill(page, "Название или ФИО клиента", CLIENT);
  await fill(page, "БИН/ИИН клиента", "040840001768");
  const clientBin = page.getByLabel("БИН/ИИН клиента", { exact: true });
  await expect(clientBin).toHaveAttribute("aria-invalid", "true");
  await expect(clientBin).toHaveAccessibleDescription(/неверная контрольная цифра/);
  await fill(page, "БИН/ИИН клиента", "040840001767");
  await fill(page, "Количество, позиция 2", "3");
  await expect(page).toHaveURL(/cb=040840001767/);
  await expect(clientBin).not.toHaveAttribute("aria-invalid", "true");

  const heading = page.getByRole("heading", { name: /^Коммерческое предложение № КП-0815-/ });
  await expect(heading).toBeVisible();
  const title = (await heading.textContent()) ?? "";
  const number = title.replace("Коммерческое предложение № ", "");
  const offer = page.getByRole("article");
  const totalRow = offer.getByRole("row", { name: /Итого к оплате/ });
  const total = (await totalRow.getByRole("cell").textContent()) ?? "";
  // Markup in names is text on screen.
  await expect(offer).toContainText(CLIENT);
  await expect(offer).toContainText(SELLER);
  await expect(offer).toContainText(
    "Предложение действительно при оформлении и оплате заказа до 31.08.2025 23:59 (время Астаны), п. 2.1, 2.2, 5.2",
  );
  await expect(offer).toContainText("цены — пример");
  await expect(offer.getByRole("row", { name: /Корпоративный портал/ }).first()).toContainText("3");
  await expectNoAxeViolations(page, "offer");

  // 4. Reload: nothing lost.
  await page.reload();
  await expect(page.getByLabel("Компания", { exact: true })).toHaveValue(SELLER);
  await expect(page.getByLabel("Название или ФИО клиента")).toHaveValue(CLIENT);
  await expect(page.getByLabel("Количество, позиция 2", { exact: true })).toHaveValue("3");
  await expect(heading).toHaveText(title);

  // 5. The share link in a fresh browser (no storage): the same offer.
  const other = await browser.newContext();
  const shared = await other.newPage();
  forbidDialogs(shared);
  await shared.goto(page.url());
  await expect(shared.getByRole("heading", { name: title })).toBeVisible();
  await expect(
    shared
      .getByRole("article")
      .getByRole("row", { name: /Итого к оплате/ })
      .getByRole("cell"),
  ).toHaveText(total);
  await other.close();

  // 6. The browser's print: only the offer, A4, numbered pages.
  const printed = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  // The number (in the title), both names, every line and the total, in either PDF.
  const everything = [
    title,
    SELLER,
    CLIENT,
    "Энтерпрайз",
    "Корпоративный портал",
    "Управление сайтом",
    total,
  ];
  for (const expected of everything) expect(printed).toContain(norm(expected));
  expect(printed).toMatch(/стр\. 1 из \d/);
  expect(printed).not.toContain("Данные предложения");

  // 7. The server's PDF: the number, both names, every line and the total.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const text = await pdfText(new Uint8Array(await readFile(await download.path())));
  for (const expected of everything) expect(text).toContain(norm(expected));
});

test("lines can be moved and removed; the seller is remembered, the client is not", async ({
  page,
}) => {
  await addFromQuote(page, QUOTE_CMS);
  await expect(page.getByText("В КП 1 позиция.")).toBeVisible();
  await addFromQuote(page, QUOTE_ENTERPRISE);
  await expect(page.getByText("В КП 2 позиции.")).toBeVisible();
  await expect(positions(page).first()).toContainText("Бизнес");

  await page.getByRole("button", { name: /^Выше: Битрикс24 «Энтерпрайз»/ }).click();
  await expect(positions(page).first()).toContainText("Энтерпрайз");
  await page.getByRole("button", { name: /^Удалить: .*Бизнес/ }).click();
  await expect(page.getByText("В КП 1 позиция.")).toBeVisible();
  await ready(page);

  await fill(page, "Компания", "ТОО «Запомни»");
  await fill(page, "Название или ФИО клиента", "ТОО «Не запоминай»");
  await expect(page).toHaveURL(/cn=/);

  // A new offer in the same browser: the seller comes back, the client does not.
  await page.goto("/offer?orderedAt=2025-08-15&l=l.cms*o.purchase*e.start");
  await expect(page.getByLabel("Компания", { exact: true })).toHaveValue("ТОО «Запомни»");
  await expect(page.getByLabel("Название или ФИО клиента")).toHaveValue("");
});

test("bad input → a message next to each field, no offer", async ({ page }) => {
  const line = "&l=l.cms*o.purchase*e.start";
  // The page reads at most 30 lines: the 31st is dropped and said so, the 30 make an offer.
  await page.goto(`/offer?orderedAt=2025-08-15&sc=П&cn=К${line.repeat(31)}`);
  await expect(
    page.getByText("В КП не больше 30 позиций: 1 лишняя позиция не добавлена."),
  ).toBeVisible();
  await expect(positions(page)).toHaveCount(30);
  const name = "x".repeat(10_240);
  await page.goto(
    `/offer?orderedAt=2025-08-15&sc=П&sb=123456789012&cn=${name}${line.repeat(2)}&q0=0&q1=101`,
  );
  await expect(page.getByLabel("БИН/ИИН", { exact: true })).toHaveAccessibleDescription(
    /неверная контрольная цифра/,
  );
  await expect(page.getByLabel("Название или ФИО клиента")).toHaveAccessibleDescription(
    /не длиннее 200 символов/,
  );
  await expect(
    page.getByLabel("Количество, позиция 1", { exact: true }),
  ).toHaveAccessibleDescription(/не меньше 1/);
  await expect(
    page.getByLabel("Количество, позиция 2", { exact: true }),
  ).toHaveAccessibleDescription(/не больше 100/);
  await expect(page.getByRole("heading", { name: /Коммерческое предложение №/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Скачать PDF" })).toHaveCount(0);
});

test("only ineligible lines → not titled «Коммерческое предложение», says why", async ({
  page,
}) => {
  await page.goto("/offer?orderedAt=2025-08-15&sc=П&cn=К&l=l.cms*o.renewal*e.business");
  await expect(
    page.getByRole("heading", { name: /^Расчёт стоимости без скидки по акции №/ }),
  ).toBeVisible();
  await expect(page.getByText(/Ни одна позиция не подходит под условия акции/)).toBeVisible();
});

test("a phone builds and sends an offer @phone", async ({ page }) => {
  forbidDialogs(page);
  await addFromQuote(page, QUOTE_CMS);
  await expect(page.getByText("В КП 1 позиция.")).toBeVisible();
  await ready(page);
  await fill(page, "Компания", "ТОО «Партнёр»");
  await fill(page, "Название или ФИО клиента", "ИП Клиентов");
  await expect(page.getByRole("heading", { name: /^Коммерческое предложение №/ })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать PDF" }).click(),
  ]);
  const text = await pdfText(new Uint8Array(await readFile(await download.path())));
  expect(text).toContain("ИП Клиентов");
  await expectNoAxeViolations(page, "offer on a phone");
});

test("without JavaScript: fill in the form, «Обновить КП», download the PDF", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/offer?orderedAt=2025-08-15&l=l.cms*o.purchase*e.business");
  await expect(
    page.getByText("Заполните данные продавца и клиента — КП появится здесь."),
  ).toBeVisible();
  await fill(page, "Компания", "ТОО «Без скриптов»");
  await fill(page, "Название или ФИО клиента", "ИП Клиент");
  await fill(page, "Количество, позиция 1", "2");
  await page.getByRole("button", { name: "Обновить КП" }).click();
  const heading = page.getByRole("heading", { name: /^Коммерческое предложение №/ });
  await expect(heading).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать PDF" }).click(),
  ]);
  const text = await pdfText(new Uint8Array(await readFile(await download.path())));
  expect(text).toContain(norm((await heading.textContent()) ?? ""));
  expect(text).toContain("ТОО «Без скриптов»");
  await context.close();
});

const CMS_START = "«1С-Битрикс: Управление сайтом» «Старт», лицензия";
const PORTAL_100 = "«1С-Битрикс24. Корпоративный портал» 100 пользователей, лицензия";
const CMS_BUSINESS = "«1С-Битрикс: Управление сайтом» «Бизнес», лицензия";
const THREE_LINES =
  "/offer?orderedAt=2025-08-15&sc=П&cn=К&l=l.cms*o.purchase*e.start&l=l.box*o.purchase*e.corporate_portal*u.100&l=l.cms*o.purchase*e.business";

const lineHeading = (page: Page, index: number) =>
  positions(page).nth(index).getByRole("heading", { level: 4 });

test("an error in one line → every other line keeps its name, decision and prices", async ({
  page,
}) => {
  await page.goto(
    "/offer?orderedAt=2025-08-15&sc=П&cn=К&l=l.cms*o.purchase*e.start&l=l.box*o.purchase*e.corporate_portal*u.100&q0=abc&l=l.foo",
  );
  await expect(lineHeading(page, 0)).toHaveText(`1. ${CMS_START}`);
  await expect(lineHeading(page, 1)).toHaveText(`2. ${PORTAL_100}`);
  await expect(lineHeading(page, 2)).toHaveText("3. Позиция 3");
  await expect(positions(page).nth(0)).toContainText("Цена за единицу");
  await expect(positions(page).nth(1)).toContainText(/Скидка \d+% по п\./);
  await expect(positions(page).nth(1)).toContainText("Сумма");
  await expect(page.getByRole("button", { name: `Удалить: ${PORTAL_100}` })).toBeVisible();
  await expect(positions(page).nth(2)).toContainText(
    "Позиция не распознана: неизвестный продукт. Удалите её и добавьте заново.",
  );
});

test("a bad link → the page's own words, no request values", async ({ page }) => {
  await page.goto(
    "/offer?orderedAt=2025-13-40&sc=П&cn=К&kind=government&l=l.cms*o.purchase*e.start&l=l.cms*o.upgrade*e.business*fr.start&l=l.foo",
  );
  const main = page.getByRole("main");
  await expect(main).toContainText("Дата заказа: неверная дата, пример: 15.08.2025");
  await expect(main).toContainText("Кто покупает: выберите один из вариантов в списке");
  await expect(main).toContainText("Позиция 2: укажите дату покупки текущей лицензии.");
  await expect(main).toContainText(
    "Позиция не распознана: неизвестный продукт. Удалите её и добавьте заново.",
  );
  // The order date is wrong, yet the first line is still named.
  await expect(lineHeading(page, 0)).toHaveText(`1. ${CMS_START}`);
  for (const internal of ["Тип клиента", "Формат:", "line —", "одно из значений", ": Укажите"]) {
    await expect(main).not.toContainText(internal);
  }
});

test("moving and removing lines from the keyboard keeps the focus", async ({ page }) => {
  await page.goto(THREE_LINES);
  await ready(page);
  const press = async (name: string) => {
    await page.getByRole("button", { name }).focus();
    await page.keyboard.press("Enter");
  };

  // Down from the first place: the same link, now of the second line.
  await press(`Ниже: ${CMS_START}`);
  await expect(lineHeading(page, 1)).toHaveText(`2. ${CMS_START}`);
  await expect(page.getByRole("button", { name: `Ниже: ${CMS_START}` })).toBeFocused();

  // Up to the first place, where there is no «Выше»: the line's heading.
  await press(`Выше: ${CMS_START}`);
  await expect(lineHeading(page, 0)).toHaveText(`1. ${CMS_START}`);
  await expect(lineHeading(page, 0)).toBeFocused();

  // Removed: the next line's heading; the last one: the previous line's; none left: «Позиции».
  await press(`Удалить: ${CMS_START}`);
  await expect(lineHeading(page, 0)).toHaveText(`1. ${PORTAL_100}`);
  await expect(lineHeading(page, 0)).toBeFocused();
  await press(`Удалить: ${CMS_BUSINESS}`);
  await expect(positions(page)).toHaveCount(1);
  await expect(lineHeading(page, 0)).toBeFocused();
  await press(`Удалить: ${PORTAL_100}`);
  await expect(page.getByText("В КП пока нет позиций.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Позиции", exact: true })).toBeFocused();
});

test("without JavaScript, «Удалить» leads to the next line", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(THREE_LINES);
  await page.getByRole("button", { name: `Удалить: ${CMS_START}` }).click();
  await expect(page).toHaveURL(/#offer-line-0-heading$/);
  await expect(lineHeading(page, 0)).toHaveText(`1. ${PORTAL_100}`);
  await expect(lineHeading(page, 0)).toBeFocused();
  await context.close();
});
