import { describe, expect, it } from "vitest";
import { allProducts, type QuoteRequest } from "@/rules";
import { readProposalForm } from "./proposal-form";
import {
  defaultFacts,
  moveLine,
  proposalDraftFromParams,
  proposalSearchParams,
  productFromToken,
  productToken,
  type ProposalDraft,
} from "./proposal-url";

const TODAY = "2025-08-15";
const DEFAULTS = defaultFacts(TODAY);

const draft = (lines: ProposalDraft["lines"], parties: Partial<ProposalDraft["parties"]> = {}) =>
  proposalDraftFromParams(
    proposalSearchParams({
      ...proposalDraftFromParams(new URLSearchParams(), DEFAULTS),
      lines,
      parties: { ...proposalDraftFromParams(new URLSearchParams(), DEFAULTS).parties, ...parties },
    }),
    DEFAULTS,
  );

describe("line tokens", () => {
  it("every catalog product → a token → the same product", () => {
    for (const product of allProducts("2025-03-01")) {
      const token = productToken(product);
      expect(token).toMatch(/^[A-Za-z0-9*._:-]+$/);
      expect(productFromToken(token)).toEqual(product);
    }
  });

  it.each([
    {
      label: "cloud with boost, prices and franchisee",
      product: {
        line: "cloud",
        plan: "enterprise",
        users: 1000,
        months: 12,
        copilotBoost: true,
        copilotBoostListPrice: 900_000,
        listPrice: 1_000_000,
        franchisee: true,
      },
    },
    {
      label: "box upgrade with tiers",
      product: {
        line: "box",
        operation: "upgrade",
        edition: "enterprise",
        users: 1000,
        from: { edition: "corporate_portal", users: 500 },
        sourcePurchasedAt: "2025-03-01T10:00:00+05:00",
      },
    },
  ])("$label → round trip", ({ product }) => {
    expect(productFromToken(productToken(product as QuoteRequest["product"]))).toEqual(product);
  });

  it("an unknown key is dropped, a bad number is left for the schema", () => {
    expect(productFromToken("l.cloud*zz.1*m.x")).toEqual({ line: "cloud", months: "x" });
  });
});

describe("offer query", () => {
  const lines = allProducts()
    .filter((p) => p.line === "box")
    .slice(0, 10)
    .map((product, i) => ({ product, quantity: i + 1 }));
  const parties = {
    sellerCompany: "ТОО «Партнёр»",
    sellerBin: "123456789013",
    sellerPerson: "Иван Петров",
    sellerPhone: "+7 700 000 00 00",
    sellerEmail: "sales@partner.kz",
    clientName: "ТОО «Клиент»",
    clientBin: "040840001767",
    clientContact: "Анна, +7 701 000 00 00",
  };

  it("a draft → its query → the same draft", () => {
    const d = draft(lines, parties);
    expect(proposalDraftFromParams(proposalSearchParams(d), DEFAULTS)).toEqual(d);
    expect(d.lines).toEqual(lines);
  });

  it("10 lines with seller and client → a link under 2 000 characters", () => {
    const href = `https://calc.example.kz/offer?${proposalSearchParams(draft(lines, parties))}`;
    expect(href.length).toBeLessThan(2_000);
  });

  it("a link from /offers without quantities → 1 each", () => {
    const q = new URLSearchParams("l=l.cms*o.purchase*e.start&l=l.cms*o.purchase*e.business&q1=3");
    expect(proposalDraftFromParams(q, DEFAULTS).lines.map((l) => l.quantity)).toEqual([1, 3]);
  });

  it.each([
    { label: "up", index: 1, by: -1 as const, expected: ["b", "a", "c"] },
    { label: "down", index: 1, by: 1 as const, expected: ["a", "c", "b"] },
    { label: "first up: unchanged", index: 0, by: -1 as const, expected: ["a", "b", "c"] },
    { label: "last down: unchanged", index: 2, by: 1 as const, expected: ["a", "b", "c"] },
  ])("moveLine $label", ({ index, by, expected }) => {
    expect(moveLine(["a", "b", "c"], index, by)).toEqual(expected);
  });
});

describe("readProposalForm", () => {
  const base = "orderedAt=2025-08-15&l=l.cms*o.purchase*e.start";

  it.each([
    { label: "no seller company", query: `${base}&cn=К`, path: "seller.company" },
    {
      label: "a BIN with a wrong check digit",
      query: `${base}&sc=П&cn=К&cb=123456789012`,
      path: "client.bin",
    },
    { label: "quantity 0", query: `${base}&sc=П&cn=К&q0=0`, path: "lines.0.quantity" },
    { label: "quantity 101", query: `${base}&sc=П&cn=К&q0=101`, path: "lines.0.quantity" },
    { label: "a 10 KB name", query: `${base}&sc=П&cn=${"Я".repeat(10_240)}`, path: "client.name" },
  ])("$label → a message at $path", ({ query, path }) => {
    const form = readProposalForm(new URLSearchParams(query), TODAY);
    expect(form.request).toBeNull();
    expect(form.errors[path]).toBeTruthy();
  });

  it("31 lines → the first 30 read and valid, the 31st dropped and counted", () => {
    const query = `orderedAt=2025-08-15&sc=П&cn=К${"&l=l.cms*o.purchase*e.start".repeat(31)}`;
    const form = readProposalForm(new URLSearchParams(query), TODAY);
    expect(form.request?.lines).toHaveLength(30);
    expect(form.draft.dropped).toEqual({ extra: 1, unreadable: 0 });
  });

  it("seller and client missing → still priced with stand-ins", () => {
    const form = readProposalForm(new URLSearchParams(base), TODAY);
    expect(form.request).toBeNull();
    expect(form.pricing?.lines).toHaveLength(1);
  });

  it("complete → the request the API takes", () => {
    const form = readProposalForm(
      new URLSearchParams(`${base}&sc=ТОО «П»&cn=ТОО «К»&n=КП-1`),
      TODAY,
    );
    expect(form.errors).toEqual({});
    expect(form.request?.number).toBe("КП-1");
    expect(form.request?.seller).toEqual({ company: "ТОО «П»" });
  });

  it("a line with an unknown edition → the field named in Russian, no request values listed", () => {
    const query = `${base}&sc=П&cn=К&l=l.box*o.purchase*e.business*u.100`;
    const form = readProposalForm(new URLSearchParams(query), TODAY);
    expect(form.errors["lines.1.product"]).toBe(
      "Позиция не распознана: редакция — значение не из списка. Удалите её и добавьте заново.",
    );
  });
});
