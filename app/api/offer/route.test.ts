import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as proposalRoute from "@/app/api/offer/route";
import * as pdfRoute from "@/app/api/offer.pdf/route";
import * as quoteRoute from "@/app/api/quote/route";
import * as pageRoute from "@/app/offer/pdf/route";
import { API_ERROR_STATUS, UNEXPECTED_ERROR_MESSAGE } from "@/lib/api/errors";
import {
  errorBodySchema,
  proposalResponseSchema,
  quoteResponseSchema,
} from "@/lib/api/response-schemas";
import { formatTenge } from "@/rules";
import {
  errorBody,
  jsonRequest,
  PROPOSAL_BAD_INPUTS,
  PROPOSAL_EXAMPLE,
} from "@/test-support/api-test-helpers";
import { mutatedProposalBody } from "@/test-support/fuzz/mutations";
import { validProposalBody } from "@/test-support/fuzz/valid-bodies";
import { pdfText } from "@/test-support/pdf-text";

const postJson = (body: unknown, init?: Parameters<typeof jsonRequest>[2]) =>
  proposalRoute.POST(jsonRequest("/api/offer", body, init));
const postPdf = (body: unknown, init?: Parameters<typeof jsonRequest>[2]) =>
  pdfRoute.POST(jsonRequest("/api/offer.pdf", body, init));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("POST /api/offer", () => {
  it("the example → 200, every line the /api/quote answer × quantity, totals the sums", async () => {
    const response = await postJson(PROPOSAL_EXAMPLE);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const offer = proposalResponseSchema.parse(await response.json());
    expect(offer.validUntil).toBe("2025-08-31T23:59:59+05:00");
    expect(offer.issuedAt).toBe("2025-08-15");
    expect(offer.number).toMatch(/^КП-0815-[0-9A-Z]{6}$/);
    expect(offer.seller).toEqual(PROPOSAL_EXAMPLE.seller);
    expect(offer.client).toEqual(PROPOSAL_EXAMPLE.client);
    expect(offer.vatIncluded).toBeNull();
    expect(offer.priceSource.kind).toBe("example");
    for (const [i, l] of offer.lines.entries()) {
      const { lines, seller, client, ...facts } = PROPOSAL_EXAMPLE;
      void seller;
      void client;
      const single = await quoteRoute.POST(
        jsonRequest("/api/quote", { ...facts, product: lines[i]!.product }),
      );
      expect(l.quote).toEqual(quoteResponseSchema.parse(await single.json()));
      expect(l.lineTotal).toBe(l.quote.total * l.quantity);
    }
    expect(offer.lines[2]!.quote.eligible).toBe(false);
    expect(offer.lines[2]!.quote.reasons.length).toBeGreaterThan(0);
  });

  it("the same body twice → the same number; a given number is kept", async () => {
    const a = proposalResponseSchema.parse(await (await postJson(PROPOSAL_EXAMPLE)).json());
    const b = proposalResponseSchema.parse(await (await postJson(PROPOSAL_EXAMPLE)).json());
    expect(a.number).toBe(b.number);
    const c = proposalResponseSchema.parse(
      await (await postJson({ ...PROPOSAL_EXAMPLE, number: "КП-0815-01" })).json(),
    );
    expect(c.number).toBe("КП-0815-01");
  });

  it.each(PROPOSAL_BAD_INPUTS)("$label → 422 naming $path", async ({ change, path }) => {
    for (const post of [postJson, postPdf]) {
      const response = await post({ ...PROPOSAL_EXAMPLE, ...change });
      expect(response.status).toBe(422);
      const { error } = await errorBody(response);
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((i) => i.path)).toContain(path);
    }
  });

  it.each([
    { label: "not JSON", body: "{", init: {}, status: 400 },
    { label: "an array", body: "[]", init: {}, status: 400 },
    {
      label: "text/plain",
      body: JSON.stringify(PROPOSAL_EXAMPLE),
      init: { contentType: "text/plain" },
      status: 415,
    },
    { label: "over 64 KiB", body: " ".repeat(70_000), init: {}, status: 413 },
  ])("$label → $status, the contract's error body", async ({ body, init, status }) => {
    for (const post of [postJson, postPdf]) {
      const response = await post(body, init);
      expect(response.status).toBe(status);
      expect(API_ERROR_STATUS[(await errorBody(response)).error.code]).toBe(status);
    }
  });

  it.each(["GET", "PUT", "DELETE"] as const)("%s → 405 with Allow: POST", async (method) => {
    for (const route of [proposalRoute, pdfRoute]) {
      const response = route[method](new Request("http://localhost/api/offer", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
    }
  });
});

describe("text hygiene, the same for both offer endpoints", { timeout: 30_000 }, () => {
  it("invisible characters removed and texts trimmed before the number and the names", async () => {
    const body = {
      ...PROPOSAL_EXAMPLE,
      number: " \u202eКП\u200b-1 ",
      client: { name: "\u2066ТОО «Клиент»\u2069\ufeff" },
    };
    const offer = proposalResponseSchema.parse(await (await postJson(body)).json());
    expect(offer.number).toBe("КП-1");
    expect(offer.client.name).toBe("ТОО «Клиент»");
    const pdf = await postPdf(body);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toBe(
      `attachment; filename="KP-1.pdf"; filename*=UTF-8''${encodeURIComponent("КП-1.pdf")}`,
    );
  });

  it("a number with / and \\ → a file name without path separators", async () => {
    const pdf = await postPdf({ ...PROPOSAL_EXAMPLE, number: "КП/2025\\1" });
    expect(pdf.status).toBe(200);
    const star = pdf.headers.get("content-disposition")!.split("UTF-8''")[1]!;
    expect(decodeURIComponent(star)).toBe("КП_2025_1.pdf");
  });

  it("a character DejaVu Sans lacks → printed as «�», the rest as typed", async () => {
    const pdf = await postPdf({ ...PROPOSAL_EXAMPLE, client: { name: "ТОО 漢字 «Клиент»" } });
    expect(pdf.status).toBe(200);
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain("ТОО \ufffd\ufffd «Клиент»");
  });

  it("a 200-character word → wrapped inside the PDF, every character printed", async () => {
    const word = "Ж".repeat(200);
    const pdf = await postPdf({ ...PROPOSAL_EXAMPLE, client: { name: word } });
    expect(pdf.status).toBe(200);
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, "");
    expect(text).toContain(word);
  });
});

describe("POST /api/offer.pdf", { timeout: 30_000 }, () => {
  it("→ an A4 PDF whose text has the number, both names, every line and the total", async () => {
    const offer = proposalResponseSchema.parse(await (await postJson(PROPOSAL_EXAMPLE)).json());
    const response = await postPdf(PROPOSAL_EXAMPLE);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(
      /^attachment; filename="KP-0815-[0-9A-Z]{6}\.pdf"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`${offer.number}.pdf`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    // A4 in points, 595.28 × 841.89.
    expect(new TextDecoder("latin1").decode(bytes)).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = await pdfText(bytes);
    const norm = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");
    for (const expected of [
      `Коммерческое предложение № ${offer.number}`,
      PROPOSAL_EXAMPLE.seller.company,
      PROPOSAL_EXAMPLE.client.name,
      "Корпоративный портал",
      "Управление сайтом",
      "Энтерпрайз",
      `Итого к оплате ${formatTenge(offer.totals.total)}`,
      "Предложение действительно при оформлении и оплате заказа до 31.08.2025 23:59",
      "цены — пример",
      "стр. 1 из 1",
    ]) {
      expect(text).toContain(norm(expected));
    }
    for (const l of offer.lines) expect(text).toContain(norm(formatTenge(l.lineTotal)));
  });

  it("markup in a name → printed as the same text", async () => {
    const name = '<script>alert("x")</script> & <b>ТОО</b>';
    const response = await postPdf({ ...PROPOSAL_EXAMPLE, client: { name } });
    expect(response.status).toBe(200);
    expect(await pdfText(new Uint8Array(await response.arrayBuffer()))).toContain(name);
  });

  it("30 lines → several pages, each numbered", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => PROPOSAL_EXAMPLE.lines[i % 3]!);
    const response = await postPdf({ ...PROPOSAL_EXAMPLE, lines });
    expect(response.status).toBe(200);
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toMatch(/стр. 2 из [2-9]/);
  });

  it("only ineligible lines → not titled «Коммерческое предложение», says why", async () => {
    const response = await postPdf({ ...PROPOSAL_EXAMPLE, lines: [PROPOSAL_EXAMPLE.lines[2]!] });
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).not.toContain("Коммерческое предложение");
    expect(text).toContain("Ни одна позиция не подходит под условия акции");
  });
});

describe("GET /offer/pdf (the page's «Скачать PDF» link)", () => {
  const query = "orderedAt=2025-08-15&l=l.cms*o.purchase*e.business&q0=2&sc=ТОО «П»&cn=ТОО «К»";

  it("a complete offer → the same PDF as POST /api/offer.pdf", async () => {
    const response = await pageRoute.GET(new Request(`http://localhost/offer/pdf?${query}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    const body = {
      seller: { company: "ТОО «П»" },
      client: { name: "ТОО «К»" },
      orderedAt: "2025-08-15",
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      history: { paidBefore: false, currentPlan: "none" },
      lines: [
        { product: { line: "cms", operation: "purchase", edition: "business" }, quantity: 2 },
      ],
    };
    const api = await postPdf(body);
    expect(text).toBe(await pdfText(new Uint8Array(await api.arrayBuffer())));
  });

  it("an offer with errors → back to its page (303)", async () => {
    const response = await pageRoute.GET(
      new Request("http://localhost/offer/pdf?orderedAt=2025-08-15&l=l.cms*o.purchase*e.start"),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      "/offer?orderedAt=2025-08-15&l=l.cms*o.purchase*e.start",
    );
  });
});

describe("offer fuzz, in process", () => {
  it("valid offer bodies → always 200 and consistent", async () => {
    await fc.assert(
      fc.asyncProperty(validProposalBody, async (body) => {
        const response = await postJson(body);
        const json: unknown = await response.json();
        expect(response.status, JSON.stringify(json).slice(0, 500)).toBe(200);
        expect(proposalResponseSchema.safeParse(json).error?.issues ?? []).toEqual([]);
      }),
      { seed: 4, numRuns: 200 },
    );
  }, 60_000);

  it("mutated offer bodies → never the safety net, always the contract", async () => {
    const log = vi.spyOn(console, "error");
    await fc.assert(
      fc.asyncProperty(mutatedProposalBody, async (body) => {
        const response = await postJson(body);
        const json: unknown = await response.json();
        if (response.status === 200) return;
        const { error } = errorBodySchema.parse(json);
        expect(API_ERROR_STATUS[error.code]).toBe(response.status);
        expect(error.message).not.toBe(UNEXPECTED_ERROR_MESSAGE);
      }),
      { seed: 5, numRuns: 300 },
    );
    expect(log).not.toHaveBeenCalled();
  }, 60_000);

  it("valid offer bodies → a PDF every time", async () => {
    const log = vi.spyOn(console, "error");
    for (const body of fc.sample(validProposalBody, { seed: 6, numRuns: 15 })) {
      const response = await postPdf(body);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
    }
    expect(log).not.toHaveBeenCalled();
  }, 60_000);
});
