import { expect, test, type Page } from "@playwright/test";
import { expectNoSidewaysScroll } from "./helpers/phone";

/* /offers on a phone (issue 20): collapsible groups, the sticky «Собрать КП (N)», labels, dates. */

const NEWCOMER = "/offers?orderedAt=2025-08-15";
const CLOUD = "Облачный «Битрикс24»";
const ALL_CLOSED = `${NEWCOMER}&closed=cloud&closed=box&closed=cms`;

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const group = (page: Page, caption: string) =>
  page.locator("details").filter({ has: page.getByRole("heading", { name: caption }) });

test("all groups closed → the page is under 4 000 px at 375 px @phone", async ({ page }) => {
  await page.goto(ALL_CLOSED);
  await expect(page.getByRole("table", { name: CLOUD })).toBeHidden();
  expect(await pageHeight(page)).toBeLessThan(4000);
  await expectNoSidewaysScroll(page);
});

test("tick a row, then «Собрать КП (1)» is on screen: two taps to the offer @phone", async ({
  page,
}) => {
  await page.goto(NEWCOMER);
  const tick = page.getByRole("checkbox", { name: "В КП: «Стандартный», оплата на 12 месяцев" });
  // The label is visible beside the box, not only read out.
  const label = tick.locator("xpath=.."); // the <label> around the box
  await expect(label).toHaveText("В КП");
  await expect(label).toBeVisible();
  await tick.tap(); // 1
  const collect = page.getByRole("button", { name: /^Собрать КП/ });
  await expect(collect).toBeInViewport();
  await collect.tap(); // 2
  await expect(page).toHaveURL(/\/offer\?/);
  await expect(page.getByText("В КП 1 позиция.")).toBeVisible();
});

test("a group closed by its heading stays closed in the URL, a reload and the answers form @phone", async ({
  page,
}) => {
  await page.goto(NEWCOMER);
  await expect(page.getByRole("form", { name: "Ответы клиента" })).toHaveAttribute(
    "data-hydrated",
    "true",
  );
  await group(page, CLOUD).locator("summary").tap();
  await expect(page).toHaveURL(/closed=cloud/);
  await expect(page.getByRole("table", { name: CLOUD })).toBeHidden();
  await page.reload();
  await expect(page.getByRole("table", { name: CLOUD })).toBeHidden();
  await page.getByLabel("Только доступные").check();
  await expect(page).toHaveURL(/only=true.*closed=cloud|closed=cloud.*only=true/);
  await expect(page.getByRole("table", { name: CLOUD })).toBeHidden();
});

test("a date with a time shows in a date-and-time field, never as raw text @phone", async ({
  page,
}) => {
  await page.goto("/offers?orderedAt=2025-08-15T12:00");
  const date = page.getByLabel("Дата заказа");
  await expect(date).toHaveAttribute("type", "datetime-local");
  await expect(date).toHaveValue("2025-08-15T12:00");
});

test("«Покупал ли платную лицензию» is the same Да/Нет question as on the quote page @phone", async ({
  page,
}) => {
  const question = "Клиент когда-нибудь покупал платную лицензию Битрикс24 — облако или коробку?";
  await page.goto(`${NEWCOMER}&paidBefore=true`);
  await expect(
    page.getByRole("radiogroup", { name: question }).getByRole("radio", { name: "Да" }),
  ).toBeChecked();
  await page.goto("/?line=cloud&plan=standard&months=12");
  await expect(page.getByRole("radiogroup", { name: question }).getByRole("radio")).toHaveCount(2);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("«Свернуть все группы» and «Развернуть все группы» are links; «Собрать КП» sticks once ticked @phone", async ({
    page,
  }) => {
    await page.goto(NEWCOMER);
    await page.getByRole("link", { name: "Свернуть все группы" }).click();
    await expect(page).toHaveURL(/closed=cloud&closed=box&closed=cms$/);
    await expect(page.getByRole("table", { name: CLOUD })).toBeHidden();
    expect(await pageHeight(page)).toBeLessThan(4000);
    // A closed group opens by its heading without a script.
    await group(page, CLOUD).locator("summary").tap();
    await expect(page.getByRole("table", { name: CLOUD })).toBeVisible();
    await page.getByRole("link", { name: "Развернуть все группы" }).click();
    await expect(page).not.toHaveURL(/closed=/);

    await page.getByRole("checkbox", { name: "В КП: «Стандартный», оплата на 12 месяцев" }).tap();
    const collect = page.getByRole("button", { name: /^Собрать КП/ });
    await expect(collect).toBeInViewport();
    await collect.tap();
    await expect(page).toHaveURL(/\/offer\?/);
    await expect(page.getByText("В КП 1 позиция.")).toBeVisible();
  });
});
