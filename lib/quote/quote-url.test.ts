import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateQuoteForm } from "./form-validation";
import { catalogItemFor, listPriceText } from "./priced-item";
import { defaultQuoteFormValues, type QuoteFormValues } from "./quote-form";
import { quoteFormValuesArbitrary } from "@/test-support/quote-form-arbitraries";
import { quoteFormValuesFromParams, quoteQueryString, quoteSearchParams } from "./quote-url";
import { examplePriceList } from "@/rules/catalog/example-price-list";

const NOW = "2026-03-01T10:00:00+05:00";
const parse = (query: string) =>
  quoteFormValuesFromParams(new URLSearchParams(query), NOW, examplePriceList);

describe("quote URL", () => {
  it.each<{ label: string; patch: Partial<QuoteFormValues>; query: string }>([
    {
      label: "default cloud quote",
      patch: {},
      query: "?line=cloud&plan=standard&months=12&ordered=2025-08-15T12%3A00",
    },
    {
      label: "cloud «Энтерпрайз» with the boost, a 5.8 client",
      patch: {
        cloudPlan: "enterprise",
        cloudUsers: "1000",
        copilotBoost: true,
        paidBefore: "yes",
        currentPlan: "enterprise",
        currentUsers: "500",
        monthlyIn2025: true,
      },
      query:
        "?line=cloud&plan=enterprise&users=1000&months=12&boost=1&paidBefore=1&current=enterprise&currentUsers=500&monthly=1&ordered=2025-08-15T12%3A00",
    },
    {
      label: "box upgrade with a typed price, sole proprietor, separate payment",
      patch: {
        line: "box",
        boxOperation: "upgrade",
        boxEdition: "corporate_portal",
        boxPortalUsers: "250",
        boxFromEdition: "shop_crm",
        boxSourceDate: "2025-03-01",
        listPrice: "1400000",
        listPriceFor: "box-upgrade/shop_crm>corporate_portal-250",
        kind: "sole_proprietor",
        paidSameTime: false,
        paidAt: "2025-08-20T09:30",
      },
      query:
        "?line=box&op=upgrade&ed=corporate_portal&users=250&from=shop_crm&bought=2025-03-01&price=1400000&kind=sole_proprietor&ordered=2025-08-15T12%3A00&paid=2025-08-20T09%3A30",
    },
    {
      label: "CMS «Бизнес» → Bitrix24, individual under 18, personal use, other promotion",
      patch: {
        line: "cms",
        cmsOperation: "to_bitrix24",
        cmsFrom: "business",
        cmsSourceDate: "2025-01-10",
        kind: "individual",
        adult: false,
        purpose: "personal",
        otherPromotion: true,
        resident: false,
        franchisee: true,
      },
      query:
        "?line=cms&op=to_bitrix24&bought=2025-01-10&kind=individual&adult=0&purpose=personal&resident=0&other=1&franchisee=1&ordered=2025-08-15T12%3A00",
    },
  ])("$label → $query", ({ patch, query }) => {
    const v = {
      ...defaultQuoteFormValues("2025-08-15T12:00:00+05:00", examplePriceList),
      ...patch,
    };
    expect(quoteQueryString(v, examplePriceList)).toBe(query);
    const back = parse(query);
    expect(quoteQueryString(back, examplePriceList)).toBe(query);
    expect(validateQuoteForm(back, examplePriceList)).toEqual(
      validateQuoteForm(v, examplePriceList),
    );
  });

  it("an empty query is the default quote ordered now (Astana time)", () => {
    const v = parse("");
    expect(v).toEqual(defaultQuoteFormValues(NOW, examplePriceList));
    expect(v.orderedAt).toBe("2026-03-01T10:00");
  });

  it("unknown choices fall back to defaults; free text is kept for the validator", () => {
    const v = parse("line=cloud&plan=gold&users=7&months=6&ordered=soon&price=abc");
    expect(v.cloudPlan).toBe("standard");
    expect(v.cloudMonths).toBe("12");
    expect(v.orderedAt).toBe("soon");
    expect(listPriceText(v, catalogItemFor(v, examplePriceList))).toBe("abc");
    expect(validateQuoteForm(v, examplePriceList).errors).toMatchObject({
      orderedAt: expect.stringMatching(/Неверная дата/),
      listPrice: expect.stringMatching(/целое число/),
    });
  });

  it("any form survives the round trip: same query, same request", () => {
    fc.assert(
      fc.property(quoteFormValuesArbitrary(), (v) => {
        const query = quoteSearchParams(v, examplePriceList).toString();
        const back = quoteFormValuesFromParams(new URLSearchParams(query), NOW, examplePriceList);
        expect(quoteSearchParams(back, examplePriceList).toString()).toBe(query);
        expect(validateQuoteForm(back, examplePriceList)).toEqual(
          validateQuoteForm(v, examplePriceList),
        );
      }),
      { numRuns: 500 },
    );
  });
});
