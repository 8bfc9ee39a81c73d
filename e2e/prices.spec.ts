import { expect, test, type Page } from "@playwright/test";
import { formatTenge } from "@/rules";
import { pdfText } from "@/test-support/pdf-text";
import { expectNoAxeViolations } from "./helpers/axe";
import { startServer, waitUntilUp, type StartedServer } from "./helpers/start-server";

/*
 * Price lists (issue 9, price-list.md). The configured server runs without PRICE_LIST, so it
 * prices with the example list; a second server on OFFICIAL_PORT is started here from the same
 * build with the test list of e2e/fixtures (every example price + 7 ₸, so its figures can only
 * come from that file), and a third with a broken list must refuse to start.
 */

const OFFICIAL_PORT = 3111;
const BROKEN_PORT = 3112;
const OFFICIAL = `http://localhost:${OFFICIAL_PORT}`;
const OFFICIAL_LIST = "e2e/fixtures/official-price-list.csv";
const BROKEN_LIST = "e2e/fixtures/broken-price-list.csv";

const QUOTE = {
  orderedAt: "2025-08-15T10:30:00+05:00",
  customer: { kind: "legal_entity", resident: true, purpose: "business" },
  product: { line: "cloud", plan: "standard", months: 12 },
  history: { paidBefore: false, currentPlan: "none" },
};
const OFFERS = { orderedAt: QUOTE.orderedAt, customer: QUOTE.customer, history: QUOTE.history };
const OFFERS_PAGE = "/offers?orderedAt=2025-08-15";
const EXAMPLE_NOTE =
  /пример цены — не из прайс-листа Организатора; укажите цену по действующему прайс-листу/i;
const PRICE_FIELD = "Цена по прайс-листу, ₸";

const priceField = (page: Page) => page.getByLabel(PRICE_FIELD);
const resultPanel = (page: Page) => page.getByRole("region", { name: "Расчёт" });

test.describe("the shipped example list (no PRICE_LIST)", () => {
  test("quote page → the price field and the result say the price is an example", async ({
    page,
  }) => {
    await page.goto("/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00");
    await expect(priceField(page)).toHaveValue("335880");
    await expect(priceField(page)).toHaveAccessibleDescription(EXAMPLE_NOTE);
    await expect(resultPanel(page)).toContainText(formatTenge(335_880));
    await expect(resultPanel(page).getByText(/^Цена: пример цены/)).toHaveText(EXAMPLE_NOTE);
    await expect(page.locator("body")).not.toContainText(/справочн/i);
    await page.getByRole("link", { name: "Прайс-лист: все цены" }).click();
    await expect(page).toHaveURL(/\/prices$/);
  });

  test("/offers → every group of prices says they are examples; links to /prices", async ({
    page,
  }) => {
    await page.goto(OFFERS_PAGE);
    await expect(page.getByRole("table")).toHaveCount(3);
    // Each table's heading carries the note, so it is read with every group of prices.
    const headings = page.getByRole("heading", { level: 3 });
    await expect(headings).toHaveCount(3);
    await expect(
      headings.filter({ hasText: "Цены — примеры, не из прайс-листа Организатора" }),
    ).toHaveCount(3);
    await expect(page.locator("body")).not.toContainText(/справочн/i);
    await page.getByRole("link", { name: "Весь прайс-лист" }).click();
    await expect(page).toHaveURL(/\/prices$/);
  });

  test("/promo → the example prices are called examples", async ({ page }) => {
    await page.goto("/promo?at=2025-08-15");
    await expect(page.getByText("Цены — примеры, не из прайс-листа Организатора")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/справочн/i);
  });

  test("/prices → «пример цены» beside each of the 108 prices", async ({ page }) => {
    await page.goto("/prices");
    const items = page.getByRole("row").filter({ hasText: "Источник:" });
    await expect(items).toHaveCount(108);
    await expect(items.filter({ hasText: "пример цены" })).toHaveCount(108);
    await expect(page.getByText("пример — цены не из прайс-листа Организатора")).toBeVisible();
  });

  test("API → priceSource.kind example, GET /api/prices from the example", async ({ request }) => {
    const quote = await (await request.post("/api/quote", { data: QUOTE })).json();
    expect(quote.priceSource).toMatchObject({
      kind: "example",
      reference: true,
      catalogId: "kz-example-2025-07",
    });
    const typed = { ...QUOTE, product: { ...QUOTE.product, listPrice: 400_000 } };
    const manual = await (await request.post("/api/quote", { data: typed })).json();
    expect(manual.priceSource).toMatchObject({ kind: "manual", overridden: true });
    const prices = await (await request.get("/api/prices")).json();
    expect(prices).toMatchObject({ kind: "example", loadedFrom: "example" });
  });

  test("@phone /prices at 375 px → no horizontal overflow, the filter reachable", async ({
    page,
  }) => {
    await page.goto("/prices");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByLabel("Линейка")).toBeVisible();
    await expectNoAxeViolations(page, "/prices at 375 px");
  });
});

test.describe("a server started with PRICE_LIST (official list)", () => {
  let server: StartedServer;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = startServer(OFFICIAL_PORT, { PRICE_LIST: OFFICIAL_LIST });
    await waitUntilUp(server, 60_000);
  });
  test.afterAll(() => server.stop());

  test("quote page → the file's price, its date and page, never «пример»", async ({ page }) => {
    await page.goto(`${OFFICIAL}/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00`);
    await expect(priceField(page)).toHaveValue("335887");
    await expect(priceField(page)).toHaveAccessibleDescription(
      /Цена по прайс-листу от 01\.08\.2025, bitrix24\.kz\/prices\./,
    );
    // 35% off 335 887 ₸ is 218 326,55 ₸: half up to 218 327 ₸.
    await expect(resultPanel(page)).toContainText(formatTenge(218_327));
    await expect(resultPanel(page)).toContainText(
      "Цена: цена по прайс-листу от 01.08.2025, https://www.bitrix24.kz/prices/.",
    );
    await expect(page.locator("main")).not.toContainText(/пример/i);
  });

  test("offer → «в т.ч. НДС 12%», the list's title, no «пример»; the PDF says the same", async ({
    page,
    request,
  }) => {
    await page.goto(
      `${OFFICIAL}/offer?orderedAt=2025-08-15&currentPlan=none&sc=ТОО «П»&cn=ТОО «К»&l=l.cloud*p.standard*m.12`,
    );
    const offer = page.getByRole("article");
    await expect(offer).toContainText("в т.ч. НДС 12% — 23 392,18 ₸.");
    await expect(offer).toContainText("Прайс-лист: Прайс-лист партнёра от 01.08.2025.");
    await expect(offer).toContainText(formatTenge(218_327));
    await expect(offer).not.toContainText(/пример/i);
    const body = {
      seller: { company: "ТОО «П»" },
      client: { name: "ТОО «К»" },
      ...OFFERS,
      lines: [{ product: QUOTE.product, quantity: 1 }],
    };
    const json = await (await request.post(`${OFFICIAL}/api/offer`, { data: body })).json();
    expect(json.vatIncluded).toBe(true);
    expect(json.priceSource.kind).toBe("official");
    const pdf = await request.post(`${OFFICIAL}/api/offer.pdf`, { data: body });
    const text = await pdfText(new Uint8Array(await pdf.body()));
    expect(text).toMatch(/в т\.\s?ч\.\s?НДС 12%/);
    expect(text).not.toMatch(/пример/i);
  });

  test("/offers → the file's prices in the table", async ({ page }) => {
    await page.goto(`${OFFICIAL}${OFFERS_PAGE}`);
    const standard = page
      .getByRole("table", { name: "Облачный «Битрикс24»" })
      .getByRole("row", { name: "«Стандартный» Оплата на 12 месяцев" })
      .getByRole("cell");
    await expect(standard.nth(3)).toHaveText(formatTenge(335_887));
    await expect(standard.nth(4)).toHaveText(formatTenge(218_327));
    await expect(
      page
        .getByText("Цены — по прайс-листу «Прайс-лист партнёра от 01.08.2025» от 01.08.2025.")
        .first(),
    ).toBeVisible();
    await expect(page.locator("main")).not.toContainText(/пример/i);
  });

  test("/prices → title, kind, date, VAT, the prices; filter by line without JavaScript", async ({
    browser,
    page: scripted,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${OFFICIAL}/prices`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Прайс-лист: Прайс-лист партнёра от 01.08.2025",
    );
    await expect(page.getByText("прайс-лист, загруженный оператором калькулятора")).toBeVisible();
    await expect(page.getByText("Цены с НДС.")).toBeVisible();
    const items = page.getByRole("row").filter({ hasText: "Источник:" });
    await expect(items).toHaveCount(108);
    await expect(items.filter({ hasText: "Битрикс24 «Стандартный», 12 месяцев" })).toContainText(
      formatTenge(335_887),
    );
    await expect(page.locator("main")).not.toContainText(/пример/i);

    await page.getByLabel("Линейка").selectOption("box");
    await page.getByRole("button", { name: "Найти" }).click();
    await expect(page).toHaveURL(/\/prices\?q=&line=box$/);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Коробочный «Битрикс24»"]);
    await expect(items).toHaveCount(56);

    const csv = page.getByRole("link", { name: "Скачать таблицу (CSV)" });
    await expect(csv).toHaveAttribute("href", "/prices/table.csv?line=box");
    await expect(
      page.getByRole("link", { name: "Весь прайс-лист в формате для загрузки (CSV)" }),
    ).toHaveAttribute("href", "/api/prices?format=csv");
    await context.close();
    // axe runs as a script: in a page with JavaScript.
    await scripted.goto(`${OFFICIAL}/prices?line=box`);
    await expectNoAxeViolations(scripted, "/prices?line=box");
  });

  test("API → the file's prices with kind official; /api/prices CSV and 304", async ({
    request,
  }) => {
    const quote = await (await request.post(`${OFFICIAL}/api/quote`, { data: QUOTE })).json();
    expect(quote.listPrice).toBe(335_887);
    expect(quote.priceSource).toMatchObject({
      kind: "official",
      reference: false,
      catalogId: "kz-test-official-2025-08-01",
      asOf: "2025-08-01",
    });

    const rows = await (await request.post(`${OFFICIAL}/api/offers`, { data: OFFERS })).json();
    expect(rows).toHaveLength(107);
    for (const row of rows) expect(row.priceSource.kind).toBe("official");
    const standard = rows.find(
      (r: { priceSource: { itemId: string } }) => r.priceSource.itemId === "cloud/standard/12",
    );
    expect(standard.listPrice).toBe(335_887);

    const response = await request.get(`${OFFICIAL}/api/prices`);
    const prices = await response.json();
    expect(prices).toMatchObject({ kind: "official", loadedFrom: "file", vatIncluded: true });
    expect(prices.items).toHaveLength(108);
    const etag = response.headers()["etag"]!;
    const again = await request.get(`${OFFICIAL}/api/prices`, {
      headers: { "If-None-Match": etag },
    });
    expect(again.status()).toBe(304);

    const csv = await request.get(`${OFFICIAL}/api/prices`, { headers: { Accept: "text/csv" } });
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain(
      "cloud/standard/12;Битрикс24 «Стандартный», 12 месяцев;335887;",
    );
    expect((await request.post(`${OFFICIAL}/api/prices`)).status()).toBe(405);
  });
});

test("a server started with a broken list → exits non-zero and prints every problem", async () => {
  test.setTimeout(90_000);
  const server = startServer(BROKEN_PORT, { PRICE_LIST: BROKEN_LIST });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 60_000)));
  const code = await Promise.race([server.exited, timeout]);
  clearTimeout(timer);
  if (code === null) await server.stop();
  expect(code).not.toBeNull();
  expect(code).not.toBe(0);
  const output = server.output();
  expect(output).toContain(`Прайс-лист ${BROKEN_LIST} не загружен, ошибок: 4.`);
  // Checked before the server listens: it never says it is ready.
  expect(output).not.toContain("Ready");
  for (const line of [
    "строка 5, # currency: валюта только KZT (тенге)",
    "строка 8, price: цена «1 000,50»",
    "строка 9, id: неизвестный id «cloud/gold/12»",
    "строка 11, id: повтор id «cms/start» (впервые: строка 10)",
  ]) {
    expect(output).toContain(line);
  }
  await expect(fetch(`http://localhost:${BROKEN_PORT}/api/health`)).rejects.toThrow();
});
