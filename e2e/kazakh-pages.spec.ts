import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { RUSSIAN_ONLY_WORDS } from "@/test-support/kazakh";
import { expectNoAxeViolations } from "./helpers/axe";
import { expectNoSidewaysScroll } from "./helpers/phone";

/*
 * The public pages in Kazakh (issue 21): /kk/promo and /kk/prices answer in the state language,
 * point to their Russian versions and back (hreflang, the «Қазақша | Русский» switch), and leave
 * no Russian sentence on screen.
 */

const VERSIONS = [
  { ru: "/promo", kk: "/kk/promo" },
  { ru: "/prices", kk: "/kk/prices" },
] as const;

/** The promotion's three states as the Kazakh page shows them through `?at=`. */
const STATES = [
  { at: "2025-07-20", heading: "Акция 28 шілдеде басталады", text: "басталғанға дейін 8 күн" },
  { at: "2025-08-15", heading: "Акция жүріп жатыр", text: "аяқталғанға дейін 17 күн қалды" },
  {
    at: "2025-09-05",
    heading: "Акция 2025 жылғы 31 тамызда аяқталды",
    text: "2025 жылғы 28 шілдеден 31 тамызды қоса алғанға дейін",
  },
] as const;

/**
 * Russian words that never occur in Kazakh: the shared list plus service words and the
 * promotion's own words the issue names. Whole words, any case.
 */
const RUSSIAN_WORDS = new Set([
  ...RUSSIAN_ONLY_WORDS,
  ...["для", "или", "скидка", "скидки", "действует", "при", "цена", "цены"],
  ...["на", "по", "и", "с", "от", "до", "в", "из", "без", "месяц", "месяца"],
]);

/**
 * The page's visible text (what a reader sees and a screen reader reads: `innerText` of the
 * body), with names in «…» left out: trade names stay as written («1С-Битрикс: Управление
 * сайтом», «Лето с выгодой»), nested ones too (««1С-Битрикс Казахстан» ЖШС»).
 */
async function visibleTextWithoutNames(page: Page): Promise<string> {
  let text = await page.locator("body").innerText();
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(/«[^«»]*»/gu, " ");
  }
  return text;
}

function russianWordsOn(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words.filter((word) => RUSSIAN_WORDS.has(word)))];
}

for (const { ru, kk } of VERSIONS) {
  test(`${kk} → 200, lang="kk", hreflang to both versions; ${ru} points back`, async ({ page }) => {
    for (const [path, lang] of [
      [kk, "kk"],
      [ru, "ru"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const alternates = await page
        .locator("link[rel=alternate][hreflang]")
        .evaluateAll((links) =>
          links.map((link) => [
            link.getAttribute("hreflang"),
            new URL((link as HTMLLinkElement).href).pathname,
          ]),
        );
      expect(alternates, path).toEqual([
        ["ru", ru],
        ["kk", kk],
        ["x-default", ru],
      ]);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
        "content",
        lang === "kk" ? "kk_KZ" : "ru_RU",
      );
    }
  });
}

test("the switch goes Русский → Қазақша → Русский and keeps ?at=", async ({ page }) => {
  await page.goto("/promo?at=2025-07-20");
  const ruSwitch = page.getByRole("navigation", { name: "Язык" });
  await expect(ruSwitch.getByRole("link", { name: "Русский" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const toKazakh = ruSwitch.getByRole("link", { name: "Қазақша" });
  await expect(toKazakh).toHaveAttribute("lang", "kk");
  await toKazakh.click();
  await expect(page).toHaveURL(/\/kk\/promo\?at=2025-07-20$/);
  await expect(page.getByRole("heading", { level: 2, name: STATES[0].heading })).toBeVisible();

  const kkSwitch = page.getByRole("navigation", { name: "Тіл" });
  await expect(kkSwitch.getByRole("link", { name: "Қазақша" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const toRussian = kkSwitch.getByRole("link", { name: "Русский" });
  await expect(toRussian).toHaveAttribute("lang", "ru");
  await toRussian.click();
  await expect(page).toHaveURL(/\/promo\?at=2025-07-20$/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Акция начнётся 28 июля" }),
  ).toBeVisible();
  // The word check below is not blind: on the Russian page it finds Russian words.
  expect(russianWordsOn(await visibleTextWithoutNames(page))).toEqual(
    expect.arrayContaining(["на", "по", "до", "для", "и"]),
  );
});

test("/prices ↔ /kk/prices: the switch keeps the line and the search", async ({ page }) => {
  await page.goto("/prices?line=cms&q=Бизнес");
  await page
    .getByRole("navigation", { name: "Язык" })
    .getByRole("link", { name: "Қазақша" })
    .click();
  await expect(page).toHaveURL(/\/kk\/prices\?line=cms&q=/);
  await expect(page.getByLabel("Атауы")).toHaveValue("Бизнес");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "«1С-Битрикс: Управление сайтом»",
  ]);
  await page
    .getByRole("navigation", { name: "Тіл" })
    .getByRole("link", { name: "Русский" })
    .click();
  await expect(page).toHaveURL(/\/prices\?line=cms&q=/);
  await expect(page.getByLabel("Название")).toHaveValue("Бизнес");
});

for (const { at, heading, text } of STATES) {
  test(`/kk/promo?at=${at} → «${heading}», the preview bar in Kazakh, no Russian word`, async ({
    page,
  }) => {
    await page.goto(`/kk/promo?at=${at}`);
    await expect(page).toHaveTitle("«Лето с выгодой» акциясы — 1С-Битрикс Казахстан");
    await expect(page.getByRole("heading", { level: 1, name: "«Лето с выгодой»" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(text);
    await expect(page.getByRole("region", { name: "Алдын ала қарау" })).toContainText(
      "Алдын ала қарау: бет Астана уақыты бойынша",
    );
    // The Kazakh page is public: its header links the two Kazakh pages, no partner tools.
    const nav = page.getByRole("navigation", { name: "Бөлімдер" });
    await expect(nav.getByRole("link")).toHaveText(["Акция беті", "Прайс-парақ"]);
    await expect(page.getByRole("link", { name: "Для партнёров" })).toHaveCount(0);
    expect(russianWordsOn(await visibleTextWithoutNames(page))).toEqual([]);
  });
}

test("/kk/promo → rewards with the same prices and clauses as /promo, in Kazakh", async ({
  page,
}) => {
  await page.goto("/kk/promo?at=2025-08-15");
  const rewards = page.getByRole("table", {
    name: "Акция бойынша жеңілдіктер және баға мысалдары",
  });
  await expect(rewards.getByRole("row")).toHaveCount(1 + 9);
  const cms = rewards.getByRole("row", { name: /^«1С-Битрикс: Управление сайтом» лицензиясын/ });
  await expect(cms.getByRole("cell").nth(1)).toHaveText("20%");
  await expect(cms.getByRole("cell").nth(3)).toHaveText("389 900 ₸");
  await expect(cms.getByRole("cell").nth(4)).toHaveText("311 920 ₸");
  await expect(cms.getByRole("cell").nth(5)).toHaveText("4.1.1-тармақ");
  await expect(page.getByRole("heading", { name: "Буст Copilot үшін бонус" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("576 000 ₸ көлемінде бонус");
  await expect(page.getByRole("button", { name: "Сілтемені көшіру" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Басып шығару" })).toBeVisible();
  const contact = page.getByRole("region", { name: "Акция бойынша сұрақтар" });
  await expect(contact.getByRole("link", { name: "Ұйымдастырушыға жазу" })).toHaveAttribute(
    "href",
    /^mailto:sales@1c-bitrix\.kz\?subject=/,
  );
});

test("/kk/prices → Kazakh labels, VAT note, the example mark, trade names as written, no Russian word", async ({
  page,
}) => {
  await page.goto("/kk/prices");
  await expect(page).toHaveTitle(/^Калькулятордың прайс-парағы/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Прайс-парақ мысалы");
  const main = page.getByRole("main");
  await expect(main).toContainText("ҚҚС");
  await expect(main).toContainText(/Бағалар ҚҚС-(пен|сыз)\.|ҚҚС кіретіні-кірмейтіні/);
  await expect(main.getByText("баға мысалы").first()).toBeVisible();
  const cloud = page.getByRole("table", { name: "Бағалар: Бұлттық «Битрикс24»" });
  await expect(
    cloud.getByRole("rowheader", { name: "Битрикс24 «Энтерпрайз» (250 пайдаланушы), 12 ай" }),
  ).toBeVisible();
  await expect(main.getByRole("link", { name: "Кестені жүктеп алу (CSV)" })).toHaveAttribute(
    "href",
    "/prices/table.csv?lang=kk",
  );
  expect(russianWordsOn(await visibleTextWithoutNames(page))).toEqual([]);
  // Nothing found: the message is Kazakh too.
  await page.goto("/kk/prices?q=жоқ-позиция");
  await expect(main).toContainText("Ештеңе табылмады");
  expect(russianWordsOn(await visibleTextWithoutNames(page))).toEqual([]);
});

test("/prices/table.csv?lang=kk → Kazakh column titles and item titles; /api/prices CSV unchanged", async ({
  request,
}) => {
  const response = await request.get("/prices/table.csv?lang=kk&line=cloud&q=250");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  const text = await response.text();
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
  expect(rows[0]).toEqual([
    "Өнімнің атауы",
    "Прайс-парақ бойынша баға, ₸",
    "Баға күні",
    "Дереккөз",
    "Өнім коды",
  ]);
  expect(rows.length).toBeGreaterThan(1);
  for (const row of rows.slice(1)) expect(row[0]).toMatch(/250 пайдаланушы/);

  const russian = await (await request.get("/prices/table.csv")).text();
  expect(russian.split("\r\n")[0]).toBe(
    "\uFEFFПозиция;Цена по прайс-листу, ₸;Цена на дату;Источник;Код позиции",
  );
  const api = await (await request.get("/api/prices?format=csv")).text();
  expect(await (await request.get("/api/prices?format=csv&lang=kk")).text()).toBe(api);
});

test("/kk/promo and /kk/prices → no axe violations in each state", async ({ page }) => {
  test.slow(); // four full axe runs
  for (const path of [...STATES.map(({ at }) => `/kk/promo?at=${at}`), "/kk/prices"]) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
});

test.describe("at 375 px", () => {
  for (const path of ["/kk/promo?at=2025-08-15", "/kk/promo", "/kk/prices"]) {
    test(`${path} → nothing scrolls sideways, the switch is reachable @phone`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(
        page.getByRole("navigation", { name: "Тіл" }).getByRole("link", { name: "Русский" }),
      ).toBeInViewport();
      await expectNoSidewaysScroll(page);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/kk/promo: the preview form and the way out stay on the Kazakh page @phone", async ({
    page,
  }) => {
    await page.goto("/kk/promo?at=2025-08-15");
    await page.getByLabel("Күні (Астана уақыты)").fill("2025-07-21");
    await page.getByRole("button", { name: "Көрсету" }).click();
    await expect(page).toHaveURL(/\/kk\/promo\?at=2025-07-21$/);
    await expect(page.getByRole("main")).toContainText("Акция басталғанға дейін 7 күн қалды.");
    await page.getByRole("link", { name: "Алдын ала қараудан шығу" }).click();
    await expect(page).toHaveURL(/\/kk\/promo$/);
    await expect(page.getByRole("region", { name: "Алдын ала қарау" })).toHaveCount(0);
    await page.getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/promo$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });

  test("/kk/prices: search by the Kazakh title and line, the download keeps them @phone", async ({
    page,
  }) => {
    await page.goto("/kk/prices");
    await page.getByLabel("Атауы").fill("Энтерпрайз 250 пайдаланушы");
    await page.getByLabel("Өнім желісі").selectOption({ label: "Бұлттық «Битрикс24»" });
    await page.getByRole("button", { name: "Іздеу" }).click();
    await expect(page).toHaveURL(/\/kk\/prices\?q=%D0%AD/);
    await expect(page.getByRole("rowheader")).toHaveText([
      "Битрикс24 «Энтерпрайз» (250 пайдаланушы), 1 ай",
      "Битрикс24 «Энтерпрайз» (250 пайдаланушы), 12 ай",
    ]);
    await expect(page.getByRole("link", { name: "Кестені жүктеп алу (CSV)" })).toHaveAttribute(
      "href",
      /^\/prices\/table\.csv\?lang=kk&line=cloud&q=%D0%AD/,
    );
    await page.getByRole("link", { name: "Барлығын көрсету" }).click();
    await expect(page).toHaveURL(/\/kk\/prices$/);
  });
});
