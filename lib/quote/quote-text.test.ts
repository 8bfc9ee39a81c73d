import { describe, expect, it } from "vitest";
import { quote, type QuoteRequest } from "@/rules";
import { describeClient, describePriceSource, describeProduct } from "./describe";
import { quoteText } from "./quote-text";
import { examplePriceList } from "@/rules/catalog/example-price-list";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const company = { kind: "legal_entity", resident: true, purpose: "business" } as const;

const cloudNew: QuoteRequest = {
  orderedAt: "2025-08-15T12:00",
  customer: company,
  product: { line: "cloud", plan: "enterprise", users: 500, months: 12, copilotBoost: true },
  history: { paidBefore: false, currentPlan: "none" },
};

describe("quoteText", () => {
  it("eligible «Энтерпрайз» 500 with the boost → every line a messenger needs", () => {
    const text = plain(
      quoteText(
        cloudNew,
        quote(cloudNew, { catalog: examplePriceList }),
        "https://calc.example/?line=cloud",
      ),
    );
    expect(text.split("\n")).toEqual([
      "Расчёт по акции «Лето с выгодой» (1С-Битрикс Казахстан)",
      "Продукт: Битрикс24 «Энтерпрайз» 500 пользователей, 12 месяцев",
      "Клиент: юридическое лицо, из Казахстана, для бизнеса, клиент никогда не покупал платных лицензий «1С-Битрикс24»: новый клиент (п. 5.6)",
      "Цена по прайс-листу: 2 399 880 ₸",
      "Скидка: 40% — 959 952 ₸",
      "Цена по акции: 1 439 928 ₸",
      "Буст Copilot на 12 месяцев: 576 000 ₸ − бонус 576 000 ₸ = 0 ₸ (п. 4.1.6)",
      "Итого: 1 439 928 ₸",
      "Основание: п. 4.1.3, 5.6 Правил акции",
      "Даты: заказ 15.08.2025 12:00, оплата 15.08.2025 12:00 (время Астаны)",
      "Источник цены: пример цены — не из прайс-листа Организатора; укажите цену по действующему прайс-листу",
      "Правила акции: https://partners.1c-bitrix.kz/download/files/manuals/kz/promotion-rules/summer_2025.pdf",
      "Расчёт: https://calc.example/?line=cloud",
    ]);
  });

  it("ineligible box renewal with a typed price → the reasons instead of a discount", () => {
    const request: QuoteRequest = {
      orderedAt: "2025-08-15T12:00",
      paidAt: "2025-09-01",
      customer: { ...company, kind: "sole_proprietor" },
      product: { line: "box", operation: "renewal", edition: "shop_crm", listPrice: 200000 },
    };
    const text = plain(quoteText(request, quote(request, { catalog: examplePriceList })));
    expect(text).toContain("Продукт: «1С-Битрикс24. Интернет-магазин + CRM», продление");
    expect(text).toContain("Клиент: ИП, из Казахстана, для бизнеса\n");
    expect(text).toContain("Цена по прайс-листу: 200 000 ₸\nСкидка по акции не положена:\n");
    expect(text).toContain("— Дата оплаты 01.09.2025 — вне срока акции");
    expect(text).toContain("— Продление действующих лицензий коробочного «Битрикс24»");
    expect(text).toContain("Даты: заказ 15.08.2025 12:00, оплата 01.09.2025 (время Астаны)");
    expect(text).toContain("Источник цены: цена указана вручную");
    expect(text).not.toContain("Расчёт:");
  });
});

describe("describe", () => {
  it.each<{ label: string; product: QuoteRequest["product"]; expected: string }>([
    {
      label: "CMS downgrade without a catalog item",
      product: {
        line: "cms",
        operation: "upgrade",
        edition: "start",
        from: "business",
        sourcePurchasedAt: "2025-01-01",
      },
      expected: "Переход «1С-Битрикс: Управление сайтом» с редакции «Бизнес» на редакцию «Старт»",
    },
    {
      label: "box downgrade without a catalog item",
      product: {
        line: "box",
        operation: "upgrade",
        edition: "shop_crm",
        from: { edition: "enterprise", users: 2000 },
        sourcePurchasedAt: "2025-01-01",
      },
      expected:
        "Переход «1С-Битрикс24» с редакции «Энтерпрайз» 2000 пользователей на редакцию «Интернет-магазин + CRM»",
    },
    {
      label: "catalog title when listed",
      product: { line: "cms", operation: "to_bitrix24", from: "business" },
      expected:
        "Переход с редакции «1С-Битрикс: Управление сайтом. Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM»",
    },
  ])("$label → $expected", ({ product, expected }) => {
    const request: QuoteRequest = { orderedAt: "2025-08-15", customer: company, product };
    expect(describeProduct(request, quote(request, { catalog: examplePriceList }))).toBe(expected);
  });

  it("client conditions name everything that blocks", () => {
    const request: QuoteRequest = {
      ...cloudNew,
      customer: {
        kind: "individual",
        resident: false,
        adult: false,
        purpose: "personal",
        otherPromotion: true,
      },
      product: { line: "cloud", plan: "basic", months: 1, franchisee: true },
    };
    expect(describeClient(request, quote(request, { catalog: examplePriceList }))).toBe(
      "физическое лицо, не из Казахстана, для личных нужд, младше 18 лет или не дееспособно, к заказу применена другая акция, лицензия «1С-Битрикс: 1С: Франчайзи», клиент никогда не покупал платных лицензий «1С-Битрикс24»: новый клиент (п. 5.6)",
    );
  });

  it("a price typed for a product outside the catalog says so", () => {
    const request: QuoteRequest = {
      orderedAt: "2025-08-15",
      customer: company,
      product: {
        line: "cms",
        operation: "upgrade",
        edition: "start",
        from: "business",
        sourcePurchasedAt: "2025-01-01",
        listPrice: 1000,
      },
    };
    expect(describePriceSource(quote(request, { catalog: examplePriceList }))).toBe(
      "цена указана вручную",
    );
  });
});
