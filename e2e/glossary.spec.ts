import { expect, test } from "@playwright/test";
import { RETIRED_TERMS } from "@/lib/quote/glossary";
import { pdfText } from "@/test-support/pdf-text";

/*
 * One glossary everywhere (issue 20): no rendered page, print, PDF or API text uses a retired
 * variant («Цена по прайсу», «Цена без скидки», «По прайсу», «CoPilot»).
 */

const OFFER =
  "/offer?orderedAt=2025-08-15&sc=ТОО%20Партнёр&cn=ТОО%20Клиент&notes=1" +
  "&l=l.cloud*p.enterprise*u.250*m.12*b.1&l=l.cms*o.purchase*e.business";

const PAGES = [
  "/?line=cloud&plan=enterprise&users=250&months=12&boost=1&ordered=2025-08-15T10:30",
  "/offers?orderedAt=2025-08-15",
  OFFER,
  "/check",
  "/promo",
  "/promo?at=2025-08-15",
  "/promo?partner=1",
  "/prices",
];

function retiredIn(text: string): string[] {
  return RETIRED_TERMS.filter(([retired]) => text.includes(retired)).map(([r]) => r);
}

for (const url of PAGES) {
  test(`${url} → no retired term on screen or in print @phone`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    expect(retiredIn(await page.locator("body").innerText())).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(retiredIn(await page.locator("body").innerText())).toEqual([]);
  });
}

test("the list price is «Цена по прайс-листу» on the quote page, /offers and /promo", async ({
  page,
}) => {
  for (const url of [PAGES[0]!, PAGES[1]!, PAGES[5]!]) {
    await page.goto(url);
    await expect(page.getByText("Цена по прайс-листу").first()).toBeAttached();
  }
});

test("the offer's PDF and the API's texts → no retired term", async ({ request }) => {
  const pdf = await request.get(OFFER.replace("/offer?", "/offer/pdf?"));
  expect(pdf.status()).toBe(200);
  const text = await pdfText(new Uint8Array(await pdf.body()));
  expect(text).toContain("Copilot");
  expect(retiredIn(text)).toEqual([]);

  const quote = await request.post("/api/quote", {
    data: {
      orderedAt: "2025-08-15T10:30:00+05:00",
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      product: { line: "cloud", plan: "enterprise", users: 250, months: 12, copilotBoost: true },
      history: { paidBefore: false, currentPlan: "none" },
    },
  });
  const body = JSON.stringify(await quote.json());
  expect(body).toContain("Copilot");
  expect(retiredIn(body)).toEqual([]);
  const prices = JSON.stringify(await (await request.get("/api/prices")).json());
  expect(retiredIn(prices)).toEqual([]);
});
