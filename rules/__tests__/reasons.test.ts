// Every reason code of the API contract with its clause, all failures listed at once, and
// the shape of a not-eligible result («A client who is not eligible still gets a full response»).
import { describe, expect, it } from "vitest";
import { formatTenge } from "@/rules";
import { body, codes, IN_PERIOD, OK_CUSTOMER, OLD_SOURCE, run, type Body } from "./spec-helpers";

const LIST = 1_000_000;

const cms = (p: Body): Body => ({ line: "cms", listPrice: LIST, ...p });
const box = (p: Body): Body => ({ line: "box", listPrice: LIST, ...p });
const cloud = (plan: string, months = 12, extra: Body = {}): Body => ({
  line: "cloud",
  plan,
  months,
  listPrice: LIST,
  ...extra,
});
const h57 = (currentPlan: string, extra: Body = {}): Body => ({
  paidBefore: true,
  currentPlan,
  monthlyIn2025: false,
  annualIn2025: false,
  ...extra,
});
const h58 = (currentPlan: string, extra: Body = {}): Body => ({
  paidBefore: true,
  currentPlan,
  monthlyIn2025: true,
  annualIn2025: false,
  ...extra,
});

interface Row {
  label: string;
  expected: string;
  request: Body;
  /** The one reason this otherwise perfect request must fail with. */
  code: string;
  /** The contract lists these clauses for the code in this case; the reason cites one of them. */
  clauses: string[];
}

const row = (label: string, request: Body, code: string, clauses: string[]): Row => ({
  label,
  expected: `${code} (${clauses.join(" | ")})`,
  request,
  code,
  clauses,
});

const rows: Row[] = [
  row(
    "ordered before the period",
    body(cms({ operation: "purchase", edition: "start" }), { orderedAt: "2025-07-01" }),
    "outside_period",
    ["2.1", "5.2"],
  ),
  row(
    "ordered after the period",
    body(cms({ operation: "purchase", edition: "start" }), {
      orderedAt: "2025-09-10T12:00:00+05:00",
    }),
    "outside_period",
    ["2.1", "5.2"],
  ),
  row(
    "ordered inside, paid after the period",
    body(cms({ operation: "purchase", edition: "start" }), { paidAt: "2025-09-05" }),
    "outside_period",
    ["2.1", "5.2"],
  ),
  row(
    "ordered inside, paid before the period",
    body(cms({ operation: "purchase", edition: "start" }), { paidAt: "2025-07-20" }),
    "outside_period",
    ["2.1", "5.2"],
  ),
  row(
    "non-resident legal entity",
    body(cms({ operation: "purchase", edition: "start" }), {
      customer: { ...OK_CUSTOMER, resident: false },
    }),
    "not_resident",
    ["1.2.3", "2.3"],
  ),
  row(
    "non-resident sole proprietor, cloud",
    body(cloud("standard"), {
      customer: { ...OK_CUSTOMER, kind: "sole_proprietor", resident: false },
    }),
    "not_resident",
    ["1.2.3", "2.3"],
  ),
  row(
    "individual under 18",
    body(box({ operation: "purchase", edition: "shop_crm" }), {
      customer: { kind: "individual", resident: true, adult: false, purpose: "business" },
    }),
    "not_adult",
    ["1.2.3"],
  ),
  row(
    "personal use, legal entity",
    body(box({ operation: "purchase", edition: "shop_crm" }), {
      customer: { ...OK_CUSTOMER, purpose: "personal" },
    }),
    "personal_use",
    ["1.2.3", "5.1.2"],
  ),
  row(
    "personal use, adult individual",
    body(cloud("basic"), {
      customer: { kind: "individual", resident: true, adult: true, purpose: "personal" },
    }),
    "personal_use",
    ["1.2.3", "5.1.2"],
  ),
  row(
    "Франчайзи CMS license",
    body(cms({ operation: "purchase", edition: "business", franchisee: true })),
    "franchisee",
    ["5.13"],
  ),
  row(
    "Франчайзи box license",
    body(box({ operation: "purchase", edition: "shop_crm", franchisee: true })),
    "franchisee",
    ["5.13"],
  ),
  row(
    "Франчайзи cloud license",
    body(cloud("professional", 12, { franchisee: true })),
    "franchisee",
    ["5.13"],
  ),
  row(
    "another promotion applies, CMS",
    body(cms({ operation: "purchase", edition: "start" }), {
      customer: { ...OK_CUSTOMER, otherPromotion: true },
    }),
    "other_promotion",
    ["5.11"],
  ),
  row(
    "another promotion applies, cloud",
    body(cloud("standard"), { customer: { ...OK_CUSTOMER, otherPromotion: true } }),
    "other_promotion",
    ["5.11"],
  ),
  row("CMS renewal", body(cms({ operation: "renewal", edition: "standard" })), "renewal_excluded", [
    "5.4",
  ]),
  row(
    "box renewal",
    body(box({ operation: "renewal", edition: "corporate_portal", users: 100 })),
    "renewal_excluded",
    ["5.5"],
  ),
  row(
    "box renewal Интернет-магазин + CRM",
    body(box({ operation: "renewal", edition: "shop_crm" })),
    "renewal_excluded",
    ["5.5"],
  ),
  row(
    "cloud renewal by a 5.7 client",
    body(cloud("standard"), { history: h57("standard") }),
    "renewal_excluded",
    ["5.7"],
  ),
  row(
    "cloud renewal by a 5.7 client with a 12-month license in 2025",
    body(cloud("professional"), { history: h57("professional", { annualIn2025: true }) }),
    "renewal_excluded",
    ["5.7"],
  ),
  row(
    "CMS Энтерпрайз purchase",
    body(cms({ operation: "purchase", edition: "enterprise" })),
    "enterprise_excluded",
    ["5.4"],
  ),
  row(
    "CMS transition Бизнес → Энтерпрайз",
    body(
      cms({
        operation: "upgrade",
        from: "business",
        edition: "enterprise",
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "enterprise_excluded",
    ["5.4"],
  ),
  row(
    "box Энтерпрайз purchase",
    body(box({ operation: "purchase", edition: "enterprise", users: 1000 })),
    "enterprise_excluded",
    ["5.5"],
  ),
  row(
    "box transition Корпоративный портал 500 → Энтерпрайз",
    body(
      box({
        operation: "upgrade",
        edition: "enterprise",
        users: 1000,
        from: { edition: "corporate_portal", users: 500 },
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "enterprise_excluded",
    ["5.5"],
  ),
  row(
    "box SIP connector purchase",
    body(box({ operation: "purchase", edition: "sip_connector" })),
    "sip_connector_excluded",
    ["5.5"],
  ),
  row(
    "CMS upgrade, source bought 24.07.2025",
    body(
      cms({
        operation: "upgrade",
        from: "start",
        edition: "business",
        sourcePurchasedAt: "2025-07-24",
      }),
    ),
    "source_too_recent",
    ["4.1.1"],
  ),
  row(
    "box upgrade, source bought 24.07.2025",
    body(
      box({
        operation: "upgrade",
        edition: "corporate_portal",
        users: 100,
        from: { edition: "shop_crm" },
        sourcePurchasedAt: "2025-07-24",
      }),
    ),
    "source_too_recent",
    ["4.1.2"],
  ),
  row(
    "CMS Бизнес → box, source bought during the promotion",
    body(cms({ operation: "to_bitrix24", from: "business", sourcePurchasedAt: "2025-08-01" })),
    "source_too_recent",
    ["4.1.1"],
  ),
  row(
    "CMS downgrade Бизнес → Стандарт",
    body(
      cms({
        operation: "upgrade",
        from: "business",
        edition: "standard",
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "not_an_upgrade",
    ["4.1.1"],
  ),
  row(
    "CMS same edition Малый бизнес → Малый бизнес",
    body(
      cms({
        operation: "upgrade",
        from: "small_business",
        edition: "small_business",
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "not_an_upgrade",
    ["4.1.1"],
  ),
  row(
    "box tier down Корпоративный портал 100 → 50",
    body(
      box({
        operation: "upgrade",
        edition: "corporate_portal",
        users: 50,
        from: { edition: "corporate_portal", users: 100 },
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "not_an_upgrade",
    ["4.1.2"],
  ),
  row(
    "box same license Корпоративный портал 250 → 250",
    body(
      box({
        operation: "upgrade",
        edition: "corporate_portal",
        users: 250,
        from: { edition: "corporate_portal", users: 250 },
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "not_an_upgrade",
    ["4.1.2"],
  ),
  row(
    "box same license Интернет-магазин + CRM → itself",
    body(
      box({
        operation: "upgrade",
        edition: "shop_crm",
        from: { edition: "shop_crm" },
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "not_an_upgrade",
    ["4.1.2"],
  ),
  row(
    "box Энтерпрайз → Корпоративный портал 500",
    body(
      box({
        operation: "upgrade",
        edition: "corporate_portal",
        users: 500,
        from: { edition: "enterprise", users: 1000 },
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ),
    "not_an_upgrade",
    ["4.1.2"],
  ),
  row(
    "cloud 5.7 client Профессиональный → Стандартный",
    body(cloud("standard"), { history: h57("professional") }),
    "not_an_upgrade",
    ["4.1.4"],
  ),
  row(
    "cloud 5.7 client Энтерпрайз 1000 → 500",
    body(cloud("enterprise", 12, { users: 500 }), {
      history: h57("enterprise", { currentUsers: 1000 }),
    }),
    "not_an_upgrade",
    ["4.1.4"],
  ),
  row(
    "cloud 5.8 client Профессиональный → Стандартный",
    body(cloud("standard"), { history: h58("professional") }),
    "not_an_upgrade",
    ["4.1.5"],
  ),
  row(
    "cloud 5.8 client Энтерпрайз 1000 → 500",
    body(cloud("enterprise", 12, { users: 500 }), {
      history: h58("enterprise", { currentUsers: 1000 }),
    }),
    "not_an_upgrade",
    ["4.1.5"],
  ),
  ...["start", "standard", "small_business", "enterprise"].map((from) =>
    row(
      `CMS ${from} → Интернет-магазин + CRM`,
      body(cms({ operation: "to_bitrix24", from, sourcePurchasedAt: OLD_SOURCE })),
      "transition_not_covered",
      ["4.1.1"],
    ),
  ),
  row("cloud 1 month, new client", body(cloud("standard", 1)), "term_not_12_months", ["4.1.3"]),
  row(
    "cloud Энтерпрайз 1 month, new client",
    body(cloud("enterprise", 1, { users: 250 })),
    "term_not_12_months",
    ["4.1.3"],
  ),
  row(
    "cloud 1 month, 5.7 client upgrading",
    body(cloud("professional", 1), { history: h57("standard") }),
    "term_not_12_months",
    ["4.1.4"],
  ),
  row(
    "cloud 1 month, 5.8 client renewing",
    body(cloud("standard", 1), { history: h58("standard") }),
    "term_not_12_months",
    ["4.1.5"],
  ),
  row(
    "Базовый for a 5.7 client on Бесплатный since July",
    body(cloud("basic"), { history: h57("free", { paidLicenseEndedAt: "2025-07-10" }) }),
    "plan_not_covered",
    ["4.1.4"],
  ),
  row(
    "Базовый renewal by a 5.8 client",
    body(cloud("basic"), { history: h58("basic") }),
    "plan_not_covered",
    ["4.1.5"],
  ),
  row(
    "Базовый for a 5.8 client on Бесплатный since July",
    body(cloud("basic"), { history: h58("free", { paidLicenseEndedAt: "2025-07-10" }) }),
    "plan_not_covered",
    ["4.1.5"],
  ),
];

describe("every reason code of the contract, one failed condition at a time", () => {
  it.each(rows)("$label → $expected", ({ request, code, clauses }) => {
    const result = run(request);
    expect(codes(result)).toEqual([code]);
    const reason = result.reasons[0]!;
    expect(clauses).toContain(reason.clause);
    expect(reason.text).toMatch(/[А-Яа-яЁё]/);
  });

  it("every code of the contract has a row → 14 codes covered", () => {
    const covered = new Set(rows.map((r) => r.code));
    expect([...covered].sort()).toEqual(
      [
        "outside_period",
        "not_resident",
        "not_adult",
        "personal_use",
        "franchisee",
        "other_promotion",
        "renewal_excluded",
        "enterprise_excluded",
        "sip_connector_excluded",
        "source_too_recent",
        "not_an_upgrade",
        "transition_not_covered",
        "term_not_12_months",
        "plan_not_covered",
      ].sort(),
    );
  });
});

describe("not-eligible results keep the full shape", () => {
  it.each(rows)("$label → not eligible, promo = list, discount 0", ({ request }) => {
    const result = run(request);
    expect(result).toMatchObject({
      eligible: false,
      reward: null,
      currency: "KZT",
      listPrice: LIST,
      discountPercent: 0,
      discount: 0,
      promoPrice: LIST,
      bonus: null,
      total: LIST,
    });
    expect(result.reasons.length).toBeGreaterThanOrEqual(1);
    // «clauses: the clauses that … block it (not eligible)».
    for (const reason of result.reasons) expect(result.clauses).toContain(reason.clause);
  });
});

describe("all failed conditions are listed at once", () => {
  const minor = { kind: "individual", resident: false, adult: false, purpose: "personal" };
  const combos: { label: string; expected: string; request: Body; codes: string[] }[] = [
    {
      label: "non-resident individual under 18, personal use, ordered in July",
      expected: "4 reasons",
      request: body(cms({ operation: "purchase", edition: "start" }), {
        orderedAt: "2025-07-10",
        customer: minor,
      }),
      codes: ["not_adult", "not_resident", "outside_period", "personal_use"],
    },
    {
      label: "the same, cloud, also Франчайзи and another promotion",
      expected: "6 reasons",
      request: body(cloud("standard", 12, { franchisee: true }), {
        orderedAt: "2025-07-10",
        customer: { ...minor, otherPromotion: true },
      }),
      codes: [
        "franchisee",
        "not_adult",
        "not_resident",
        "other_promotion",
        "outside_period",
        "personal_use",
      ],
    },
    {
      label: "CMS Энтерпрайз by a non-resident, paid in September",
      expected: "3 reasons",
      request: body(cms({ operation: "purchase", edition: "enterprise" }), {
        paidAt: "2025-09-01",
        customer: { ...OK_CUSTOMER, resident: false },
      }),
      codes: ["enterprise_excluded", "not_resident", "outside_period"],
    },
    {
      label: "5.7 client Стандартный → Базовый for 1 month",
      expected: "3 reasons",
      request: body(cloud("basic", 1), { history: h57("standard") }),
      codes: ["not_an_upgrade", "plan_not_covered", "term_not_12_months"],
    },
    {
      label: "box tier down with a source bought in August",
      expected: "2 reasons",
      request: body(
        box({
          operation: "upgrade",
          edition: "corporate_portal",
          users: 50,
          from: { edition: "corporate_portal", users: 100 },
          sourcePurchasedAt: "2025-08-02",
        }),
      ),
      codes: ["not_an_upgrade", "source_too_recent"],
    },
    {
      label: "CMS Старт → box with a source bought 24.07.2025",
      expected: "2 reasons",
      request: body(
        cms({ operation: "to_bitrix24", from: "start", sourcePurchasedAt: "2025-07-24" }),
      ),
      codes: ["source_too_recent", "transition_not_covered"],
    },
    {
      label: "CMS transition to Энтерпрайз with a recent source: п. 4.1.1's date is not checked",
      expected: "1 reason",
      request: body(
        cms({
          operation: "upgrade",
          from: "business",
          edition: "enterprise",
          sourcePurchasedAt: "2025-07-30",
        }),
      ),
      codes: ["enterprise_excluded"],
    },
    {
      label: "new client, 1 month, Франчайзи, paid in September",
      expected: "3 reasons",
      request: body(cloud("professional", 1, { franchisee: true }), { paidAt: "2025-09-02" }),
      codes: ["franchisee", "outside_period", "term_not_12_months"],
    },
    {
      label: "5.8 client Базовый renewal for 1 month, personal use",
      expected: "3 reasons",
      request: body(cloud("basic", 1), {
        history: h58("basic"),
        customer: { ...OK_CUSTOMER, purpose: "personal" },
      }),
      codes: ["personal_use", "plan_not_covered", "term_not_12_months"],
    },
  ];

  it.each(combos)("$label → $expected", ({ request, codes: expected }) => {
    const result = run(request);
    expect(result.eligible).toBe(false);
    expect(codes(result)).toEqual([...expected].sort());
    expect(result.promoPrice).toBe(result.listPrice);
  });

  it("box SIP connector renewal → both renewal_excluded and sip_connector_excluded", () => {
    const result = run(body(box({ operation: "renewal", edition: "sip_connector" })));
    expect(codes(result)).toEqual(
      expect.arrayContaining(["renewal_excluded", "sip_connector_excluded"]),
    );
  });
});

describe("participants who do qualify", () => {
  const product = cms({ operation: "purchase", edition: "standard" });
  it.each([
    { label: "sole proprietor", customer: { ...OK_CUSTOMER, kind: "sole_proprietor" } },
    {
      label: "adult individual, adult omitted (default true)",
      customer: { kind: "individual", resident: true, purpose: "business" },
    },
    {
      label: "adult individual, adult true",
      customer: { kind: "individual", resident: true, adult: true, purpose: "business" },
    },
    // «adult» is about individuals only (contract: «individuals: 18+ and fully capable»).
    { label: "legal entity with adult false", customer: { ...OK_CUSTOMER, adult: false } },
    { label: "otherPromotion false", customer: { ...OK_CUSTOMER, otherPromotion: false } },
  ])("$label → eligible cms-new", ({ customer }) => {
    const result = run(body(product, { customer }));
    expect(result.eligible).toBe(true);
    expect(result.reward).toBe("cms-new");
  });
});

describe("other_promotion tells what this promotion would give", () => {
  it.each([
    {
      label: "cloud Стандартный, new client",
      product: cloud("standard"),
      percent: 35,
      promo: 650_000,
    },
    {
      label: "CMS Старт purchase",
      product: cms({ operation: "purchase", edition: "start" }),
      percent: 20,
      promo: 800_000,
    },
    {
      label: "box Интернет-магазин + CRM",
      product: box({ operation: "purchase", edition: "shop_crm" }),
      percent: 15,
      promo: 850_000,
    },
  ])("$label → mentions $percent%", ({ product, percent, promo }) => {
    const result = run(body(product, { customer: { ...OK_CUSTOMER, otherPromotion: true } }));
    const reason = result.reasons.find((r) => r.code === "other_promotion");
    expect(reason).toBeDefined();
    const mentionsPercent = new RegExp(`${percent}\\s?%`).test(reason!.text);
    const mentionsPrice = reason!.text.includes(formatTenge(promo));
    expect(mentionsPercent || mentionsPrice).toBe(true);
  });
});

it("in-period order with no paidAt (defaults to orderedAt) → eligible", () => {
  const result = run({
    orderedAt: IN_PERIOD,
    customer: OK_CUSTOMER,
    product: cms({ operation: "purchase", edition: "start" }),
  });
  expect(result.eligible).toBe(true);
});
