import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync, strFromU8 } from "fflate";
import { readSheet } from "read-excel-file/node";
import writeXlsxFile from "write-excel-file/node";
import { formatTenge } from "@/rules";

// /check with exports as sales managers have them: a CRM's own headers and values with the
// product in one cell, the template's headers with the form's labels, and a workbook with real
// date cells and numbers. Decisions and prices are compared with the API's for the same order.

// The machine may be busy (several builds at once): reading and pricing get time to finish.
test.describe.configure({ timeout: 120_000 });
expect.configure({ timeout: 30_000 });

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));

async function upload(page: Page, name: string, buffer: Buffer, mimeType = "text/csv") {
  await page.getByLabel("Файл CSV или XLSX").setInputFiles({ name, mimeType, buffer });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFileSync((await file.path())!);
}

/** The API's answer for an order, to compare a row of the page with. */
async function apiQuote(page: Page, request: object) {
  const response = await page.request.post("/api/quote", { data: request });
  expect(response.status()).toBe(200);
  return (await response.json()) as { eligible: boolean; total: number; listPrice: number };
}

const row = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });
const business = { kind: "legal_entity", resident: true, purpose: "business" };
const noPortal = { paidBefore: false, currentPlan: "none" };

test("a CRM export: columns and values matched without re-reading, remembered after a reload", async ({
  page,
}) => {
  await page.goto("/check");
  await upload(page, "crm.csv", fixture("check-crm.csv"));
  const panel = page.getByRole("heading", { name: /Столбцы файла: распознано/ });
  await expect(panel).toBeVisible();
  // CRM names suggested, with the column's first values for a preview.
  await expect(page.getByLabel("Столбец «Тип клиента»")).toHaveValue("customer.kind");
  await expect(page.getByLabel("Столбец «Продукт»")).toHaveValue("product.name");
  await expect(page.getByLabel("Столбец «Сумма»")).toHaveValue("product.listPrice");
  await expect(
    page.getByText("Первые значения: «Битрикс24 Профессиональный 12 мес»"),
  ).toBeVisible();
  // One unknown value holds the run back, listed with its row count.
  await expect(page.getByText("«Госорган» в столбце «Тип клиента» — 1 строка")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Итоги" })).toHaveCount(0);

  // Each choice changes the mapping in place: the panel never goes away.
  await page.getByLabel("Столбец «Резидент РК»").selectOption("");
  await expect(panel).toBeVisible();
  await expect(
    page.getByText("Укажите среди столбцов файла: «Клиент из Казахстана»"),
  ).toBeVisible();
  await page.getByLabel("Столбец «Резидент РК»").selectOption("customer.resident");
  await expect(panel).toBeVisible();
  await page.getByLabel("«Госорган» (1 строка)").selectOption({ label: "Юридическое лицо" });
  await expect(panel).toBeVisible();
  await expect(page.getByText("«Госорган» в столбце")).toHaveCount(0);
  // What no name can tell stays listed; the check still runs, and says so on the row.
  await expect(
    page.getByText("«Подарочный сертификат» в столбце «Продукт» — 1 строка"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Проверить 8 строк" }).click();
  await expect(page.getByText(/Готово/)).toBeVisible();
  await expect(panel).toBeVisible();

  // The order № and the client are shown; decisions and prices are the API's.
  await expect(page.getByRole("columnheader", { name: "№ сделки" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Клиент" })).toBeVisible();
  const cloud = await apiQuote(page, {
    orderedAt: "2025-08-15T10:30:00",
    customer: business,
    product: { line: "cloud", plan: "professional", months: 12 },
    history: noPortal,
  });
  expect(cloud.eligible).toBe(true);
  await expect(row(page, "D-101")).toContainText("Подходит");
  await expect(row(page, "D-101")).toContainText(formatTenge(cloud.total));
  const school = await apiQuote(page, {
    orderedAt: "2025-08-19",
    customer: business,
    product: { line: "cloud", plan: "standard", months: 12 },
    history: noPortal,
  });
  await expect(row(page, "D-105")).toContainText(formatTenge(school.total));
  await expect(row(page, "D-103")).toContainText("Не подходит");
  await expect(row(page, "D-106")).toContainText("Не подходит");
  const renewal = await apiQuote(page, {
    orderedAt: "2025-08-21",
    customer: business,
    product: {
      line: "box",
      operation: "renewal",
      edition: "corporate_portal",
      users: 50,
      listPrice: 1200000,
    },
  });
  await expect(row(page, "D-107")).toContainText(formatTenge(renewal.listPrice));
  await expect(row(page, "D-104")).toContainText("Ошибка в данных");
  await expect(
    page.getByText(/Строка 5, столбец «Продукт»: продукт «Подарочный сертификат» не распознан/),
  ).toBeVisible();

  // The result file: the export's columns in place, the check's after them, no name twice.
  const csv = (await download(page, "Скачать результат CSV")).toString("utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const header = csv.slice(1, csv.indexOf("\r\n")).split(";");
  expect(header.slice(0, 10)).toEqual(
    "№ сделки;Клиент;Дата создания;Тип клиента;Резидент РК;Цель;Продукт;Сумма;Тип сделки;Текущий тариф".split(
      ";",
    ),
  );
  expect(header.slice(10, 12)).toEqual(["Решение", "Основание"]);
  expect(new Set(header).size).toBe(header.length);

  // The same headers next time: the columns and values chosen are remembered.
  await page.reload();
  await upload(page, "crm.csv", fixture("check-crm.csv"));
  await expect(page.getByText(/Сопоставление взято из прошлого раза/)).toBeVisible();
  await expect(page.getByLabel("«Госорган» (1 строка)")).toHaveValue('"legal_entity"');
  await expect(page.getByLabel("Столбец «Резидент РК»")).toHaveValue("customer.resident");
  await page.getByRole("button", { name: "Проверить 8 строк" }).click();
  await expect(page.getByText(/Готово/)).toBeVisible();
  await expect(row(page, "D-105")).toContainText(formatTenge(school.total));
});

test("the template's headers with the form's labels: checked at once, messages in the page's words", async ({
  page,
}) => {
  await page.goto("/check");
  await upload(page, "labels.csv", fixture("check-template-labels.csv"));
  await expect(page.getByText(/Готово/)).toBeVisible();
  const cloud = await apiQuote(page, {
    orderedAt: "2025-08-15T10:30:00",
    customer: business,
    product: { line: "cloud", plan: "professional", months: 12 },
    history: noPortal,
  });
  const first = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "2", exact: true }) });
  await expect(first).toContainText(formatTenge(cloud.total));
  const errors = page
    .getByRole("region", { name: "Ошибки в данных" })
    .or(page.locator("section", { has: page.getByRole("heading", { name: "Ошибки в данных" }) }));
  await expect(errors).toContainText(
    "Строка 5, столбец «Цена по прайс-листу»: в сумме «1 200 000,50» есть тиыны: укажите целую сумму в тенге",
  );
  // An empty «Тариф на портале сейчас» is «Без портала», as on the quote form.
  await expect(errors).not.toContainText("Тариф на портале сейчас");
});

test("an XLSX with real date cells and numbers: no time shift; the result workbook", async ({
  page,
}) => {
  const header = [
    "Номер заказа",
    "Дата заказа",
    "Кто покупает",
    "Клиент из Казахстана",
    "Для чего покупка",
    "Продукт",
    "Цена, тг",
  ];
  const rows = [
    [new Date(Date.UTC(2025, 7, 31, 23, 30)), "Битрикс24 Профессиональный 12 мес", null],
    [new Date(Date.UTC(2025, 8, 2, 10, 0)), "Битрикс24 Профессиональный 12 мес", null],
    [new Date(Date.UTC(2025, 7, 15, 10, 0)), "Б24 Стандартный, 12 мес", 900000],
  ];
  const data = [
    header.map((value) => ({ value })),
    ...rows.map(([date, product, price], i) => [
      { value: `Z-${i + 1}` },
      { value: date as Date, type: Date, format: "dd.mm.yyyy hh:mm" },
      { value: "ТОО" },
      { value: "да" },
      { value: "бизнес" },
      { value: product as string },
      price === null ? null : { value: price as number, type: Number },
    ]),
  ];
  const workbook = (await writeXlsxFile(data as never).toBuffer()) as Buffer;
  await page.goto("/check");
  await upload(
    page,
    "orders.xlsx",
    workbook,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  await expect(page.getByText(/Готово/)).toBeVisible();
  // 31.08.2025 23:30 in Astana is the promotion's last day; 02.09.2025 10:00 is after it.
  await expect(row(page, "Z-1")).toContainText("Подходит");
  await expect(row(page, "Z-2")).toContainText("Не подходит");
  const typed = await apiQuote(page, {
    orderedAt: "2025-08-15T10:00:00",
    customer: business,
    product: { line: "cloud", plan: "standard", months: 12, listPrice: 900000 },
    history: noPortal,
  });
  await expect(row(page, "Z-3")).toContainText(formatTenge(typed.total));
  const link = row(page, "Z-2").getByRole("link", { name: /Открыть расчёт/ });
  await expect(link).toHaveAttribute("href", /02\.09\.2025%2010%3A00|2025-09-02T10%3A00|10%3A00/);

  const result = await download(page, "Скачать результат XLSX");
  const files = unzipSync(new Uint8Array(result));
  expect(strFromU8(files["xl/workbook.xml"]!)).toContain('name="Проверка"');
  const sheetXml = strFromU8(files["xl/worksheets/sheet1.xml"]!);
  expect(sheetXml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
  expect(sheetXml).toMatch(/<autoFilter ref="A1:[A-Z]+4"/);
  const back = await readSheet(result);
  expect(back[0]!.slice(0, header.length)).toEqual(header);
  expect(back[1]![1]).toBeInstanceOf(Date);
  expect((back[1]![1] as unknown as Date).toISOString().slice(0, 16)).toBe("2025-08-31T23:30");
  expect(back[3]![6]).toBe(900000);
  expect(back[0]).toContain("Цена по акции, ₸");
});

test("matching on a phone, by keyboard @phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/check");
  await upload(page, "crm.csv", fixture("check-crm.csv"));
  const select = page.getByLabel("«Госорган» (1 строка)");
  await select.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByText("«Госорган» в столбце")).toHaveCount(0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await page.getByRole("button", { name: "Проверить 8 строк" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Готово/)).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Результат проверки по строкам файла" }),
  ).toContainText("D-101");
});
