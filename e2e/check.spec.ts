import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { formatTenge } from "@/rules";
import { batchResponseSchema } from "@/lib/api/response-schemas";
import { expectNoAxeViolations } from "./helpers/axe";

// /check «Проверка заказов»: the template filled with 50 orders of every product line, priced
// in the browser, checked against the API, filtered, downloaded and read back.

type Row = Record<string, string>;

const CLOUD_PLANS = ["basic", "standard", "professional", "enterprise"];
const BOX = [
  ["purchase", "Корпоративный портал", "50", "", "", ""],
  ["purchase", "shop_crm", "", "", "", ""],
  ["upgrade", "corporate_portal", "250", "shop_crm", "", "01.03.2025"],
  ["upgrade", "Энтерпрайз", "1000", "Корпоративный портал", "500", "2025-08-01"],
  ["renewal", "corporate_portal", "100", "", "", ""],
];
const CMS = [
  ["purchase", "business", "", ""],
  ["Покупка новой лицензии", "Малый бизнес", "", ""],
  ["upgrade", "business", "start", "10.02.2025"],
  ["Переход на старшую редакцию", "Бизнес", "Стандарт", "25.07.2025"],
  ["to_bitrix24", "", "business", "01.01.2025"],
];

/** 50 orders of a line, by template column title; some in, some out of the promotion. */
function orders(line: "cloud" | "box" | "cms"): Row[] {
  return Array.from({ length: 50 }, (_, i) => {
    const common: Row = {
      "Дата заказа": i % 10 === 9 ? "15.09.2025" : `${10 + (i % 20)}.08.2025 1${i % 10}:30`,
      "Кто покупает": ["ТОО / юрлицо", "sole_proprietor", "Физлицо"][i % 3]!,
      "Клиент из Казахстана": i % 13 === 5 ? "нет" : "да",
      "Для чего покупка": i % 11 === 3 ? "personal" : "Для бизнеса или некоммерческой деятельности",
    };
    if (line === "cloud") {
      return {
        ...common,
        Линейка: i % 2 ? "cloud" : "Облако Битрикс24",
        Тариф: CLOUD_PLANS[i % 4]!,
        Пользователей: i % 4 === 3 ? "500" : "",
        "Срок, месяцев": i % 5 === 4 ? "1" : "12 месяцев",
        "Покупал платную лицензию": i % 3 === 0 ? "да" : "нет",
        "Тариф на портале сейчас": i % 3 === 0 ? "basic" : "Бесплатный",
      };
    }
    if (line === "box") {
      const [operation, edition, users, from, fromUsers, bought] = BOX[i % BOX.length]!;
      return {
        ...common,
        Линейка: "Коробка Битрикс24",
        Операция: operation!,
        Редакция: edition!,
        Пользователей: users!,
        "Текущая редакция": from!,
        "Пользователей в текущей лицензии": fromUsers!,
        "Когда куплена текущая лицензия": bought!,
      };
    }
    const [operation, edition, from, bought] = CMS[i % CMS.length]!;
    return {
      ...common,
      Линейка: "1С-Битрикс: Управление сайтом",
      Операция: operation!,
      Редакция: edition!,
      "Текущая редакция": from!,
      "Когда куплена текущая лицензия": bought!,
    };
  });
}

/** The same order as an API request, to compare with the page. */
function asRequest(row: Row): object {
  const date = (text: string) => {
    const m = /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{2}):(\d{2}))?$/.exec(text);
    if (!m) return text;
    return `${m[3]}-${m[2]}-${m[1]}${m[4] ? `T${m[4]}:${m[5]}:00` : ""}`;
  };
  const value = (map: Record<string, string>, text: string) => map[text] ?? text;
  const editions: Record<string, string> = {
    "Корпоративный портал": "corporate_portal",
    Энтерпрайз: "enterprise",
    "Малый бизнес": "small_business",
    Бизнес: "business",
    Стандарт: "standard",
  };
  const line = value({ "Облако Битрикс24": "cloud", "Коробка Битрикс24": "box" }, row.Линейка!);
  const product: Record<string, unknown> = {
    line: line === "1С-Битрикс: Управление сайтом" ? "cms" : line,
  };
  if (product.line === "cloud") {
    product.plan = row.Тариф;
    if (row.Пользователей) product.users = Number(row.Пользователей);
    product.months = row["Срок, месяцев"] === "1" ? 1 : 12;
  } else {
    product.operation = value(
      { "Покупка новой лицензии": "purchase", "Переход на старшую редакцию": "upgrade" },
      row.Операция!,
    );
    if (row.Редакция) product.edition = value(editions, row.Редакция);
    if (row.Пользователей) product.users = Number(row.Пользователей);
    const from = row["Текущая редакция"] ? value(editions, row["Текущая редакция"]) : undefined;
    if (from && product.line === "box") {
      const users = row["Пользователей в текущей лицензии"];
      product.from = { edition: from, ...(users ? { users: Number(users) } : {}) };
    } else if (from) product.from = from;
    const bought = row["Когда куплена текущая лицензия"];
    if (bought) product.sourcePurchasedAt = date(bought);
  }
  return {
    orderedAt: date(row["Дата заказа"]!),
    customer: {
      kind: value({ "ТОО / юрлицо": "legal_entity", Физлицо: "individual" }, row["Кто покупает"]!),
      resident: row["Клиент из Казахстана"] === "да",
      purpose: row["Для чего покупка"] === "personal" ? "personal" : "business",
    },
    product,
    ...(product.line === "cloud"
      ? {
          history: {
            paidBefore: row["Покупал платную лицензию"] === "да",
            currentPlan: row["Тариф на портале сейчас"] === "basic" ? "basic" : "free",
          },
        }
      : {}),
  };
}

async function upload(page: Page, name: string, content: string | Buffer, mimeType = "text/csv") {
  await page
    .getByLabel("Файл CSV или XLSX")
    .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFileSync((await file.path())!);
}

test("the filled template: every row priced as the API prices it, filtered, downloaded", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const template = await request.get("/check/template.csv");
  expect(template.status()).toBe(200);
  const header = Papa.parse<string[]>((await template.text()).replace(/^\uFEFF/, ""), {
    delimiter: ";",
  }).data[0]!;
  expect(header).toContain("Дата заказа");

  const rows = [...orders("cloud"), ...orders("box"), ...orders("cms")];
  // A formula in a column the page does not read: kept, but never as a formula.
  header.push("Комментарий");
  rows[0]!.Комментарий = '=HYPERLINK("http://evil.example","жми")';
  const csv = Papa.unparse(
    { fields: header, data: rows.map((r) => header.map((h) => r[h] ?? "")) },
    {
      delimiter: ";",
    },
  );

  const api = batchResponseSchema.parse(
    await (await request.post("/api/quotes", { data: { requests: rows.map(asRequest) } })).json(),
  );
  expect(api.summary.invalid).toBe(0);
  expect(api.summary.eligible).toBeGreaterThan(20);
  expect(api.summary.notEligible).toBeGreaterThan(20);

  await page.goto("/check");
  await expect(page.getByRole("heading", { level: 1, name: "Проверка заказов" })).toBeVisible();
  await expect(page.getByText("Список не покидает ваш компьютер")).toBeVisible();
  await upload(page, "orders.csv", csv);
  await expect(page.getByText("Готово: проверено 150 строк.")).toBeVisible({ timeout: 30_000 });

  const summary = page.getByRole("region", { name: "Итоги" });
  for (const [term, value] of [
    ["Всего строк", 150],
    ["Подходят", api.summary.eligible],
    ["Не подходят", api.summary.notEligible],
    ["С ошибками", 0],
  ] as const) {
    await expect(summary.getByText(term, { exact: true }).locator("+ dd")).toHaveText(
      String(value),
    );
  }

  // Several rows' figures, as the API has them (row n of the file is item n − 2).
  const table = page.getByRole("table", { name: "Результат проверки по строкам файла" });
  for (const index of [0, 3, 17, 49]) {
    const result = api.results[index]!;
    if (result.status !== 200) throw new Error("priced above");
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: String(index + 2), exact: true }) });
    await expect(row.getByRole("cell").nth(2)).toHaveText(
      result.quote.eligible ? "Подходит" : "Не подходит",
    );
    await expect(row.getByRole("cell").nth(4)).toHaveText(formatTenge(result.quote.total));
    const link = row.getByRole("link", { name: /Открыть расчёт/ });
    await expect(link).toHaveAttribute("href", /^\/\?line=cloud&/);
  }

  await page.getByLabel("Показать").selectOption({ label: "Не подходят" });
  await expect(
    page.getByText(new RegExp(`^Показаны строки 1–\\d+ из ${api.summary.notEligible}$`)),
  ).toBeVisible();
  const codes = api.results.flatMap((r) =>
    r.status === 200 ? r.quote.reasons.map((x) => x.code) : [],
  );
  const outside = codes.filter((c) => c === "outside_period").length;
  await page.getByLabel("Показать").selectOption({ label: "Все строки" });
  await page
    .getByLabel("Причина отказа")
    .selectOption({ label: `заказ вне срока акции (${outside})` });
  await expect(page.getByText(new RegExp(`из ${outside}$`))).toBeVisible();
  await expectNoAxeViolations(page, "/check with results");

  const csvOut = (await download(page, "Скачать результат CSV")).toString("utf8");
  expect(csvOut.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<string[]>(csvOut.slice(1), {
    delimiter: ";",
    skipEmptyLines: true,
  }).data;
  const outHeader = parsed[0]!;
  expect(parsed).toHaveLength(151);
  const col = (title: string) => outHeader.indexOf(title);
  expect(parsed[1]![col("Комментарий")]).toBe(`'=HYPERLINK("http://evil.example","жми")`);
  for (const [i, result] of api.results.entries()) {
    if (result.status !== 200) continue;
    expect(parsed[i + 1]![col("Решение")]).toBe(result.quote.eligible ? "Подходит" : "Не подходит");
    expect(parsed[i + 1]![col("Цена по акции, ₸")]).toBe(String(result.quote.promoPrice));
  }

  const xlsx = await download(page, "Скачать результат XLSX");
  const sheet = await readSheet(xlsx);
  expect(sheet).toHaveLength(151);
  expect(sheet[0]).toEqual(outHeader);
  const first = api.results[1]!;
  if (first.status !== 200) throw new Error("priced above");
  expect(sheet[2]![col("Итого с бонусом, ₸")]).toBe(first.quote.total);
  expect(sheet[1]![col("Комментарий")]).toBe(`'=HYPERLINK("http://evil.example","жми")`);

  // The result workbook read back by the page: the same orders, the same decisions.
  await upload(
    page,
    "result.xlsx",
    xlsx,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  await expect(page.getByText("Готово: проверено 150 строк.")).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByText("Подходят", { exact: true }).locator("+ dd")).toHaveText(
    String(api.summary.eligible),
  );
  await expect(summary.getByText("С ошибками", { exact: true }).locator("+ dd")).toHaveText("0");
});

test("bad files and bad cells → clear Russian messages, the other rows still priced", async ({
  page,
}) => {
  await page.goto("/check");
  // A PNG renamed .csv.
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
  ]);
  await upload(page, "photo.csv", png);
  await expect(
    page.getByRole("alert").filter({ hasText: "Файл не похож на таблицу" }),
  ).toBeVisible();

  await upload(page, "three.csv", "Имя;Сумма;Дата\nАльфа;100;01.08.2025\n");
  await expect(
    page.getByText(
      "Укажите среди столбцов файла: «Кто покупает», «Клиент из Казахстана», «Для чего покупка», «Линейка» — без них строку не проверить.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Проверить 1 строку" })).toBeDisabled();

  const csv = [
    "orderedAt;customer.kind;customer.resident;customer.purpose;product.line;product.plan;product.months;history.paidBefore;history.currentPlan",
    "15.08.2025;legal_entity;да;business;cloud;standard;12;нет;free",
    "32.08.2025;госорган;может быть;business;cloud;gold;12;нет;free",
    "15.08.2025;legal_entity;да;business;cloud;standard;3;нет;free",
  ].join("\n");
  await upload(page, "mixed.csv", csv);
  // Values no name tells are listed before the check; it runs when asked, rows and all.
  await expect(page.getByText("«госорган» в столбце «customer.kind» — 1 строка")).toBeVisible();
  await page.getByRole("button", { name: "Проверить 3 строки" }).click();
  await expect(page.getByText("Готово: проверены 3 строки.")).toBeVisible();
  const errors = page.getByRole("region", { name: "Ошибки в данных" });
  await expect(errors).toContainText("2 строки с ошибками не посчитаны, остальные проверены.");
  await expect(errors).toContainText(
    "Строка 3, столбец «orderedAt»: дата «32.08.2025» не распознана: напишите её как 15.08.2025, 15.08.2025 10:30 или 2025-08-15",
  );
  await expect(errors).toContainText(
    "Строка 3, столбец «customer.kind»: значение «госорган» не распознано: выберите, что оно значит, в списке значений файла над таблицей",
  );
  await expect(errors).toContainText(
    "Строка 3, столбец «customer.resident»: значение «может быть» не распознано",
  );
  await expect(errors).toContainText(
    "Строка 3, столбец «product.plan»: значение «gold» не распознано",
  );
  await expect(errors).toContainText(
    "Строка 4, столбец «product.months»: значение «3» не распознано",
  );
  await expect(errors).not.toContainText("legal_entity");
  await expect(
    page
      .getByRole("region", { name: "Итоги" })
      .getByText("Подходят", { exact: true })
      .locator("+ dd"),
  ).toHaveText("1");
});

test("pasted rows from a spreadsheet (tab-separated) → priced in a worker, no CSP violation", async ({
  page,
}) => {
  // The workers start under the page's CSP (worker-src): no violation, no script error.
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  await page.goto("/check");
  const rows = [
    [
      "Дата заказа",
      "Кто покупает",
      "Клиент из Казахстана",
      "Для чего покупка",
      "Линейка",
      "Операция",
      "Редакция",
    ],
    [
      "15.08.2025 10:30",
      "ИП",
      "да",
      "Для бизнеса или некоммерческой деятельности",
      "1С-Битрикс: Управление сайтом",
      "Покупка новой лицензии",
      "Бизнес",
    ],
  ];
  await page
    .getByLabel("Или вставьте строки из таблицы вместе с заголовками")
    .fill(rows.map((r) => r.join("\t")).join("\n"));
  await page.getByRole("button", { name: "Проверить вставленные строки" }).click();
  await expect(page.getByText("Готово: проверена 1 строка.")).toBeVisible();
  await expect(page.getByRole("table").getByRole("cell", { name: "Подходит" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("without JavaScript → says pricing needs it, links the template and the API", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/check");
  await expect(
    page.getByText("Проверка считает строки в браузере, поэтому ей нужен JavaScript"),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Скачать шаблон CSV" })).toHaveAttribute(
    "href",
    "/check/template.csv",
  );
  await expect(page.getByRole("link", { name: "POST /api/quotes" })).toBeVisible();
  await context.close();
});

test("check page on a phone → cards, no sideways scrolling @phone", async ({ page }) => {
  await page.goto("/check");
  const csv = [
    "Дата заказа;Кто покупает;Клиент из Казахстана;Для чего покупка;Линейка;Тариф;Срок, месяцев;Покупал платную лицензию;Тариф на портале сейчас",
    "15.08.2025;ТОО / юрлицо;да;Для бизнеса или некоммерческой деятельности;Облако Битрикс24;Профессиональный;12;нет;Бесплатный",
  ].join("\n");
  await upload(page, "one.csv", csv);
  await expect(page.getByText("Готово: проверена 1 строка.")).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Результат проверки по строкам файла" }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page, "/check on a phone");
});

test("a long list → progress bar; «Отменить» stops the run", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/check");
  const header =
    "Дата заказа;Кто покупает;Клиент из Казахстана;Для чего покупка;Линейка;Тариф;Срок, месяцев;Покупал платную лицензию;Тариф на портале сейчас";
  const line = "15.08.2025;ТОО / юрлицо;да;business;cloud;standard;12;нет;free";
  await upload(page, "long.csv", `${header}\n${Array(100_000).fill(line).join("\n")}\n`);
  await expect(page.getByRole("progressbar")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^Проверено .+ из 100.000 строк$/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Отменить" }).click();
  await expect(
    page.getByText(/^Проверка отменена: проверено [\d\s ]+ из 100.000 строк\.$/),
  ).toBeVisible();
  await expect(page.getByRole("progressbar")).toBeHidden();
  await expect(page.getByText(/^Готово/)).toBeHidden();
});

test("headers the page does not know → chosen by hand, then priced", async ({ page }) => {
  await page.goto("/check");
  const csv = [
    "Когда;Кто;РК;Зачем;Что;План;Мес;Платил;Сейчас",
    "15.08.2025;ИП;да;business;cloud;professional;12;нет;free",
  ].join("\n");
  await upload(page, "own-titles.csv", csv);
  await expect(page.getByText(/Укажите среди столбцов файла: /)).toBeVisible();
  const choices: [string, string][] = [
    ["Когда", "Дата заказа"],
    ["Кто", "Кто покупает"],
    ["РК", "Клиент из Казахстана"],
    ["Зачем", "Для чего покупка"],
    ["Что", "Линейка"],
    ["План", "Тариф"],
    ["Мес", "Срок, месяцев"],
    ["Платил", "Покупал платную лицензию"],
    ["Сейчас", "Тариф на портале сейчас"],
  ];
  for (const [header, column] of choices) {
    await page.getByLabel(`Столбец «${header}»`).selectOption({ label: column });
  }
  await page.getByRole("button", { name: "Проверить 1 строку" }).click();
  await expect(page.getByText("Готово: проверена 1 строка.")).toBeVisible();
  await expect(page.getByRole("table").getByRole("cell", { name: "Подходит" })).toBeVisible();
  await expect(page.getByLabel("Столбец «План»")).toHaveValue("product.plan");
  await expectNoAxeViolations(page, "/check with the column list open");
});
