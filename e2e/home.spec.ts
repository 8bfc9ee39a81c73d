import { expect, test } from "@playwright/test";

test("home page shows the calculator title in Russian", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Калькулятор акции «Лето с выгодой»" }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
});

test("home page renders on a phone @phone", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Калькулятор акции «Лето с выгодой»" }),
  ).toBeVisible();
});
