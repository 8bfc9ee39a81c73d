import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quote, type QuoteRequest } from "@/rules";
import { quoteFormValuesFromRequest } from "./form-from-request";
import { toQuoteRequest } from "./form-request";
import { validateQuoteForm } from "./form-validation";
import { catalogItemFor, listPriceText, parseTenge } from "./priced-item";
import { astanaInputValue, defaultQuoteFormValues, type QuoteFormValues } from "./quote-form";
import { quoteFormValuesArbitrary } from "@/test-support/quote-form-arbitraries";
import { examplePriceList } from "@/rules/catalog/example-price-list";

const NOW = "2025-08-15T12:00:00+05:00";
const form = (patch: Partial<QuoteFormValues> = {}): QuoteFormValues => ({
  ...defaultQuoteFormValues(NOW, examplePriceList),
  ...patch,
});

describe("astanaInputValue", () => {
  it.each([
    { label: "Astana offset", iso: "2026-03-01T09:05:59+05:00", expected: "2026-03-01T09:05" },
    { label: "UTC instant", iso: "2025-08-31T19:00:00Z", expected: "2025-09-01T00:00" },
    { label: "garbage", iso: "yesterday", expected: "" },
  ])("$label → $expected", ({ iso, expected }) => {
    expect(astanaInputValue(iso)).toBe(expected);
  });
});

describe("parseTenge", () => {
  it.each([
    { text: "335880", expected: 335880 },
    { text: "335 880", expected: 335880 },
    { text: "1\u00a0343\u00a0880", expected: 1343880 },
    { text: "0", expected: 0 },
    { text: "12,5", expected: null },
    { text: "12.5", expected: null },
    { text: "-5", expected: null },
    { text: "1e6", expected: null },
    { text: "", expected: null },
  ])("«$text» → $expected", ({ text, expected }) => {
    expect(parseTenge(text)).toBe(expected);
  });
});

describe("validateQuoteForm", () => {
  it("the default form is a valid cloud request for a new company client, ordered now", () => {
    const { request, errors } = validateQuoteForm(form(), examplePriceList);
    expect(errors).toEqual({});
    expect(request).toEqual({
      orderedAt: "2025-08-15T12:00",
      customer: { kind: "legal_entity", resident: true, purpose: "business" },
      product: { line: "cloud", plan: "standard", months: 12 },
      history: { paidBefore: false, currentPlan: "none" },
    });
    expect(quote(request!, { catalog: examplePriceList }).promoPrice).toBe(218322);
  });

  it.each<{ label: string; patch: Partial<QuoteFormValues>; field: string; message: RegExp }>([
    {
      label: "empty list price",
      patch: { listPrice: "", listPriceFor: "cloud/standard/12" },
      field: "listPrice",
      message: /^Укажите цену в тенге$/,
    },
    {
      label: "list price with kopecks",
      patch: { listPrice: "335880,50", listPriceFor: "cloud/standard/12" },
      field: "listPrice",
      message: /целое число тенге/,
    },
    {
      label: "zero list price",
      patch: { listPrice: "0", listPriceFor: "cloud/standard/12" },
      field: "listPrice",
      message: /^Сумма должна быть больше нуля$/,
    },
    {
      label: "negative list price",
      patch: { listPrice: "-100", listPriceFor: "cloud/standard/12" },
      field: "listPrice",
      message: /^Сумма должна быть больше нуля$/,
    },
    {
      label: "huge list price",
      patch: { listPrice: "9999999999999", listPriceFor: "cloud/standard/12" },
      field: "listPrice",
      message: /^Слишком большая сумма$/,
    },
    {
      label: "list price too long for a double",
      patch: { listPrice: "9007199254740993", listPriceFor: "cloud/standard/12" },
      field: "listPrice",
      message: /^Слишком большая сумма$/,
    },
    {
      label: "a malformed date names no field twice",
      patch: { line: "box", boxOperation: "upgrade", boxSourceDate: "2025-02-30" },
      field: "boxSourceDate",
      message: /^Неверная дата/,
    },
    {
      label: "empty order date",
      patch: { orderedAt: "" },
      field: "orderedAt",
      message: /^Укажите дату и время заказа$/,
    },
    {
      label: "malformed order date",
      patch: { orderedAt: "15.08.2025" },
      field: "orderedAt",
      message: /Неверная дата/,
    },
    {
      label: "separate payment date left empty",
      patch: { paidSameTime: false, paidAt: "" },
      field: "paidAt",
      message: /оплаты/,
    },
    {
      label: "box upgrade without the source purchase date",
      patch: { line: "box", boxOperation: "upgrade" },
      field: "boxSourceDate",
      message: /^Укажите дату покупки текущей лицензии$/,
    },
    {
      label: "CMS transition without the source purchase date",
      patch: { line: "cms", cmsOperation: "to_bitrix24", cmsFrom: "business" },
      field: "cmsSourceDate",
      message: /^Укажите дату покупки текущей лицензии$/,
    },
    {
      label: "never paid, yet on a paid plan",
      patch: { paidBefore: "no", currentPlan: "professional" },
      field: "currentPlan",
      message: /не покупал платных лицензий, но сейчас на платном тарифе/,
    },
    {
      label: "Copilot boost price left empty",
      patch: { copilotBoost: true, copilotPrice: "" },
      field: "copilotPrice",
      message: /Укажите цену Буста/,
    },
  ])("$label → message beside $field", ({ patch, field, message }) => {
    const { request, errors } = validateQuoteForm(form(patch), examplePriceList);
    expect(request).toBeNull();
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it("a move down without a catalog price asks for no price and says at once it is not an upgrade", () => {
    const { request, errors } = validateQuoteForm(
      form({
        line: "box",
        boxOperation: "upgrade",
        boxEdition: "shop_crm",
        boxFromEdition: "enterprise",
      }),
      examplePriceList,
    );
    expect(errors).toEqual({});
    const result = quote(request!, { catalog: examplePriceList });
    expect(result.reasons.map((r) => r.code)).toEqual(["not_an_upgrade"]);
    expect(result.notes.map((n) => n.code)).not.toContain("no_catalog_price");
  });

  it("hidden fields keep their values but are not sent", () => {
    const v = form({
      line: "cms",
      cmsOperation: "purchase",
      cmsEdition: "standard",
      cloudPlan: "enterprise",
      paidBefore: "no",
      monthlyIn2025: true,
      copilotBoost: true,
    });
    const { request } = validateQuoteForm(v, examplePriceList);
    expect(request?.product).toEqual({ line: "cms", operation: "purchase", edition: "standard" });
    expect(request?.history).toBeUndefined();
  });

  it("a history answer hidden behind «never paid» is not sent", () => {
    const { request, errors } = validateQuoteForm(
      form({ paidBefore: "no", monthlyIn2025: true, paidLicenseEndedAt: "2025-05-01" }),
      examplePriceList,
    );
    expect(errors).toEqual({});
    expect(request?.history).toEqual({ paidBefore: false, currentPlan: "none" });
  });
});

describe("list price", () => {
  it("shows the catalog price until the partner types one", () => {
    expect(listPriceText(form(), catalogItemFor(form(), examplePriceList))).toBe("335880");
  });

  it("a typed price applies to its product only; another product shows its catalog price", () => {
    const typed = form({ listPrice: "300000", listPriceFor: "cloud/standard/12" });
    expect(listPriceText(typed, catalogItemFor(typed, examplePriceList))).toBe("300000");
    expect(
      listPriceText(
        { ...typed, cloudPlan: "professional" },
        catalogItemFor({ ...typed, cloudPlan: "professional" }, examplePriceList),
      ),
    ).toBe("671880");
    expect(toQuoteRequest(typed, examplePriceList).product.listPrice).toBe(300000);
  });

  it("typing the catalog's own price is not an override", () => {
    const typed = form({ listPrice: "335 880", listPriceFor: "cloud/standard/12" });
    expect(toQuoteRequest(typed, examplePriceList).product.listPrice).toBeUndefined();
  });

  it.each<{ label: string; patch: Partial<QuoteFormValues>; id: string; price: number | null }>([
    {
      label: "cloud «Энтерпрайз» 500, 1 month",
      patch: { cloudPlan: "enterprise", cloudUsers: "500", cloudMonths: "1" },
      id: "cloud/enterprise-500/1",
      price: 249990,
    },
    {
      label: "box portal 100",
      patch: { line: "box", boxPortalUsers: "100" },
      id: "box/corporate_portal-100",
      price: 1690000,
    },
    {
      label: "box SIP connector",
      patch: { line: "box", boxEdition: "sip_connector" },
      id: "box/sip_connector",
      price: 139000,
    },
    {
      label: "box upgrade shop → enterprise 2000",
      patch: {
        line: "box",
        boxOperation: "upgrade",
        boxEdition: "enterprise",
        boxEnterpriseUsers: "2000",
      },
      id: "box-upgrade/shop_crm>enterprise-2000",
      price: 15000000,
    },
    {
      label: "CMS «Бизнес» renewal",
      patch: { line: "cms", cmsOperation: "renewal" },
      id: "cms-renewal/business",
      price: 85800,
    },
    {
      label: "CMS «Бизнес» → Bitrix24 shop",
      patch: { line: "cms", cmsOperation: "to_bitrix24", cmsFrom: "business" },
      id: "cms-to-b24/business>shop_crm",
      price: 600100,
    },
    {
      label: "CMS downgrade (no catalog price)",
      patch: { line: "cms", cmsOperation: "upgrade", cmsFrom: "business", cmsEdition: "start" },
      id: "cms-upgrade/business>start",
      price: null,
    },
  ])("$label → $id", ({ patch, id, price }) => {
    const c = catalogItemFor(form(patch), examplePriceList);
    expect(c.id).toBe(id);
    expect(c.item?.price ?? null).toBe(price);
  });
});

describe("quoteFormValuesFromRequest", () => {
  const cms = { line: "cms", operation: "upgrade", edition: "business", from: "start" } as const;
  const base: QuoteRequest = {
    orderedAt: "2025-08-15",
    customer: { kind: "legal_entity", resident: true, purpose: "business" },
    product: { line: "cloud", plan: "standard", months: 12 },
    history: { paidBefore: false, currentPlan: "none" },
  };

  it.each<{ label: string; request: QuoteRequest; expected: Partial<QuoteFormValues> }>([
    {
      label: "a date → that day's 00:00, paid at the same time",
      request: base,
      expected: { orderedAt: "2025-08-15T00:00", paidSameTime: true, paidAt: "2025-08-15T00:00" },
    },
    {
      label: "another offset and seconds → Astana time, seconds kept",
      request: { ...base, orderedAt: "2025-08-15T10:30:45+06:00", paidAt: "2025-08-20T09:00Z" },
      expected: {
        orderedAt: "2025-08-15T09:30:45",
        paidSameTime: false,
        paidAt: "2025-08-20T14:00",
      },
    },
    {
      label: "milliseconds → kept",
      request: { ...base, orderedAt: "2025-08-31T23:59:59.999" },
      expected: { orderedAt: "2025-08-31T23:59:59.999" },
    },
    {
      label: "a CMS upgrade bought 23.07 20:00 UTC → 24.07 in Astana",
      request: { ...base, product: { ...cms, sourcePurchasedAt: "2025-07-23T20:00:00Z" } },
      expected: {
        line: "cms",
        cmsOperation: "upgrade",
        cmsEdition: "business",
        cmsFrom: "start",
        cmsSourceDate: "2025-07-24",
      },
    },
    {
      label: "«Энтерпрайз» without a current tier → «не знаю»",
      request: {
        ...base,
        product: { line: "cloud", plan: "enterprise", months: 12, copilotBoost: true },
        history: { paidBefore: true, currentPlan: "enterprise", annualIn2025: true },
      },
      expected: {
        cloudPlan: "enterprise",
        cloudUsers: "250",
        copilotBoost: true,
        paidBefore: "yes",
        currentPlan: "enterprise",
        currentUsers: "",
        annualIn2025: true,
        monthlyIn2025: false,
      },
    },
    {
      label: "a box upgrade with a typed price → the price belongs to that product",
      request: {
        ...base,
        product: {
          line: "box",
          operation: "upgrade",
          edition: "enterprise",
          users: 2000,
          from: { edition: "corporate_portal", users: 250 },
          sourcePurchasedAt: "2025-03-01",
          listPrice: 9_000_000,
          franchisee: true,
        },
      },
      expected: {
        line: "box",
        boxOperation: "upgrade",
        boxEdition: "enterprise",
        boxEnterpriseUsers: "2000",
        boxFromEdition: "corporate_portal",
        boxFromPortalUsers: "250",
        boxSourceDate: "2025-03-01",
        listPrice: "9000000",
        listPriceFor: "box-upgrade/corporate_portal-250>enterprise-2000",
        franchisee: true,
      },
    },
  ])("$label", ({ request, expected }) => {
    const v = quoteFormValuesFromRequest(request, NOW, examplePriceList);
    expect(v).toMatchObject(expected);
    const again = validateQuoteForm(v, examplePriceList);
    expect(again.errors).toEqual({});
    expect(quote(again.request!, { catalog: examplePriceList })).toEqual(
      quote(request, { catalog: examplePriceList }),
    );
  });

  it("any valid form → its request → the form again → the very same quote", () => {
    const date = fc.constantFrom(
      "2025-03-01",
      "2025-07-23T23:59:59",
      "2025-07-24",
      "2025-08-15T12:00",
      "2025-08-31T23:59:59.500",
      "2025-09-01T04:00+09:00",
    );
    let valid = 0;
    fc.assert(
      fc.property(quoteFormValuesArbitrary(date), (v) => {
        const { request } = validateQuoteForm(v, examplePriceList);
        if (!request) return;
        valid += 1;
        const back = validateQuoteForm(
          quoteFormValuesFromRequest(request, NOW, examplePriceList),
          examplePriceList,
        );
        expect(back.errors).toEqual({});
        expect(quote(back.request!, { catalog: examplePriceList })).toEqual(
          quote(request, { catalog: examplePriceList }),
        );
      }),
      { numRuns: 1000 },
    );
    expect(valid).toBeGreaterThan(100);
  });
});
