import { describe, expect, it } from "vitest";
import * as quoteRoute from "@/app/api/quote/route";
import * as quotesRoute from "@/app/api/quotes/route";
import * as offersRoute from "@/app/api/offers/route";
import { KAZAKH_LETTERS, russianWordsIn } from "@/test-support/kazakh";
import {
  CONTRACT_EXAMPLE,
  errorBody,
  jsonRequest,
  OVERVIEW_EXAMPLE,
} from "@/test-support/api-test-helpers";
import { requestLanguage } from "./language";

const request = (headers: Record<string, string> = {}, query = "") =>
  new Request(`http://localhost/api/quote${query}`, { method: "POST", headers });

describe("requestLanguage", () => {
  it.each<{ label: string; headers: Record<string, string>; query: string; expected: string }>([
    { label: "nothing said → ru", headers: {}, query: "", expected: "ru" },
    { label: "kk", headers: { "accept-language": "kk" }, query: "", expected: "kk" },
    { label: "kk-KZ", headers: { "accept-language": "kk-KZ" }, query: "", expected: "kk" },
    {
      label: "kk rated higher",
      headers: { "accept-language": "ru;q=0.5, kk;q=0.9" },
      query: "",
      expected: "kk",
    },
    {
      label: "ru rated higher",
      headers: { "accept-language": "kk;q=0.5, ru" },
      query: "",
      expected: "ru",
    },
    {
      label: "a tie → the first",
      headers: { "accept-language": "kk, ru" },
      query: "",
      expected: "kk",
    },
    {
      label: "another language → ru",
      headers: { "accept-language": "en, de" },
      query: "",
      expected: "ru",
    },
    {
      label: "kk refused (q=0)",
      headers: { "accept-language": "kk;q=0" },
      query: "",
      expected: "ru",
    },
    { label: "?lang=kk", headers: {}, query: "?lang=kk", expected: "kk" },
    {
      label: "?lang=ru over the header",
      headers: { "accept-language": "kk" },
      query: "?lang=ru",
      expected: "ru",
    },
    {
      label: "?lang=en → the header",
      headers: { "accept-language": "kk" },
      query: "?lang=en",
      expected: "kk",
    },
    {
      label: "a broken header → ru",
      headers: { "accept-language": ";;,=q" },
      query: "",
      expected: "ru",
    },
  ])("$label", ({ headers, query, expected }) => {
    expect(requestLanguage(request(headers, query))).toBe(expected);
  });
});

const KK = { headers: { "accept-language": "kk" } };

function expectKazakh(text: string) {
  expect(text).toMatch(KAZAKH_LETTERS);
  expect(russianWordsIn(text), text).toEqual([]);
}

describe("POST /api/quote in Kazakh", () => {
  it("the same answer as in Russian, its texts Kazakh, Content-Language: kk", async () => {
    const ru = await quoteRoute.POST(jsonRequest("/api/quote", CONTRACT_EXAMPLE));
    const kk = await quoteRoute.POST(jsonRequest("/api/quote", CONTRACT_EXAMPLE, KK));
    expect(ru.headers.get("content-language")).toBe("ru");
    expect(kk.headers.get("content-language")).toBe("kk");
    const [a, b] = [await ru.json(), await kk.json()];
    for (const key of Object.keys(a)) {
      if (["summary", "reasons", "warnings", "notes", "checks"].includes(key)) continue;
      expect(b[key], key).toEqual(a[key]);
    }
    for (const key of ["reasons", "warnings", "notes", "checks"] as const) {
      expect(b[key].map((x: { code?: string; clause: string }) => [x.code, x.clause])).toEqual(
        a[key].map((x: { code?: string; clause: string }) => [x.code, x.clause]),
      );
    }
    expectKazakh(b.summary);
    for (const note of b.notes) expectKazakh(note.text);
  });

  it("?lang=kk works as the header does", async () => {
    const kk = await quoteRoute.POST(jsonRequest("/api/quote?lang=kk", CONTRACT_EXAMPLE));
    expect(kk.headers.get("content-language")).toBe("kk");
    expectKazakh((await kk.json()).summary);
  });

  it("errors in Kazakh: the same code and status, a Kazakh message", async () => {
    const notJson = await quoteRoute.POST(jsonRequest("/api/quote", "{", KK));
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get("content-language")).toBe("kk");
    const body = await errorBody(notJson);
    expect(body.error.code).toBe("invalid_json");
    expect(body.error.message).toBe("Сұрау денесі UTF-8 кодтауындағы дұрыс JSON емес.");

    const media = await quoteRoute.POST(
      jsonRequest("/api/quote", CONTRACT_EXAMPLE, { ...KK, contentType: "text/plain" }),
    );
    expect(media.status).toBe(415);
    expectKazakh((await errorBody(media)).error.message);

    const invalid = await quoteRoute.POST(
      jsonRequest("/api/quote", { ...CONTRACT_EXAMPLE, orderedAt: undefined }, KK),
    );
    expect(invalid.status).toBe(422);
    const issues = (await errorBody(invalid)).error;
    expectKazakh(issues.message);
    expect(issues.issues.map((i) => i.path)).toContain("orderedAt");
    expect(issues.issues.find((i) => i.path === "orderedAt")?.message).toBe(
      "Тапсырыс күні: міндетті өріс",
    );

    const get = quoteRoute.GET(new Request("http://localhost/api/quote?lang=kk"));
    expect(get.status).toBe(405);
    expect((await errorBody(get)).error.message).toBe(
      "GET әдісіне қолдау көрсетілмейді: POST әдісін пайдаланыңыз.",
    );
  });
});

describe("the other POST endpoints in Kazakh", () => {
  it("POST /api/quotes: every item's quote and error in Kazakh", async () => {
    const response = await quotesRoute.POST(
      jsonRequest("/api/quotes", { requests: [CONTRACT_EXAMPLE, { orderedAt: "x" }] }, KK),
    );
    expect(response.headers.get("content-language")).toBe("kk");
    const { results } = await response.json();
    expectKazakh(results[0].quote.summary);
    expect(results[1].status).toBe(422);
    expectKazakh(results[1].error.message);
  });

  it("POST /api/quotes: an empty list → 422 in Kazakh", async () => {
    const response = await quotesRoute.POST(jsonRequest("/api/quotes", { requests: [] }, KK));
    expect(response.status).toBe(422);
    expect((await errorBody(response)).error.message).toBe(
      "requests тізімі бос: 1-ден 10 000-ға дейін сұрау жіберіңіз.",
    );
  });

  it("POST /api/offers: each row's summary in Kazakh", async () => {
    const response = await offersRoute.POST(jsonRequest("/api/offers", OVERVIEW_EXAMPLE, KK));
    expect(response.headers.get("content-language")).toBe("kk");
    const rows = (await response.json()) as { summary: string }[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expectKazakh(row.summary);
  });
});
