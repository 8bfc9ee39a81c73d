import { expect, test } from "@playwright/test";

/* Validation after the first try, not before (issue 20): /offer. */

const OFFER = "/offer?orderedAt=2025-08-15&l=l.cms*o.purchase*e.business";

test("/offer untouched → no red messages; leaving «Компания» empty → its message @phone", async ({
  page,
}) => {
  await page.goto(OFFER);
  const company = page.getByLabel("Компания", { exact: true });
  await expect(page.getByText("Компания: обязательное поле")).toBeHidden();
  await expect(company).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("form", { name: "Данные предложения" })).toHaveAttribute(
    "data-hydrated",
    "true",
  );
  await company.focus();
  await company.blur();
  await expect(page.getByText("Компания: обязательное поле")).toBeVisible();
  await expect(company).toHaveAttribute("aria-invalid", "true");
  await expect(company).toHaveAccessibleDescription(/обязательное поле/);
  // A field not tried yet stays quiet.
  await expect(page.getByLabel("Название или ФИО клиента")).not.toHaveAttribute(
    "aria-invalid",
    "true",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/offer → the messages show once «Обновить КП» is pressed @phone", async ({ page }) => {
    await page.goto(OFFER);
    await expect(page.getByText("Компания: обязательное поле")).toBeHidden();
    await page.getByRole("button", { name: "Обновить КП" }).click();
    await expect(page).toHaveURL(/sent=1/);
    await expect(page.getByText("Компания: обязательное поле")).toBeVisible();
    await expect(page.getByLabel("Компания", { exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });
});
