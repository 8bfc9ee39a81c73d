import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { expectNoSidewaysScroll } from "./helpers/phone";

/*
 * What a partner or a client reads and touches (issue 10): phones, no JavaScript, public /promo,
 * one sentence said once, focus and reachability.
 */

const result = (page: Page) => page.getByRole("region", { name: "Расчёт" });
const OFFERS = "/offers?orderedAt=2025-08-15";

test.describe("phones @phone", () => {
  test("/promo at 375 px → every reward is a card, every figure on screen @phone", async ({
    page,
  }) => {
    await page.goto("/promo?at=2025-08-15");
    await expectNoSidewaysScroll(page);
    const cms = page.getByRole("row", { name: /^Покупка лицензии «1С-Битрикс: Управление/ });
    // The promo price and the clause, which sat off screen at 1 070 px, are in view.
    await cms.getByRole("cell").nth(4).scrollIntoViewIfNeeded();
    await expect(cms.getByRole("cell").nth(4)).toBeInViewport({ ratio: 1 });
    await cms.getByRole("cell").nth(5).scrollIntoViewIfNeeded();
    await expect(cms.getByRole("cell").nth(5)).toBeInViewport({ ratio: 1 });
    await expect(cms.getByRole("cell").nth(5)).toHaveText("п. 4.1.1");
    await expectNoAxeViolations(page, "/promo cards on a phone");
  });

  test("/offers at 375 px → rows are cards, nothing scrolls sideways @phone", async ({ page }) => {
    await page.goto(`${OFFERS}&purpose=personal`);
    await expectNoSidewaysScroll(page);
    await page.goto(OFFERS);
    await expectNoSidewaysScroll(page);
    const row = page
      .getByRole("table", { name: "Облачный «Битрикс24»" })
      // On a card every value is preceded by its column's name, which the row's name reads too.
      .getByRole("row", { name: /^«Стандартный» .*Оплата на 12 месяцев/ });
    await row.getByRole("cell").nth(4).scrollIntoViewIfNeeded();
    await expect(row.getByRole("cell").nth(4)).toBeInViewport({ ratio: 1 });
  });

  for (const path of [
    "/offer?orderedAt=2025-08-15&sc=ТОО «Партнёр»&cn=ТОО «Клиент»&l=l.cms*o.purchase*e.start&l=l.box*o.upgrade*e.enterprise*u.2000*fe.enterprise*fu.1000*s.2025-07-01&l=l.box*o.purchase*e.corporate_portal*u.100&q2=3",
    "/prices",
    "/check",
  ]) {
    test(`${path.split("?")[0]} at 375 px → nothing scrolls sideways @phone`, async ({ page }) => {
      await page.goto(path);
      // The offer is there to fit (three valid lines), not a page of messages.
      if (path.startsWith("/offer")) {
        await expect(page.getByRole("region", { name: "Позиции предложения" })).toBeVisible();
      }
      await expectNoSidewaysScroll(page);
    });
  }

  test("/ at 375 px with a long ineligible quote → no sideways scroll @phone", async ({ page }) => {
    await page.goto(
      "/?line=box&op=upgrade&ed=enterprise&users=2000&from=enterprise&fromUsers=1000&bought=2025-07-01&ordered=2025-08-15T12:00&resident=0&purpose=personal",
    );
    await expectNoSidewaysScroll(page);
  });
});

test.describe("/promo is the public page", () => {
  test("no partner tools by default; «Для партнёров» shows them", async ({ page }) => {
    await page.goto("/promo");
    await expect(page.getByRole("navigation", { name: "Разделы" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Предпросмотр на дату" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Калькулятор цены по акции" })).toHaveCount(0);
    // Today the promotion is over: the public page says so and no longer tells how to take part.
    await expect(
      page.getByRole("heading", { level: 2, name: "Акция завершилась 31 августа 2025 года" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Как принять участие" })).toHaveCount(0);
    await page.getByRole("link", { name: "Для партнёров" }).click();
    await expect(page).toHaveURL(/\/promo\?partner=1$/);
    await expect(page.getByRole("navigation", { name: "Разделы" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Предпросмотр на дату" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Скопировать ссылку" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Печать" })).toBeVisible();
  });

  test("?at= is the public page of that day plus a preview bar: no partner tools", async ({
    page,
  }) => {
    await page.goto("/promo?at=2025-08-15");
    await expect(page.getByRole("region", { name: "Предпросмотр" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Разделы" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Предпросмотр на дату" })).toHaveCount(0);
    await expect(
      page
        .getByRole("main")
        .getByText(
          "Оплатите заказ в тот же срок: скидка — только на заказы, оплаченные в срок акции (п. 5.2).",
        ),
    ).toBeVisible();
  });

  for (const path of ["/", "/offers", "/offer", "/check", "/promo", "/prices"]) {
    test(`${path} → og: tags for messenger previews`, async ({ page }) => {
      await page.goto(path);
      const og = (property: string) =>
        page.locator(`meta[property="og:${property}"]`).getAttribute("content");
      expect(await og("title")).toContain("«Лето с выгодой»");
      expect(await og("description")).toBeTruthy();
      expect(await og("type")).toBe("website");
      expect(await og("locale")).toBe("ru_RU");
    });
  }
});

test.describe("/offers says a shared reason once", () => {
  test("personal use blocks every row → said once above the tables; rows show «—»", async ({
    page,
  }) => {
    await page.goto(`${OFFERS}&purpose=personal`);
    const main = page.getByRole("main");
    await expect(main).toContainText("Скидки нет ни на одну позицию:");
    const personal = main.getByText(/Покупка для личных, семейных или домашних нужд/);
    await expect(personal).toHaveCount(1);
    const row = page
      .getByRole("table", { name: "Облачный «Битрикс24»" })
      .getByRole("row", { name: "«Стандартный» Оплата на 12 месяцев" });
    await expect(row.getByRole("cell").nth(4)).toHaveText("—");
    await expect(row.getByRole("cell").nth(5)).toHaveText("—");
  });

  test("links between the groups, copy-link and print", async ({ page }) => {
    await page.goto(OFFERS);
    const groups = page.getByRole("navigation", { name: "Группы продуктов" });
    await expect(groups.getByRole("link", { name: "Облачный «Битрикс24»" })).toHaveAttribute(
      "href",
      "#offers-group-cloud",
    );
    await groups.getByRole("link", { name: "«1С-Битрикс: Управление сайтом»" }).click();
    await expect(page).toHaveURL(/#offers-group-cms$/);
    await expect(page.getByRole("button", { name: "Скопировать ссылку" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Печать" })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Ещё причин:");
  });
});

test.describe("quote page", () => {
  test("1280×900, «Почему такая цена?» open → the actions stay on screen", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(
      "/?line=cloud&plan=enterprise&users=500&months=1&boost=1&kind=individual&adult=0&resident=0&purpose=personal&other=1&franchisee=1&paidBefore=1&current=free&ordered=2025-09-15T12:00",
    );
    await result(page).getByRole("group", { name: "Почему такая цена?" }).click();
    await page.keyboard.press("End");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (const name of ["Скопировать ссылку", "Скопировать текст", "Печать"]) {
      await expect(page.getByRole("button", { name })).toBeInViewport({ ratio: 1 });
    }
  });

  test("«Применить» → focus on the updated result", async ({ page }) => {
    await page.goto("/?line=cloud&plan=standard&months=1&ordered=2025-08-15T12:00");
    await page.getByRole("button", { name: "Применить" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Расчёт" })).toBeFocused();
    await expect(result(page).getByRole("status")).toContainText("Скидка по акции 35%");
  });
});

test.describe("messages on the quote page", () => {
  const price = (page: Page) => page.getByLabel("Цена по прайс-листу, ₸");

  test("price «-100», «0», too large → one plain message each, the label not repeated", async ({
    page,
  }) => {
    await page.goto("/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00");
    const cases: [typed: string, message: string][] = [
      ["-100", "Сумма должна быть больше нуля"],
      ["0", "Сумма должна быть больше нуля"],
      ["99999999999999", "Слишком большая сумма"],
    ];
    for (const [typed, message] of cases) {
      await price(page).fill(typed);
      await expect(price(page)).toHaveAccessibleDescription(new RegExp(`^${message}`));
      await expect(
        result(page).getByRole("button", { name: `Цена по прайс-листу: ${message}`, exact: true }),
      ).toBeVisible();
    }
  });

  test("price «1» → no «0 ₸» discount, and «Проверьте цену»", async ({ page }) => {
    await page.goto("/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00");
    await price(page).fill("1");
    const status = result(page).getByRole("status");
    await expect(status).toContainText("скидка 35% — меньше 1 ₸");
    await expect(status).not.toContainText("— 0 ₸");
    await expect(price(page)).toHaveAccessibleDescription(/Проверьте цену/);
    await price(page).fill("300000");
    await expect(price(page)).not.toHaveAccessibleDescription(/Проверьте цену/);
  });

  test("payment dated before the order → a warning beside the payment date", async ({ page }) => {
    await page.goto("/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00");
    await page.getByLabel("Оплата одновременно с заказом").uncheck();
    const paid = page.getByLabel("Дата и время оплаты");
    await paid.fill("2025-08-10T12:00");
    await expect(paid).toHaveAccessibleDescription(/Оплата раньше заказа: проверьте даты/);
  });

  test("box move down → «не выше текущей редакции» at once, no price asked, no SIP target", async ({
    page,
  }) => {
    await page.goto(
      "/?line=box&op=upgrade&ed=shop_crm&from=corporate_portal&fromUsers=50&ordered=2025-08-15T12:00",
    );
    await expect(result(page)).toContainText(
      "Редакция «Интернет-магазин + CRM» не выше текущей редакции «Корпоративный портал» 50 пользователей",
    );
    await expect(page.getByLabel("Цена по прайс-листу, ₸")).toHaveCount(0);
    await expect(page.getByLabel("Когда куплена текущая лицензия")).not.toHaveAttribute(
      "aria-invalid",
    );
    await expect(
      page.getByLabel("Новая редакция").getByRole("option", { name: "SIP-коннектор" }),
    ).toHaveCount(0);
  });

  test("«Франчайзи» is part of the product; the history questions explain themselves", async ({
    page,
  }) => {
    await page.goto("/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00");
    const product = page.getByRole("region", { name: "Продукт" });
    await expect(product.getByLabel("Лицензия «1С-Битрикс: 1С: Франчайзи»")).toBeVisible();
    const help = page.getByRole("group", { name: "Что значат эти вопросы и где найти ответы" });
    await expect(help.getByText("«Тариф и оплата»", { exact: false })).toBeHidden();
    await help.getByText("Что значат эти вопросы и где найти ответы").click();
    await expect(help).toContainText("раздел «Тариф и оплата»");
    await expect(help).toContainText("(п. 5.7, 4.1.4)");
  });
});

test("/offers with a bad link → the page's own Russian, the date hint", async ({ page }) => {
  await page.goto("/offers?orderedAt=2025-13-40&kind=government");
  const main = page.getByRole("main");
  await expect(main).toContainText("Дата заказа: Неверная дата, пример: 15.08.2025");
  await expect(main).toContainText("Кто покупает: Выберите один из вариантов в списке");
  await expect(main).not.toContainText("одно из значений");
  await expect(main).not.toContainText("ГГГГ");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a shared link → the form shows exactly the link's answers", async ({ page }) => {
    await page.goto(
      "/?line=box&op=upgrade&ed=corporate_portal&users=100&from=shop_crm&bought=2025-05-01&kind=sole_proprietor&resident=0&other=1&ordered=2025-08-15T12:00&paid=2025-08-16T10:00",
    );
    await expect(page.getByRole("radio", { name: "Коробочный «Битрикс24»" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Переход на старшую редакцию" })).toBeChecked();
    await expect(page.getByLabel("Редакция у клиента сейчас")).toHaveValue("shop_crm");
    await expect(page.getByLabel("Новая редакция")).toHaveValue("corporate_portal");
    await expect(page.getByLabel("Пользователей", { exact: true })).toHaveValue("100");
    await expect(page.getByLabel("Когда куплена текущая лицензия")).toHaveValue("2025-05-01");
    await expect(page.getByRole("radio", { name: "ИП" })).toBeChecked();
    await expect(page.getByLabel("Клиент из Казахстана")).not.toBeChecked();
    await expect(page.getByLabel("К заказу применена другая акция или скидка")).toBeChecked();
    await expect(page.getByLabel("Дата и время заказа")).toHaveValue("2025-08-15T12:00");
    await expect(page.getByLabel("Оплата одновременно с заказом")).not.toBeChecked();
    await expect(page.getByLabel("Дата и время оплаты")).toHaveValue("2025-08-16T10:00");
  });

  test("«Рассчитать» → a GET with every field: the same answers come back in a shareable link", async ({
    page,
  }) => {
    await page.goto("/?line=cms&op=upgrade&ed=standard&from=start&ordered=2025-08-15T12:00");
    await page.getByLabel("Новая редакция").selectOption("business");
    await page.getByLabel("Когда куплена текущая лицензия").fill("2025-03-01");
    await page.getByLabel("Физическое лицо").check();
    await page.getByLabel("Клиент из Казахстана").uncheck();
    await page.getByLabel("Оплата одновременно с заказом").uncheck();
    await page.getByRole("button", { name: "Рассчитать" }).click();
    for (const part of ["ed=business", "bought=2025-03-01", "kind=individual", "resident=0"]) {
      await expect(page).toHaveURL(new RegExp(`[?&]${part}(&|$)`));
    }
    await expect(page).toHaveURL(/[?&]paid=2025-08-15T12%3A00/);
    await expect(page.getByLabel("Новая редакция")).toHaveValue("business");
    await expect(page.getByLabel("Клиент из Казахстана")).not.toBeChecked();
    await expect(page.getByLabel("Дата и время оплаты")).toHaveValue("2025-08-15T12:00");
    const status = result(page).getByRole("status");
    await expect(status).toContainText("Скидка по акции не положена");
    await expect(result(page)).toContainText("Акция только для казахстанских");
  });
});

test("with JavaScript the no-JS button is hidden", async ({ page }) => {
  await page.goto("/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00");
  await expect(result(page).getByRole("status")).toContainText("Скидка по акции 35%");
  await expect(page.getByRole("button", { name: "Рассчитать" })).toBeHidden();
});
