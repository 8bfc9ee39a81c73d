import { expect, test } from "@playwright/test";
import { formatTenge } from "@/rules";
import { expectNoAxeViolations } from "./helpers/axe";
import { expectNoSidewaysScroll } from "./helpers/phone";

const PREVIEWS: [at: string, heading: string, days: string][] = [
  ["2025-07-20", "Акция начнётся 28 июля", "До начала акции 8 дней"],
  ["2025-07-27T23:59:59", "Акция начнётся 28 июля", "До начала акции 1 день"],
  ["2025-07-28T00:00:00+05:00", "Акция идёт", "До конца акции 35 дней"],
  ["2025-08-15", "Акция идёт", "До конца акции 17 дней"],
  ["2025-08-31T23:59:59+05:00", "Акция идёт", "До конца акции 1 день"],
  [
    "2025-08-31T19:00:00Z",
    "Акция завершилась 31 августа 2025 года",
    "с 28 июля по 31 августа 2025 года",
  ],
  ["2025-09-05", "Акция завершилась 31 августа 2025 года", "с 28 июля по 31 августа 2025 года"],
];

for (const [at, heading, days] of PREVIEWS) {
  test(`?at=${at} → «${heading}», «${days}»`, async ({ page }) => {
    await page.goto(`/promo?at=${encodeURIComponent(at)}`);
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(days);
    await expect(page.getByRole("region", { name: "Предпросмотр" })).toContainText(
      "Предпросмотр: так страница выглядит",
    );
  });
}

test("promo page → title, Astana period, rewards with catalog prices, Copilot, participants, exclusions", async ({
  page,
}) => {
  await page.goto("/promo?at=2025-08-15");
  await expect(page).toHaveTitle("Акция «Лето с выгодой» — 1С-Битрикс Казахстан");
  await expect(page.getByRole("heading", { level: 1, name: "«Лето с выгодой»" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText(
    "с 28 июля 2025 00:00 по 31 августа 2025 23:59:59, время Астаны (UTC+5)",
  );

  const rewards = page.getByRole("table", { name: "Скидки по акции и примеры цен" });
  await expect(rewards.getByRole("row")).toHaveCount(1 + 9);
  const cms = rewards.getByRole("row", { name: /^Покупка лицензии «1С-Битрикс: Управление/ });
  await expect(cms.getByRole("cell").nth(1)).toHaveText("20%");
  await expect(cms.getByRole("cell").nth(3)).toHaveText(formatTenge(389_900));
  await expect(cms.getByRole("cell").nth(4)).toHaveText(formatTenge(311_920));
  await expect(cms.getByRole("cell").nth(5)).toHaveText("п. 4.1.1");
  await expect(rewards.getByRole("columnheader", { name: "Цена по прайс-листу" })).toBeVisible();
  const cloud = rewards.getByRole("row", { name: /^Облачный Битрикс24 на 12 месяцев для новых/ });
  await expect(cloud.getByRole("cell").nth(1)).toHaveText("35%, «Энтерпрайз» — 40%");
  await expect(cloud.getByRole("cell").nth(4)).toHaveText(formatTenge(218_322));
  await expect(cloud.getByRole("cell").nth(5)).toHaveText("п. 4.1.3, 5.6");

  await expect(
    page.getByRole("heading", { level: 2, name: "Бонус на Буст Copilot" }),
  ).toBeVisible();
  await expect(main).toContainText(`Бонус ${formatTenge(576_000)}`);
  await expect(page.getByRole("heading", { name: "Кто может участвовать" })).toBeVisible();
  await expect(main).toContainText("Индивидуальные предприниматели (п. 1.2.3).");
  await expect(page.getByRole("heading", { name: "Что не входит в акцию" })).toBeVisible();
  await expect(main).toContainText("SIP-коннектор (п. 5.5).");
  // A preview is the public page: no partner tools.
  await expect(page.getByRole("link", { name: "Калькулятор цены по акции" })).toHaveCount(0);
  await expect(main).toContainText("вместе с тарифом «Энтерпрайз» на 12 месяцев");
});

test("no ?at → as of now: the promotion is over", async ({ page }) => {
  await page.goto("/promo");
  await expect(
    page.getByRole("heading", { level: 2, name: "Акция завершилась 31 августа 2025 года" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Предпросмотр" })).toHaveCount(0);
});

test("?at carrying <script> → shown as text, page as of now, nothing runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const at = "<script>alert(1)</script>";
  await page.goto(`/promo?at=${encodeURIComponent(at)}`);
  await expect(page.getByRole("region", { name: "Предпросмотр" })).toContainText(
    `Не удалось прочитать дату предпросмотра «${at}»`,
  );
  await expect(
    page.getByRole("heading", { level: 2, name: "Акция завершилась 31 августа 2025 года" }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll("main script").length)).toBe(0);
  expect(dialogs).toEqual([]);
  await expectNoAxeViolations(page, "/promo with an invalid at");
});

test("«Для партнёров» → tools and the preview form → date → the public page as of that day", async ({
  page,
}) => {
  await page.goto("/promo");
  await page.getByRole("link", { name: "Для партнёров" }).click();
  await expect(page.getByRole("link", { name: "Калькулятор цены по акции" })).toHaveAttribute(
    "href",
    "/",
  );
  await page.getByLabel("Дата (время Астаны)").fill("2025-07-27");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/\/promo\?at=2025-07-27$/);
  await expect(page.getByRole("link", { name: "Калькулятор цены по акции" })).toHaveCount(0);
  await expect(
    page.getByRole("heading", { level: 2, name: "Акция начнётся 28 июля" }),
  ).toBeVisible();
  await expect(page.getByRole("main")).toContainText("До начала акции 1 день");
});

test("promo page → no axe violations before, during and after", async ({ page }) => {
  test.slow(); // three full axe runs
  for (const at of ["2025-07-20", "2025-08-15", "2025-09-05"]) {
    await page.goto(`/promo?at=${at}`);
    await expectNoAxeViolations(page, `/promo?at=${at}`);
  }
});

test("promo page on a phone → readable, keyboard-scrollable table, axe-clean @phone", async ({
  page,
}) => {
  await page.goto("/promo?at=2025-08-15");
  await expect(page.getByRole("heading", { level: 1, name: "«Лето с выгодой»" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Акция идёт" })).toBeVisible();
  const region = page.getByRole("region", { name: "Скидки по акции" });
  await region.focus();
  await expect(region).toBeFocused();
  // The page itself never scrolls sideways; only the table's region does.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, "/promo on a phone");
});

/** The page's header and main as HTML, the preview bar left out: what a visitor would see. */
async function publicPart(page: import("@playwright/test").Page): Promise<string> {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return page.evaluate(() => {
    const header = document.querySelector("header")?.outerHTML ?? "";
    const main = document.querySelector("main")?.outerHTML ?? "";
    return header + main;
  });
}

test("a preview is exactly the public page of its moment, plus the bar @phone", async ({
  page,
}) => {
  // The public page today (after the promotion) and a preview of a day after it.
  await page.goto("/promo");
  const live = await publicPart(page);
  await page.goto("/promo?at=2025-09-05");
  await expect(page.getByRole("region", { name: "Предпросмотр" })).toBeVisible();
  expect(await publicPart(page)).toBe(live);
  await expectNoSidewaysScroll(page);
});

const PARTNER_WORDS = [
  "укажите цен",
  "Калькулятор цены по акции",
  "Что доступно клиенту",
  "Рассчитать цену",
  "Предпросмотр на дату",
];

for (const at of ["2025-07-20", "2025-08-15", "2025-09-05", ""]) {
  test(`public page ${at || "today"} → public wording only, a call to action and the Organizer's contact @phone`, async ({
    page,
  }) => {
    await page.goto(at ? `/promo?at=${at}` : "/promo");
    const main = page.getByRole("main");
    for (const words of PARTNER_WORDS) await expect(main).not.toContainText(words);
    await expect(page.getByRole("navigation", { name: "Разделы" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Для партнёров" })).toBeVisible();
    const contact = page.getByRole("region", { name: "Вопросы по акции" });
    await expect(contact).toContainText("пишите Организатору (п. 3.3)");
    await expect(contact.getByRole("link", { name: "sales@1c-bitrix.kz" })).toHaveAttribute(
      "href",
      "mailto:sales@1c-bitrix.kz",
    );
    await expect(contact.getByRole("link", { name: "Написать Организатору" })).toHaveAttribute(
      "href",
      /^mailto:sales@1c-bitrix\.kz\?subject=/,
    );
    if (at === "2025-07-20") {
      await expect(main).toContainText("Акция начнётся 28 июля");
      await expect(main).not.toContainText("завершилась");
    } else if (at === "2025-08-15") {
      await expect(main).toContainText("Акция действует с 28 июля 2025");
      await expect(page.getByRole("heading", { name: "Как принять участие" })).toBeVisible();
    } else {
      await expect(main).toContainText("Акция завершилась 31 августа 2025 года");
      await expect(main).not.toContainText("Акция действует");
      await expect(page.getByRole("heading", { name: "Как принять участие" })).toHaveCount(0);
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the preview bar's date form works as a plain GET form @phone", async ({ page }) => {
    await page.goto("/promo?at=2025-08-15");
    await page.getByLabel("Дата (время Астаны)").fill("2025-07-21");
    await page.getByRole("button", { name: "Показать" }).click();
    await expect(page).toHaveURL(/\/promo\?at=2025-07-21$/);
    await expect(page.getByRole("main")).toContainText("До начала акции 7 дней");
    await page.getByRole("link", { name: "Выйти из предпросмотра" }).click();
    await expect(page.getByRole("region", { name: "Предпросмотр" })).toHaveCount(0);
  });
});
