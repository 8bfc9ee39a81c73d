import { expect, test } from "@playwright/test";
import { expectNoSidewaysScroll } from "./helpers/phone";

/* /prices: a search by name without JavaScript, table or cards, and the table download. */

const rows = (page: import("@playwright/test").Page) =>
  page.getByRole("row").filter({ hasText: "Источник:" });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search by name → only matching items, the download keeps the search @phone", async ({
    page,
  }) => {
    test.slow(); // three page loads of up to 108 rows on a shared machine
    await page.goto("/prices");
    await expect(rows(page)).toHaveCount(108);
    await page.getByRole("searchbox", { name: "Название" }).fill("энтерпрайз 250");
    await page.getByRole("button", { name: "Найти" }).click();
    await expect(page).toHaveURL(
      /\/prices\?q=%D1%8D%D0%BD%D1%82%D0%B5%D1%80%D0%BF%D1%80%D0%B0%D0%B9%D0%B7\+250&line=$/,
    );
    const found = rows(page);
    await expect(found.first()).toBeVisible();
    for (const title of await found.getByRole("rowheader").allTextContents()) {
      expect(title).toMatch(/Энтерпрайз/);
      expect(title).toMatch(/250/);
    }
    const count = await found.count();
    await expect(page.getByRole("status")).toContainText(`из 108`);
    await expect(page.getByRole("link", { name: "Скачать таблицу (CSV)" })).toHaveAttribute(
      "href",
      /^\/prices\/table\.csv\?q=/,
    );
    expect(count).toBeLessThan(108);
    await expectNoSidewaysScroll(page);

    await page.getByRole("searchbox", { name: "Название" }).fill("нет такого");
    await page.getByRole("button", { name: "Найти" }).click();
    await expect(page.getByText("Ничего не найдено")).toBeVisible();
    await page.getByRole("link", { name: "Показать все" }).click();
    await expect(rows(page)).toHaveCount(108);
  });
});

test("on a phone each item is a compact card: title, price, date, source @phone", async ({
  page,
}) => {
  await page.goto("/prices?q=Бизнес");
  const first = rows(page).first();
  await expect(first).toBeVisible();
  // A card is a few short lines (title, price and date, source), not a tall box.
  const height = await first.evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeLessThan(200);
  await expectNoSidewaysScroll(page);
});

test("on a wide screen the items are a table with column headers", async ({ page }) => {
  await page.goto("/prices?line=cms");
  const table = page.getByRole("table", { name: "Цены: «1С-Битрикс: Управление сайтом»" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Позиция",
    "Цена по прайс-листу, ₸",
    "Цена на дату",
    "Источник",
  ]);
  const height = await table
    .getByRole("row")
    .nth(1)
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeLessThan(60);
});

test("the table download → UTF-8 BOM, Russian titles, no «#» lines; ?columns=api → API names", async ({
  request,
}) => {
  const people = await request.get("/prices/table.csv");
  expect(people.status()).toBe(200);
  expect(people.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(people.headers()["x-price-list-as-of"]).toMatch(/^\d{4}-\d{2}-\d{2}/);
  expect(people.headers()["x-price-list-kind"]).toBe("example");
  const body = await people.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Позиция;Цена по прайс-листу, ₸;Цена на дату;Источник;Код позиции");
  expect(lines.filter((line) => line.startsWith("#"))).toEqual([]);
  expect(lines).toHaveLength(1 + 108);

  const api = await request.get("/prices/table.csv?columns=api&line=cms");
  const apiLines = (await api.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(apiLines[0]).toBe("id;title;price;source;asOf");
  expect(apiLines.slice(1).every((line) => line.startsWith("cms"))).toBe(true);

  // The API's CSV stays the loadable price-list format.
  const list = await (await request.get("/api/prices?format=csv")).text();
  expect(list.replace(/^\uFEFF/, "")).toMatch(/^# /);
  expect(list).toContain("id;title;price;source;asOf");
});
