import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";

/*
 * The partner quote page (`/`) through the UI, against the production server. Expected prices are
 * the example price list's (rules/catalog/example-price-list.json) or typed in; arithmetic is in
 * each test's name.
 */

const result = (page: Page) => page.getByRole("region", { name: "Расчёт" });
const summary = (page: Page) => result(page).getByRole("status");
const reasons = (page: Page) =>
  result(page).getByRole("region", { name: "Почему скидки нет" }).getByRole("listitem");

/** Today the promotion is over: the banner's button puts the order inside it (15.08.2025 12:00). */
async function orderInsidePromotion(page: Page) {
  await page.getByRole("link", { name: "Указать дату в срок акции: 15.08.2025 12:00" }).click();
  await expect(page.getByLabel("Дата и время заказа")).toHaveValue("2025-08-15T12:00");
}

test.describe("quote page", () => {
  test("today the promotion is over → the page says so and quotes a date inside it", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Акция завершилась 31.08.2025" })).toBeVisible();
    // Ordered now (after 31.08.2025): no discount, and the reason is the period.
    await expect(summary(page)).toContainText("Скидка по акции не положена");
    await expect(reasons(page)).toHaveCount(1);
    await expect(reasons(page)).toContainText("п. 2.1, 5.2");
    await orderInsidePromotion(page);
    await expect(summary(page)).toContainText("Скидка по акции 35%");
  });

  test("cloud «Стандартный» 12 months, new client → 335 880 − 35% = 218 322 ₸", async ({
    page,
  }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await expect(page.getByLabel("Цена по прайс-листу, ₸")).toHaveValue("335880");
    await expect(page.getByLabel("Цена по прайс-листу, ₸")).toHaveAccessibleDescription(
      /Пример цены — не из прайс-листа Организатора; укажите цену по действующему прайс-листу\./,
    );
    await expect(summary(page)).toContainText("Скидка по акции 35%");
    await expect(summary(page)).toContainText("218 322 ₸");
    await expect(summary(page)).toContainText("скидка 35% — 117 558 ₸");
    await expect(result(page)).toContainText("Основание: п. 4.1.3, 5.6 Правил акции.");
    // п. 5.12 is a note, under its own heading, not a reason.
    await expect(result(page).getByRole("heading", { name: "Примечания" })).toBeVisible();
    await expect(result(page).getByRole("region", { name: "Почему скидки нет" })).toHaveCount(0);
    await expectNoAxeViolations(page, "eligible cloud quote");
  });

  test("cloud «Энтерпрайз» 250 + Copilot boost → 1 343 880 − 40% = 806 328 ₸, boost 576 000 − 576 000 = 0 ₸", async ({
    page,
  }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByLabel("Тариф", { exact: true }).selectOption("enterprise");
    await expect(page.getByLabel("Пользователей в «Энтерпрайз»")).toHaveValue("250");
    await page.getByRole("checkbox", { name: "Добавить Буст Copilot на 12 месяцев" }).check();
    await expect(summary(page)).toContainText("Скидка по акции 40%");
    await expect(summary(page)).toContainText("806 328 ₸");
    await expect(summary(page)).toContainText("скидка 40% — 537 552 ₸");
    await expect(result(page)).toContainText(
      "Буст Copilot на 12 месяцев, бонус 576 000 ₸ (п. 4.1.6)−576 000 ₸",
    );
    await expect(result(page)).toContainText("Итого806 328 ₸");
  });

  test("box «Корпоративный портал» 100 users → 1 690 000 − 15% = 1 436 500 ₸", async ({ page }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByRole("radio", { name: "Коробочный «Битрикс24»" }).check();
    await expect(page.getByRole("radio", { name: "Покупка новой лицензии" })).toBeChecked();
    await page.getByLabel("Редакция", { exact: true }).selectOption("corporate_portal");
    await page.getByLabel("Пользователей", { exact: true }).selectOption("100");
    await expect(page.getByLabel("Цена по прайс-листу, ₸")).toHaveValue("1690000");
    await expect(summary(page)).toContainText("Скидка по акции 15%");
    await expect(summary(page)).toContainText("1 436 500 ₸");
    await expect(summary(page)).toContainText("скидка 15% — 253 500 ₸");
    await expect(result(page)).toContainText("Основание: п. 4.1.2 Правил акции.");
    // Cloud history is asked only for cloud.
    await expect(page.getByRole("heading", { name: "История клиента в облаке" })).toHaveCount(0);
  });

  test("CMS «Бизнес» → «1С-Битрикс24. Интернет-магазин + CRM» → 600 100 − 20% = 480 080 ₸", async ({
    page,
  }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByRole("radio", { name: "«1С-Битрикс: Управление сайтом»" }).check();
    await page
      .getByRole("radio", {
        name: "Переход с редакции «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM»",
      })
      .check();
    // Only «Бизнес» moves to the shop: the form does not ask which edition the client has.
    await expect(page.getByLabel("Редакция у клиента сейчас")).toHaveCount(0);
    // The upgrade needs the date the held license was bought: the result panel asks for it, the
    // field itself shows no error before the partner has been in it.
    const bought = page.getByLabel("Когда куплена текущая лицензия");
    await expect(bought).not.toHaveAttribute("aria-invalid");
    await expect(summary(page)).toContainText("Расчёт появится, когда поля заполнены верно");
    await expect(result(page)).toContainText(
      "Когда куплена текущая лицензия: Укажите дату покупки текущей лицензии",
    );
    await bought.focus();
    await bought.blur();
    await expect(bought).toHaveAccessibleDescription(/Укажите дату покупки текущей лицензии/);
    await bought.fill("2025-03-01");
    await expect(summary(page)).toContainText("Скидка по акции 20%");
    await expect(summary(page)).toContainText("480 080 ₸");
    await expect(summary(page)).toContainText("скидка 20% — 120 020 ₸");
    await expect(result(page)).toContainText("Основание: п. 4.1.1, 4.1.2 Правил акции.");
  });

  test("CMS upgrade «Старт» → «Стандарт» with a typed list price 100 000 → −25% = 75 000 ₸", async ({
    page,
  }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByRole("radio", { name: "«1С-Битрикс: Управление сайтом»" }).check();
    await page.getByRole("radio", { name: "Переход на старшую редакцию" }).check();
    await page.getByLabel("Редакция у клиента сейчас").selectOption("start");
    await page.getByLabel("Новая редакция").selectOption("standard");
    await page.getByLabel("Когда куплена текущая лицензия").fill("2024-11-20");
    await expect(page.getByLabel("Цена по прайс-листу, ₸")).toHaveValue("60000");
    await page.getByLabel("Цена по прайс-листу, ₸").fill("100 000");
    await expect(page.getByLabel("Цена по прайс-листу, ₸")).toHaveAccessibleDescription(
      /Цена указана вручную; в прайс-листе — 60\s000\s₸\. Пример цены — не из прайс-листа Организатора/,
    );
    await expect(summary(page)).toContainText("75 000 ₸");
    await expect(summary(page)).toContainText("скидка 25% — 25 000 ₸");
    await expect(result(page)).toContainText("Цена: цена указана вручную");
    await page.getByRole("button", { name: "Вернуть цену из прайс-листа" }).click();
    await expect(page.getByLabel("Цена по прайс-листу, ₸")).toHaveValue("60000");
    await expect(summary(page)).toContainText("45 000 ₸");
  });

  test("ineligible client → every reason with its clause", async ({ page }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByRole("radio", { name: "1 месяц" }).check();
    await page.getByRole("radio", { name: "Физическое лицо" }).check();
    await page
      .getByRole("checkbox", { name: "Клиенту есть 18 лет, он полностью дееспособен" })
      .uncheck();
    await page.getByRole("checkbox", { name: "Клиент из Казахстана" }).uncheck();
    await page.getByRole("radio", { name: "Для личных, семейных, домашних нужд" }).check();
    await page.getByRole("checkbox", { name: "Лицензия «1С-Битрикс: 1С: Франчайзи»" }).check();

    await expect(summary(page)).toContainText("Скидка по акции не положена");
    await expect(summary(page)).toContainText("34 990 ₸");
    await expect(summary(page)).toContainText("5 причин — п.");
    await expect(reasons(page)).toHaveText([
      /^п\. 1\.2\.3, 2\.3Акция только для казахстанских/,
      /^п\. 1\.2\.3Физическое лицо должно быть полностью дееспособным и достигшим 18 лет/,
      /^п\. 1\.2\.3, 5\.1\.2Покупка для личных, семейных или домашних нужд/,
      /^п\. 5\.13Акция не распространяется на лицензии «1С-Битрикс: 1С: Франчайзи»/,
      /^п\. 4\.1\.3Скидка — только при оплате тарифа на 12 месяцев, выбран срок 1 мес\./,
    ]);
    // No nearby variant lifts residence, age, purpose or the franchisee license.
    await expect(result(page).getByRole("heading", { name: "Как получить скидку" })).toHaveCount(0);

    // «Почему такая цена?»: every check, passed or failed, with its clause.
    const details = result(page).getByRole("group", { name: "Почему такая цена?" });
    await details.click();
    const checks = details.getByRole("listitem");
    await expect(checks.filter({ hasText: "не выполнено" })).toHaveCount(5);
    await expect(checks.filter({ hasText: "Срок акции: выполнено" })).toContainText("п. 2.1, 5.2");
    await expectNoAxeViolations(page, "ineligible quote with checks open");
  });

  test("1 month → the 12-month suggestion, applied in one click", async ({ page }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByRole("radio", { name: "1 месяц" }).check();
    await expect(summary(page)).toContainText("Скидка по акции не положена");
    await expect(summary(page)).toContainText("34 990 ₸");
    const suggestion = result(page).getByRole("listitem").filter({ hasText: "При оплате на 12" });
    await expect(suggestion).toContainText(
      "При оплате на 12 месяцев скидка составит 35% — 117 558 ₸: 218 322 ₸ вместо 335 880 ₸.",
    );
    await suggestion.getByRole("button", { name: "Применить" }).click();
    await expect(page.getByRole("radio", { name: "12 месяцев" })).toBeChecked();
    await expect(summary(page)).toContainText("218 322 ₸");
  });

  test("п. 5.7 client renewing «Стандартный» → the upgrade suggestion; warnings look unlike reasons", async ({
    page,
  }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByRole("radio", { name: "Да" }).check();
    await page.getByLabel("Тариф на портале сейчас").selectOption("standard");
    await page
      .getByRole("checkbox", { name: "С 01.01.2025 по 27.07.2025 покупал облако на 12 месяцев" })
      .check();
    await expect(summary(page)).toContainText("Скидка по акции не положена");
    // «только при повышении тарифа» are п. 4.1.4's words; п. 5.7 says who the client is.
    await expect(result(page)).toContainText(
      "Клиенту по п. 5.7 скидка положена только при повышении тарифа (п. 4.1.4): продление текущего тарифа «Стандартный» её не даёт.",
    );
    await expect(result(page)).toContainText(
      "При повышении до тарифа «Профессиональный» скидка составит 35% — 235 158 ₸: 436 722 ₸ вместо 671 880 ₸.",
    );
    // Both 1- and 12-month purchases: the calculator's reading, flagged as a п. 8.1 warning.
    await page
      .getByRole("checkbox", {
        name: "С 01.01.2025 по 27.07.2025 покупал или продлевал облако на 1 месяц",
      })
      .check();
    await expect(
      result(page).getByRole("heading", {
        name: "Толкование калькулятора: окончательно решает Организатор",
      }),
    ).toBeVisible();
    await expectNoAxeViolations(page, "ineligible quote with a warning and a suggestion");
  });

  test("validation → Russian messages beside the field, bound to it", async ({ page }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    const price = page.getByLabel("Цена по прайс-листу, ₸");
    await price.fill("");
    await expect(price).toHaveAttribute("aria-invalid", "true");
    await expect(price).toHaveAccessibleDescription(/Укажите цену в тенге/);
    await expect(summary(page)).toContainText("Расчёт появится, когда поля заполнены верно");
    await price.fill("335 880,50");
    await expect(price).toHaveAccessibleDescription(
      /Введите целое число тенге без копеек, например 335880/,
    );
    // The error list in the result panel takes the user to the field.
    await result(page)
      .getByRole("button", { name: /^Цена по прайс-листу: Введите целое число/ })
      .click();
    await expect(price).toBeFocused();
    await expectNoAxeViolations(page, "form with errors");
    await price.fill("400000");
    await expect(price).not.toHaveAttribute("aria-invalid");
    await expect(summary(page)).toContainText("260 000 ₸");
  });

  test("a hidden field keeps its value when shown again", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Тариф", { exact: true }).selectOption("professional");
    await page.getByRole("radio", { name: "Коробочный «Битрикс24»" }).check();
    await page.getByLabel("Редакция", { exact: true }).selectOption("shop_crm");
    await page.getByRole("radio", { name: "Облачный «Битрикс24»" }).check();
    await expect(page.getByLabel("Тариф", { exact: true })).toHaveValue("professional");
    await page.getByRole("radio", { name: "Коробочный «Битрикс24»" }).check();
    await expect(page.getByLabel("Редакция", { exact: true })).toHaveValue("shop_crm");
  });

  test("share link → the same quote in a fresh page, and after a reload", async ({
    page,
    browser,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.getByRole("radio", { name: "Коробочный «Битрикс24»" }).check();
    await page.getByRole("radio", { name: "Переход на старшую редакцию" }).check();
    await page.getByLabel("Редакция у клиента сейчас").selectOption("shop_crm");
    await page.getByLabel("Новая редакция").selectOption("corporate_portal");
    await page.getByLabel("Пользователей", { exact: true }).selectOption("250");
    await page.getByLabel("Когда куплена текущая лицензия").fill("2025-02-10");
    await page.getByLabel("Цена по прайс-листу, ₸").fill("1400000");
    await page.getByRole("radio", { name: "ИП" }).check();
    await page.getByRole("checkbox", { name: "Оплата одновременно с заказом" }).uncheck();
    await page.getByLabel("Дата и время оплаты").fill("2025-08-20T09:30");
    // 1 400 000 − 20% = 1 120 000 ₸ (п. 4.1.2).
    await expect(summary(page)).toContainText("1 120 000 ₸");
    await expect(page).toHaveURL(/paid=2025-08-20T09%3A30/);

    await page.getByRole("button", { name: "Скопировать ссылку" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ссылка скопирована" })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const expected = await result(page).innerText();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByLabel("Цена по прайс-листу, ₸")).toHaveValue("1400000");
    await expect(other.getByRole("radio", { name: "ИП" })).toBeChecked();
    await expect(other.getByLabel("Дата и время оплаты")).toHaveValue("2025-08-20T09:30");
    expect(await result(other).innerText()).toBe(expected);
    await fresh.close();

    await page.reload();
    await expect(summary(page)).toContainText("1 120 000 ₸");
    expect(await result(page).innerText()).toBe(expected);
  });

  test("«Скопировать текст» → a short quote for a messenger", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/");
    await orderInsidePromotion(page);
    // The address bar follows the form after a short pause; the text links to the same URL.
    await expect(page).toHaveURL(/ordered=2025-08-15T12%3A00/);
    await page.getByRole("button", { name: "Скопировать текст" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Текст расчёта скопирован" }),
    ).toBeVisible();
    const text = (await page.evaluate(() => navigator.clipboard.readText())).replace(
      /[\u00a0\u202f]/g,
      " ",
    );
    expect(text).toContain("Продукт: Битрикс24 «Стандартный», 12 месяцев");
    expect(text).toContain("Клиент: юридическое лицо, из Казахстана, для бизнеса");
    expect(text).toContain("Цена по прайс-листу: 335 880 ₸");
    expect(text).toContain("Скидка: 35% — 117 558 ₸");
    expect(text).toContain("Цена по акции: 218 322 ₸");
    expect(text).toContain("Основание: п. 4.1.3, 5.6 Правил акции");
    expect(text).toContain("Даты: заказ 15.08.2025 12:00, оплата 15.08.2025 12:00 (время Астаны)");
    expect(text).toContain(
      "Источник цены: пример цены — не из прайс-листа Организатора; укажите цену по действующему прайс-листу",
    );
    expect(text).toContain(`Расчёт: ${page.url()}`);
  });

  test("print view → the calculation only, controls hidden", async ({ page }) => {
    await page.goto("/");
    await orderInsidePromotion(page);
    await page.emulateMedia({ media: "print" });
    const offer = page.getByRole("article", { name: "Расчёт цены по акции" });
    await expect(offer).toBeVisible();
    await expect(offer).toContainText("Цена по акции218 322 ₸");
    await expect(offer).toContainText("Основание: п. 4.1.3, 5.6 Правил акции");
    await expect(offer).toContainText(
      "Правила акции «Лето с выгодой! Скидки до 40% на Битрикс24! Скидки до 25% на 1С-Битрикс: Управление сайтом!»",
    );
    await expect(offer).toContainText(
      "Источник цены: пример цены — не из прайс-листа Организатора; укажите цену по действующему прайс-листу",
    );
    await expect(offer).toContainText(
      "окончательное решение принимает Организатор (п. 8.1 Правил)",
    );
    // Dated by the order, not by the day it is printed; nothing internal about the client.
    await expect(offer).toContainText("Расчёт на дату заказа 15.08.2025.");
    await expect(offer).not.toContainText("Составлено");
    await expect(offer).toContainText(
      "Предложение действительно при оформлении и оплате заказа до 31.08.2025 23:59 (время Астаны), п. 2.1, 2.2, 5.2.",
    );
    await expect(offer).toContainText("цены — пример");
    await expect(page.getByRole("button", { name: "Печать" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Данные для расчёта" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Разделы" })).toBeHidden();
    // A4 at 96 dpi minus 15 mm margins is about 1009 px tall: the offer fits one page.
    await page.setViewportSize({ width: 680, height: 1009 });
    const height = await offer.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(1009);
    await expectNoAxeViolations(page, "print view");
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("button", { name: "Печать" })).toBeVisible();
  });

  test("print view with every reason and warning → still one A4 page", async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 1009 });
    await page.goto(
      "/?line=cloud&plan=enterprise&users=10000&months=1&boost=1&kind=individual&adult=0&purpose=personal&resident=0&other=1&franchisee=1&paidBefore=1&current=free&monthly=1&annual=1&ordered=2025-09-15T12:00&paid=2025-09-20T10:00",
    );
    await page.emulateMedia({ media: "print" });
    // Not eligible: not titled as an offer under the promotion.
    const offer = page.getByRole("article", { name: "Расчёт стоимости без скидки по акции" });
    await expect(offer).toContainText("Почему скидка не применяется");
    // The client line says who the client is, not the history answers (those stay on screen).
    await expect(offer.getByRole("definition").nth(1)).toHaveText(
      "физическое лицо, не из Казахстана, для личных нужд, младше 18 лет или не дееспособно, к заказу применена другая акция, лицензия «1С-Битрикс: 1С: Франчайзи»",
    );
    await expect(offer.getByRole("listitem")).toHaveCount(7 + 4);
    const height = await offer.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(1009);
  });

  test("keyboard only → choose the box line and read the price", async ({ page }) => {
    await page.goto("/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00");
    await page.getByRole("radio", { name: "Облачный «Битрикс24»" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "Коробочный «Битрикс24»" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Коробочный «Битрикс24»" })).toBeFocused();
    // 1 190 000 − 15% = 1 011 500 ₸ (portal, 50 users).
    await expect(summary(page)).toContainText("1 011 500 ₸");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("radio", { name: "Покупка новой лицензии" })).toBeFocused();
  });
});

test("phone at 375 px → quote a CMS license, no sideways scrolling @phone", async ({ page }) => {
  await page.goto("/");
  await orderInsidePromotion(page);
  await page.getByRole("radio", { name: "«1С-Битрикс: Управление сайтом»" }).check();
  await page.getByLabel("Редакция", { exact: true }).selectOption("business");
  // 389 900 − 20% = 311 920 ₸ (п. 4.1.1).
  await expect(summary(page)).toContainText("311 920 ₸");
  await expect(page.getByRole("link", { name: "К расчёту" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page, "phone");
});
