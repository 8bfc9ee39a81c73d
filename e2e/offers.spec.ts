import { expect, test, type Page } from "@playwright/test";
import { toQuoteRequest } from "@/lib/quote/form-request";
import { quoteFormValuesFromParams } from "@/lib/quote/quote-url";
import { formatTenge } from "@/rules";
import { expectNoAxeViolations } from "./helpers/axe";
import { examplePriceList } from "@/rules/catalog/example-price-list";

const NEWCOMER = "/offers?orderedAt=2025-08-15";
const MONTHLY = `${NEWCOMER}&paidBefore=true&currentPlan=standard&monthlyIn2025=true`;

const CLOUD = "Облачный «Битрикс24»";
const BOX = "Коробочный «Битрикс24»";
const CMS = "«1С-Битрикс: Управление сайтом»";

// The first status is the count; «Скопировать ссылку» has its own (empty) one below it.
const status = (page: Page) => page.getByRole("status").first();
const table = (page: Page, caption: string) => page.getByRole("table", { name: caption });

/** The cells of a row after its header: operation, available, discount, list, promo, basis, link. */
const cells = (page: Page, caption: string, rowName: string) =>
  table(page, caption).getByRole("row", { name: rowName }).getByRole("cell");

test("newcomer → every 12-month cloud plan under п. 4.1.3, box and CMS purchases", async ({
  page,
}) => {
  await page.goto(NEWCOMER);
  await expect(page).toHaveTitle(/Что доступно клиенту/);
  await expect(status(page)).toHaveText("Доступно по акции: 41 из 107.");

  const standard = cells(page, CLOUD, "«Стандартный» Оплата на 12 месяцев");
  await expect(standard.nth(1)).toHaveText("Да");
  await expect(standard.nth(2)).toHaveText("35%");
  await expect(standard.nth(3)).toHaveText(formatTenge(335_880));
  await expect(standard.nth(4)).toHaveText(formatTenge(218_322));
  await expect(standard.nth(5)).toHaveText("Скидка по п. 4.1.3, 5.6.");

  const enterprise = cells(page, CLOUD, "«Энтерпрайз» 250 пользователей Оплата на 12 месяцев");
  await expect(enterprise.nth(2)).toHaveText("40%");
  await expect(enterprise.nth(5)).toContainText("Буст Copilot");

  const monthly = cells(page, CLOUD, "«Стандартный» Оплата на 1 месяц");
  await expect(monthly.nth(1)).toHaveText("Нет");
  await expect(monthly.nth(3)).toHaveText(formatTenge(34_990));
  await expect(monthly.nth(4)).toHaveText("—");
  // The reason stands beside the row it explains.
  await expect(monthly.nth(5)).toContainText("только при оплате тарифа на 12 месяцев");

  const portal = cells(page, BOX, "«Корпоративный портал» 50 пользователей Покупка");
  await expect(portal.nth(2)).toHaveText("15%");
  await expect(portal.nth(4)).toHaveText(formatTenge(1_011_500));
  const sip = cells(page, BOX, "SIP-коннектор Покупка");
  await expect(sip.nth(5)).toHaveText("SIP-коннектор не входит в акцию (п. 5.5).");
  const toB24 = cells(
    page,
    CMS,
    "«1С-Битрикс24. Интернет-магазин + CRM» Переход с редакции «Бизнес»",
  );
  await expect(toB24.nth(5)).toHaveText("Скидка по п. 4.1.1, 4.1.2.");
  await expect(page.getByRole("main")).toContainText(
    "Для переходов дата покупки текущей лицензии не указана: принята 23.07.2025",
  );
});

test("monthly payer, answered in the form → п. 4.1.5 on «Стандартный», not on «Базовый»", async ({
  page,
}) => {
  await page.goto(NEWCOMER);
  await page
    .getByRole("radiogroup", { name: /Клиент когда-нибудь покупал платную лицензию/ })
    .getByRole("radio", { name: "Да" })
    .check();
  await page.getByLabel("Тариф на портале сейчас").selectOption("standard");
  await page.getByLabel("покупал или продлевал облако на 1 месяц").check();
  await page.getByRole("button", { name: "Показать предложения" }).click();
  await expect(page).toHaveURL(/paidBefore=true/);
  await expect(page).toHaveURL(/currentPlan=standard/);
  await expect(page).toHaveURL(/monthlyIn2025=true/);
  await expect(status(page)).toHaveText("Доступно по акции: 40 из 107.");

  const renewal = cells(page, CLOUD, "«Стандартный» Оплата на 12 месяцев");
  await expect(renewal.nth(1)).toHaveText("Да");
  await expect(renewal.nth(5)).toHaveText("Скидка по п. 4.1.5, 5.8.");
  const basic = cells(page, CLOUD, "«Базовый» Оплата на 12 месяцев");
  await expect(basic.nth(1)).toHaveText("Нет");
  await expect(basic.nth(5)).toContainText("Тариф «Базовый» не входит в скидку");
});

test("ineligible client (personal use) → nothing available, the reason on every row", async ({
  page,
}) => {
  await page.goto(NEWCOMER);
  // With JavaScript the table follows the answers without pressing the button.
  await page.getByLabel("Для личных, семейных, домашних нужд").check();
  await expect(page).toHaveURL(/purpose=personal/);
  await expect(status(page)).toHaveText("Доступно по акции: 0 из 107.");
  const cms = cells(page, CMS, "«Бизнес» Покупка");
  await expect(cms.nth(1)).toHaveText("Нет");
  await expect(cms.nth(2)).toHaveText("—");
  await expect(cms.nth(3)).toHaveText(formatTenge(389_900));
  await expect(cms.nth(4)).toHaveText("—");
  // The reason blocks every row: said once above the tables, not on each row.
  await expect(cms.nth(5)).toHaveText("—");
  await expect(
    page.getByRole("main").getByText(/для личных, семейных или домашних нужд/),
  ).toHaveCount(1);

  await page.getByLabel("Только доступные").check();
  await page.getByRole("button", { name: "Показать предложения" }).click();
  await expect(page).toHaveURL(/only=true/);
  for (const caption of [CLOUD, BOX, CMS]) {
    await expect(table(page, caption).getByRole("row")).toHaveCount(2);
    await expect(table(page, caption)).toContainText("Нет доступных позиций в этой группе.");
  }
});

test("filter «только доступные» → only the eligible rows, per group", async ({ page }) => {
  await page.goto(MONTHLY);
  await page.getByLabel("Только доступные").check();
  await expect(page).toHaveURL(/only=true/);
  await expect(status(page)).toHaveText("Доступно по акции: 40 из 107. Показаны только доступные.");
  await expect(page.getByRole("form", { name: "Ответы клиента" })).toHaveAttribute(
    "aria-busy",
    "false",
  );
  await expect(table(page, CLOUD).getByRole("row")).toHaveCount(1 + 14);
  await expect(table(page, BOX).getByRole("row")).toHaveCount(1 + 5 + 10);
  await expect(table(page, CMS).getByRole("row")).toHaveCount(1 + 4 + 6 + 1);
  await expect(table(page, CLOUD).getByRole("cell", { name: "Нет", exact: true })).toHaveCount(0);
});

test("row link → the quote page in its own URL format, showing the row's promo price", async ({
  page,
}) => {
  await page.goto(MONTHLY);
  const row = cells(page, CLOUD, "«Профессиональный» Оплата на 12 месяцев");
  await expect(row.nth(1)).toHaveText("Да");
  await expect(row.nth(4)).toHaveText(formatTenge(436_722));
  await page
    .getByRole("link", { name: "Открыть расчёт — «Профессиональный», оплата на 12 месяцев" })
    .click();
  await expect(page).toHaveURL(
    "/?line=cloud&plan=professional&months=12&paidBefore=1&current=standard&monthly=1&ordered=2025-08-15T00%3A00",
  );
  const result = page.getByRole("region", { name: "Расчёт" });
  await expect(result.getByRole("status")).toContainText("Скидка по акции 35%");
  await expect(result.getByRole("status")).toContainText(formatTenge(436_722));
  await expect(result).toContainText("Основание: п. 4.1.5, 5.8 Правил акции.");
  await expect(page.getByLabel("Тариф на портале сейчас")).toHaveValue("standard");
  await expect(page.getByLabel("Дата и время заказа")).toHaveValue("2025-08-15T00:00");
});

test("«Энтерпрайз» of unknown size on /offers → the quote page keeps it unknown, same promo price", async ({
  page,
}) => {
  await page.goto(`${NEWCOMER}&paidBefore=true&currentPlan=enterprise&annualIn2025=true`);
  const row = cells(page, CLOUD, "«Энтерпрайз» 500 пользователей Оплата на 12 месяцев");
  await expect(row.nth(1)).toHaveText("Да");
  const promo = (await row.nth(4).textContent()) ?? "";
  await expect(row.nth(5)).toContainText("Есть оговорка");
  await row.getByRole("link").click();
  await expect(page).toHaveURL(/^[^?]*\/\?line=cloud&plan=enterprise&users=500&/);
  await expect(page.getByLabel("Пользователей в текущем «Энтерпрайз»")).toHaveValue("");
  const result = page.getByRole("region", { name: "Расчёт" });
  await expect(result.getByRole("status")).toContainText(promo);
  await expect(result).toContainText("калькулятор принял 250");
});

test("every row → the same decision and prices as POST /api/quote and POST /api/offers", async ({
  page,
  request,
}) => {
  await page.goto(MONTHLY);
  const rows = await page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: /^Открыть расчёт/ }) })
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector("a")?.getAttribute("href") ?? "",
        cells: [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? ""),
      })),
    );
  expect(rows).toHaveLength(107);

  const offers = await request.post("/api/offers", {
    data: {
      orderedAt: "2025-08-15",
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      history: { paidBefore: true, currentPlan: "standard", monthlyIn2025: true },
    },
  });
  expect(offers.status()).toBe(200);
  const apiRows = (await offers.json()) as Record<string, unknown>[];
  expect(apiRows).toHaveLength(107);

  for (const [i, row] of rows.entries()) {
    // Read the link the way the quote page reads its address.
    const url = new URL(row.href, "http://x");
    expect(url.pathname).toBe("/");
    const quoteRequest = toQuoteRequest(
      quoteFormValuesFromParams(url.searchParams, "2025-08-15", examplePriceList),
      examplePriceList,
    );
    const response = await request.post("/api/quote", { data: quoteRequest });
    expect(response.status()).toBe(200);
    const quote = (await response.json()) as {
      eligible: boolean;
      discountPercent: number;
      listPrice: number;
      promoPrice: number;
    };
    const { product, ...apiQuote } = apiRows[i] ?? {};
    expect(product).toEqual(quoteRequest.product);
    expect(apiQuote).toEqual(quote);
    expect(row.cells.slice(1, 5)).toEqual([
      quote.eligible ? "Да" : "Нет",
      quote.eligible ? `${quote.discountPercent}%` : "—",
      formatTenge(quote.listPrice),
      quote.eligible ? formatTenge(quote.promoPrice) : "—",
    ]);
  }
});

test("order date after the promotion → «Акция завершилась 31.08.2025» and a link into the period", async ({
  page,
}) => {
  await page.goto("/offers");
  const main = page.getByRole("main");
  await expect(main).toContainText("Акция завершилась 31.08.2025");
  await expect(page.getByLabel("Дата заказа")).toHaveAccessibleDescription(
    "По умолчанию — сегодня.",
  );
  await expect(status(page)).toHaveText("Доступно по акции: 0 из 107.");
  await page.getByRole("link", { name: "Посчитать на 28.07.2025, первый день акции" }).click();
  await expect(page).toHaveURL(/orderedAt=2025-07-28/);
  await expect(page.getByLabel("Дата заказа")).toHaveValue("2025-07-28");
  await expect(status(page)).toHaveText("Доступно по акции: 41 из 107.");
});

test("invalid answers → Russian messages beside the fields, no table", async ({ page }) => {
  await page.goto("/offers?orderedAt=2025-13-40&currentPlan=professional");
  const date = page.getByLabel("Дата заказа");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription(/Неверная дата, пример: 15\.08\.2025/);
  await expect(status(page)).toHaveText("Исправьте ответы клиента, чтобы увидеть таблицу.");
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("link", { name: "Дата заказа" }).click();
  await expect(date).toBeFocused();
  await expectNoAxeViolations(page, "/offers with errors");

  await page.goto("/offers?orderedAt=2025-08-15&currentPlan=professional");
  await expect(page.getByLabel("Тариф на портале сейчас")).toHaveAccessibleDescription(
    /не покупал платных лицензий, но сейчас на платном тарифе/,
  );
});

test("offers page → no axe violations", async ({ page }) => {
  await page.goto(MONTHLY);
  await expectNoAxeViolations(page, "/offers");
});

test("offers page on a phone → form, status and a keyboard-scrollable table @phone", async ({
  page,
}) => {
  await page.goto(NEWCOMER);
  await expect(
    page.getByRole("heading", { level: 1, name: "Что доступно клиенту по акции «Лето с выгодой»" }),
  ).toBeVisible();
  await expect(status(page)).toHaveText("Доступно по акции: 41 из 107.");
  const region = page.getByRole("region", { name: CLOUD });
  await region.focus();
  await expect(region).toBeFocused();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByLabel("Только доступные").check();
  await expect(page).toHaveURL(/only=true/);
  await expect(table(page, CLOUD).getByRole("row")).toHaveCount(1 + 15);
  // Let the enhanced form finish its navigation before axe reads the page.
  await expect(page.getByRole("form", { name: "Ответы клиента" })).toHaveAttribute(
    "aria-busy",
    "false",
  );
  await expectNoAxeViolations(page, "/offers on a phone");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("plain GET form → the same answers in the URL and the same table", async ({ page }) => {
    await page.goto(NEWCOMER);
    await page.getByLabel("Для личных, семейных, домашних нужд").check();
    await page.getByRole("button", { name: "Показать предложения" }).click();
    await expect(page).toHaveURL(/purpose=personal/);
    await expect(status(page)).toHaveText("Доступно по акции: 0 из 107.");
    await expect(page.getByLabel("Дата заказа")).toHaveValue("2025-08-15");
  });
});
