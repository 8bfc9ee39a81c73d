import { expect, test, type Page } from "@playwright/test";
import { expectNoSidewaysScroll } from "./helpers/phone";

/*
 * The quote page prices in a Web Worker (components/quote/use-quote-engine.ts): the engine, the
 * request schema and decimal.js never load on the main thread; the first view is the server's;
 * closed parts («Почему такая цена?», the printed calculation) render on demand; without
 * JavaScript (or without a worker) the GET form prices. On a phone (375 px).
 */

const LINK = "/?line=cloud&plan=standard&months=12&ordered=2025-08-15T12:00";
const result = (page: Page) => page.getByRole("region", { name: "Расчёт" });
const summary = (page: Page) => result(page).getByRole("status");
const checks = (page: Page) => result(page).getByRole("group", { name: "Почему такая цена?" });

// Strings only the engine's code carries: decimal.js's error prefix, zod's error class and a
// reason code of the engine's checks (the contract's, so it keeps its name).
const ENGINE_MARKERS = ["[DecimalError]", "ZodError", "source_too_recent"];

/** The scripts the document itself loaded (its <script> tags and Resource Timing; a worker's are its own). */
const mainThreadScripts = (page: Page) =>
  page.evaluate(() => {
    const urls = [
      ...[...document.scripts].map((s) => s.src),
      ...performance.getEntriesByType("resource").map((e) => e.name),
    ];
    return [...new Set(urls.filter((u) => u !== "" && new URL(u).pathname.endsWith(".js")))];
  });

test("the result follows input from a Web Worker; the engine never loads on the main thread @phone", async ({
  page,
}) => {
  const scripts = new Set<string>();
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.endsWith(".js")) scripts.add(r.url());
  });
  const worker = page.waitForEvent("worker");
  await page.goto(LINK);
  // The server's first view: 335 880 − 35% = 218 322 ₸.
  await expect(summary(page)).toContainText("218 322 ₸");
  await worker;

  await page.getByRole("radio", { name: "1 месяц" }).check();
  await expect(summary(page)).toContainText("Скидка по акции не положена");
  await page.getByRole("radio", { name: "12 месяцев" }).check();
  await expect(summary(page)).toContainText("218 322 ₸");
  // Typed digit by digit: the field keeps every keystroke, the result follows the last one.
  const price = page.getByLabel("Цена по прайс-листу, ₸", { exact: true });
  await price.fill("");
  await price.pressSequentially("100000");
  await expect(price).toHaveValue("100000");
  // 100 000 − 35% = 65 000 ₸.
  await expect(summary(page)).toContainText("65 000 ₸");
  await expect(page).toHaveURL(/price=100000/);
  await expectNoSidewaysScroll(page);

  const main = await mainThreadScripts(page);
  expect(main.length).toBeGreaterThan(0);
  const text = async (url: string) => (await page.request.get(url)).text();
  for (const url of main) {
    const body = await text(url);
    for (const marker of ENGINE_MARKERS) expect(body, `${marker} in ${url}`).not.toContain(marker);
  }
  // The markers are real: the worker's own scripts carry every one of them.
  const workerOnly = [...scripts].filter((url) => !main.includes(url.split("#")[0]!));
  const workerCode = (await Promise.all(workerOnly.map(text))).join("\n");
  for (const marker of ENGINE_MARKERS) expect(workerCode).toContain(marker);
});

test("closed «Почему такая цена?» and the printed calculation are rendered on demand @phone", async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(summary(page)).toContainText("218 322 ₸");
  // Closed: no list in the DOM (the noscript copy is text while scripts run).
  await expect(checks(page).locator("li")).toHaveCount(0);
  await checks(page).getByText("Почему такая цена?").click();
  await expect(
    checks(page).getByRole("listitem").filter({ hasText: "Срок акции: выполнено" }),
  ).toContainText("п. 2.1, 5.2");

  // The printed calculation exists only while printing, and follows the form.
  await expect(page.getByRole("article")).toHaveCount(0);
  await page.getByRole("radio", { name: "1 месяц" }).check();
  await expect(summary(page)).toContainText("Скидка по акции не положена");
  await page.emulateMedia({ media: "print" });
  const printed = page.getByRole("article", { name: "Расчёт стоимости без скидки по акции" });
  await expect(printed).toBeVisible();
  await expect(printed).toContainText("Почему скидка не применяется");
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("article")).toHaveCount(0);
});

test("no Web Worker in the browser → «Рассчитать» returns and the GET form prices @phone", async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new Error("no workers here");
      }
    } as unknown as typeof Worker;
  });
  await page.goto(LINK);
  const send = page.getByRole("button", { name: "Рассчитать" });
  await expect(send).toBeVisible();
  await page.getByRole("radio", { name: "1 месяц" }).check();
  await send.click();
  await expect(page).toHaveURL(/months=1(&|$)/);
  await expect(summary(page)).toContainText("Скидка по акции не положена");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every part works: «Рассчитать» sends the form, «Почему такая цена?» opens, the page prints @phone", async ({
    page,
  }) => {
    await page.goto(LINK);
    await expect(summary(page)).toContainText("218 322 ₸");
    await page.getByRole("radio", { name: "1 месяц" }).check();
    await page.getByRole("button", { name: "Рассчитать" }).click();
    await expect(page).toHaveURL(/months=1(&|$)/);
    await expect(summary(page)).toContainText("Скидка по акции не положена");

    await checks(page).getByText("Почему такая цена?").click();
    await expect(
      checks(page).getByRole("listitem").filter({ hasText: "Срок лицензии: не выполнено" }),
    ).toBeVisible();
    await expectNoSidewaysScroll(page);

    await page.emulateMedia({ media: "print" });
    const printed = page.getByRole("article", { name: "Расчёт стоимости без скидки по акции" });
    await expect(printed).toBeVisible();
    await expect(printed).toContainText("Почему скидка не применяется");
  });
});
