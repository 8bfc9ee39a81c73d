import { describe, expect, it } from "vitest";
import { languageAlternates, languageLinks, pageAddress, pageLanguage } from "./language";

describe("pageLanguage", () => {
  it.each([
    ["/kk/promo", "kk"],
    ["/kk/prices", "kk"],
    ["/promo", "ru"],
    ["/prices", "ru"],
    ["/", "ru"],
    ["/kk", "ru"],
    ["/kk/no-such-page", "ru"],
    ["/kk/promo/extra", "ru"],
    ["", "ru"],
    [null, "ru"],
    [undefined, "ru"],
  ] as const)("%j → %s", (path, language) => {
    expect(pageLanguage(path)).toBe(language);
  });
});

describe("pageAddress and languageAlternates", () => {
  it("names both versions and sends x-default to Russian", () => {
    expect(pageAddress("/promo", "kk")).toBe("/kk/promo");
    expect(pageAddress("/prices", "ru")).toBe("/prices");
    expect(languageAlternates("/prices")).toEqual({
      languages: { ru: "/prices", kk: "/kk/prices", "x-default": "/prices" },
    });
  });
});

describe("languageLinks", () => {
  const params = (query: string) => new URLSearchParams(query);

  it.each([
    {
      query: "",
      current: "ru",
      hrefs: ["/kk/promo", "/promo"],
    },
    {
      query: "at=2025-08-15",
      current: "kk",
      hrefs: ["/kk/promo?at=2025-08-15", "/promo?at=2025-08-15"],
    },
    {
      // Only what the page keeps goes over; the partner's view is a Russian page of its own.
      query: "partner=1&at=2025-07-20T10%3A30%3A00&utm=x",
      current: "ru",
      hrefs: ["/kk/promo?at=2025-07-20T10%3A30%3A00", "/promo?at=2025-07-20T10%3A30%3A00"],
    },
    { query: "at=", current: "kk", hrefs: ["/kk/promo", "/promo"] },
    { query: "at=1&at=2", current: "kk", hrefs: ["/kk/promo?at=1", "/promo?at=1"] },
  ] as const)("/promo?$query ($current) → $hrefs", ({ query, current, hrefs }) => {
    const links = languageLinks("/promo", current, params(query), ["at"]);
    expect(links.map((l) => l.href)).toEqual(hrefs);
    expect(links.map((l) => [l.language, l.label, l.current])).toEqual([
      ["kk", "Қазақша", current === "kk"],
      ["ru", "Русский", current === "ru"],
    ]);
  });

  it("keeps the search and the line of /prices, in the page's order", () => {
    const links = languageLinks("/prices", "kk", params("q=Бизнес&line=cms"), ["line", "q"]);
    expect(links.map((l) => l.href)).toEqual([
      "/kk/prices?line=cms&q=%D0%91%D0%B8%D0%B7%D0%BD%D0%B5%D1%81",
      "/prices?line=cms&q=%D0%91%D0%B8%D0%B7%D0%BD%D0%B5%D1%81",
    ]);
  });
});
