import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { PROPOSAL_EXAMPLE } from "@/test-support/api-test-helpers";
import { SAMPLE_QUOTE_BODIES } from "@/scripts/quote-requests";
import { rawRequest } from "./helpers/raw-http";

// Issue 16: no ordinary-looking request stalls the server or grows a page without bound.
// Sizes are asserted in bytes and order of answers, never in time.
test.describe.configure({ mode: "serial" });

const BASE = "orderedAt=2025-08-15&sc=П&cn=К";
const TOKEN = "l=l.box*o.purchase*e.corporate_portal*u.100";
const withLines = (n: number, extra = "") => `/offer?${BASE}${`&${TOKEN}`.repeat(n)}${extra}`;

async function pageBytes(baseURL: string, path: string) {
  const response = await fetch(new URL(path, baseURL));
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
}

test.describe("/offer: bounded by its 30 lines", () => {
  test("the page grows linearly: the 30th line costs what the 2nd does", async ({ baseURL }) => {
    const one = (await pageBytes(baseURL!, withLines(1))).bytes;
    const ten = (await pageBytes(baseURL!, withLines(10))).bytes;
    const thirty = (await pageBytes(baseURL!, withLines(30))).bytes;
    const early = (ten - one) / 9;
    const late = (thirty - ten) / 20;
    // Links carrying the whole offer per line made the late lines cost several times more.
    expect(late).toBeLessThan(early * 1.3);
  });

  test("2 000 unreadable tokens (an 8 KB URL) → the normal page and one message", async ({
    page,
    baseURL,
  }) => {
    const normal = (await pageBytes(baseURL!, withLines(1))).bytes;
    const junk = withLines(1, "&l=z".repeat(2000));
    expect(junk.length).toBeGreaterThan(8000);
    // On to the address without the junk (relative), which the page is of normal size.
    const first = await rawRequest(baseURL!, "GET", junk);
    expect([303, 307]).toContain(first.status);
    expect(first.headers.location).toMatch(/^\/offer\?[^l]*.*&dropped=0\.2000$/);
    // The redirect's own body is Next's (a small constant), never the junk again.
    expect(first.body.length).toBeLessThan(normal);
    const { status, bytes } = await pageBytes(baseURL!, junk);
    expect(status).toBe(200);
    expect(bytes).toBeLessThan(normal * 1.1);
    await page.goto(junk);
    await expect(page.getByText(/позиций в адресе не прочитаны и пропущены/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 4 })).toHaveCount(1);
  });

  test("300 valid lines → 30 of them and one message, the size of a 30-line page", async ({
    page,
    baseURL,
  }) => {
    const thirty = (await pageBytes(baseURL!, withLines(30))).bytes;
    const { status, bytes } = await pageBytes(baseURL!, withLines(300));
    expect(status).toBe(200);
    expect(bytes).toBeLessThan(thirty * 1.2);
    await page.goto(withLines(300));
    await expect(
      page.getByText("В КП не больше 30 позиций: 270 лишних позиций не добавлено."),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 4 })).toHaveCount(30);
  });

  test("a 1 MB junk query → a small answer, never a page of its size", async ({ baseURL }) => {
    const normal = (await pageBytes(baseURL!, withLines(1))).bytes;
    const { status, bytes } = await pageBytes(baseURL!, withLines(1, `&x=${"z".repeat(1 << 20)}`));
    // Node refuses request heads over 16 KB (431) before any code runs.
    expect([200, 414, 431]).toContain(status);
    expect(bytes).toBeLessThan(normal * 1.5);
  });

  test("«Удалить» and «Выше» are buttons of the form, without JavaScript too", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(`/offer?${BASE}&l=l.cms*o.purchase*e.start&${TOKEN}`);
    // Enter in a field updates the offer: it never presses a line's «Выше» or «Удалить».
    await page.getByLabel("Компания", { exact: true }).press("Enter");
    await expect(page.getByRole("heading", { level: 4 })).toHaveCount(2);
    await page.getByRole("button", { name: /^Выше: .*Корпоративный портал/ }).click();
    await expect(page).toHaveURL(/\/offer\?.*l=l\.box.*l=l\.cms.*#offer-line-0-heading$/);
    await page.getByRole("button", { name: /^Удалить: .*Старт/ }).click();
    await expect(page.getByRole("heading", { level: 4 })).toHaveCount(1);
    await context.close();
  });
});

test.describe("HTTP as HTTP is read", () => {
  test("the 303 of /offer/pdf is relative, whatever Host the client sent", async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, "GET", `/offer/pdf?orderedAt=2025-08-15&${TOKEN}`, {
      Host: "calc.example.kz",
      "X-Forwarded-Host": "public.example.kz",
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`/offer?orderedAt=2025-08-15&${TOKEN}`);
  });

  for (const path of [
    "/",
    "/offer",
    "/offers",
    "/check",
    "/prices",
    "/promo",
    "/kk/prices",
    "/kk/promo",
    "/prices/table.csv?lang=kk",
    "/api/health",
    "/api/prices",
    "/api/openapi.json",
    "/check/template.csv",
  ]) {
    test(`HEAD ${path} → the GET status and type, no body`, async ({ baseURL }) => {
      const get = await rawRequest(baseURL!, "GET", path);
      const head = await rawRequest(baseURL!, "HEAD", path);
      expect(head.status).toBe(200);
      expect(head.status).toBe(get.status);
      expect(head.headers["content-type"]).toBe(get.headers["content-type"]);
      expect(head.body).toBe("");
    });
  }

  for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
    test(`${method} on a page → 405 with Allow: GET, HEAD`, async ({ baseURL }) => {
      for (const path of ["/", "/offer", "/check/template.csv", "/kk/promo", "/kk/prices"]) {
        const response = await rawRequest(baseURL!, method, path);
        expect(response.status, path).toBe(405);
        expect(response.headers.allow, path).toBe("GET, HEAD");
      }
    });
  }

  test("GET /api/prices: Accept by q-values, CSV with a BOM, 406 for nothing it gives", async ({
    request,
  }) => {
    const csv = await request.get("/api/prices", {
      headers: { accept: "application/json;q=0.5, text/csv;q=0.9" },
    });
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await request.get("/api/prices", {
      headers: { accept: "text/csv, application/json" },
    });
    expect(json.headers()["content-type"]).toMatch(/^application\/json/);
    const refused = await request.get("/api/prices", { headers: { accept: "image/png" } });
    expect(refused.status()).toBe(406);
    expect((await refused.json()).error.code).toBe("not_acceptable");
  });
});

test.describe("the offer's texts", () => {
  for (const path of ["/api/offer", "/api/offer.pdf"]) {
    test(`${path}: a lone surrogate in the number → 422 naming number`, async ({ request }) => {
      const response = await request.post(path, {
        headers: { "content-type": "application/json" },
        data: `{"number":"KP\\ud800x",${JSON.stringify(PROPOSAL_EXAMPLE).slice(1)}`,
      });
      expect(response.status()).toBe(422);
      const { error } = await response.json();
      expect(error.issues.map((i: { path: string }) => i.path)).toContain("number");
    });

    test(`${path}: a name of zero-width characters → «required» on client.name`, async ({
      request,
    }) => {
      const response = await request.post(path, {
        data: { ...PROPOSAL_EXAMPLE, client: { name: "\u200b".repeat(200) } },
      });
      expect(response.status()).toBe(422);
      const { error } = await response.json();
      expect(error.issues).toContainEqual(
        expect.objectContaining({ path: "client.name", message: "Клиент: обязательное поле" }),
      );
    });
  }
});

test.describe("heavy requests do not hold the others", () => {
  test("/api/health answers while 20 PDFs of 30 lines are being rendered", async ({ baseURL }) => {
    const body = JSON.stringify({
      ...PROPOSAL_EXAMPLE,
      lines: Array.from({ length: 30 }, (_, i) => PROPOSAL_EXAMPLE.lines[i % 3]),
    });
    let finished = 0;
    const pdfs = Array.from({ length: 20 }, () =>
      fetch(new URL("/api/offer.pdf", baseURL), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      }).then(async (r) => {
        await r.arrayBuffer();
        finished += 1;
        return r.status;
      }),
    );
    // Once the first PDF is out, every request has reached the server.
    await Promise.race(pdfs);
    const health = await fetch(new URL("/api/health", baseURL));
    expect(health.status).toBe(200);
    const finishedAtHealth = finished;
    const statuses = await Promise.all(pdfs);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    // Rendered on the request loop, health waited behind nearly every PDF.
    expect(finishedAtHealth).toBeLessThan(15);
  });

  test("an NDJSON stream written one line per write is answered in slices", async ({ baseURL }) => {
    const lines = 2000;
    const texts = SAMPLE_QUOTE_BODIES.map((b) => JSON.stringify(b));
    const result = await new Promise<{ answered: number; chunks: number }>((resolve, reject) => {
      const req = httpRequest(new URL("/api/quotes", baseURL), {
        method: "POST",
        headers: { "content-type": "application/x-ndjson" },
      });
      req.on("response", (res) => {
        let answered = 0;
        let chunks = 0;
        res.on("data", (data: Buffer) => {
          chunks += 1;
          for (const byte of data) if (byte === 0x0a) answered += 1;
        });
        res.on("end", () => resolve({ answered, chunks }));
      });
      req.on("error", reject);
      let sent = 0;
      const pump = () => {
        while (sent < lines) {
          const ok = req.write(`${texts[sent % texts.length]}\n`);
          sent += 1;
          if (!ok) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
    expect(result.answered).toBe(lines);
    // One answer chunk per line was the cost of one-line writes; slices gather them.
    expect(result.chunks).toBeLessThan(lines / 4);
  });
});
