import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

test("home page → the calculator in Russian with the site header", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Калькулятор акции «Лето с выгодой»" }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
  const nav = page.getByRole("navigation", { name: "Разделы" });
  await expect(nav.getByRole("link", { name: "Калькулятор" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(nav.getByRole("link", { name: "Что доступно клиенту" })).toHaveAttribute(
    "href",
    "/offers",
  );
  await expect(nav.getByRole("link", { name: "Страница акции" })).toHaveAttribute("href", "/promo");
  await expectNoAxeViolations(page, "home page as first opened");
});

test("first paint → the server already rendered the quote (JavaScript off)", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?line=cloud&plan=professional&months=12&ordered=2025-08-15T12:00");
  const status = page.getByRole("region", { name: "Расчёт" }).getByRole("status");
  // 671 880 − 35% = 436 722 ₸.
  await expect(status).toContainText("Скидка по акции 35%");
  await expect(status).toContainText("436 722 ₸");
  await context.close();
});

test("first load → no hydration mismatch or script error", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) {
      problems.push(m.text());
    }
  });
  await page.goto("/?line=box&op=purchase&ed=shop_crm&ordered=2025-08-15T12:00");
  // 990 000 − 15% = 841 500 ₸; the change proves the page is interactive after hydration.
  const status = page.getByRole("region", { name: "Расчёт" }).getByRole("status");
  await expect(status).toContainText("841 500 ₸");
  await page.getByRole("radio", { name: "Продление" }).check();
  await expect(status).toContainText("Скидка по акции не положена");
  expect(problems).toEqual([]);
});

test("home page renders on a phone @phone", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Калькулятор акции «Лето с выгодой»" }),
  ).toBeVisible();
});
