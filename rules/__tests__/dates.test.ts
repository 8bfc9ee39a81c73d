// Every date boundary of the interpretation page («Time»), the last instant inside and the
// first outside, in each form the contract accepts: `Z`, `+05:00`, no offset, date only.
import { describe, expect, it } from "vitest";
import { parseAstanaInstant, quoteRequestSchema } from "@/rules";
import { body, codes, IN_PERIOD, OLD_SOURCE, run, type Body } from "./spec-helpers";

interface Form {
  label: string;
  expected: string;
  value: string;
  inside: boolean;
}

/** The same instant in every form; `date` only where the instant is an Astana midnight. */
function forms(
  what: string,
  inside: boolean,
  z: string,
  plus5: string,
  local: string,
  date?: string,
): Form[] {
  const expected = inside ? "inside" : "outside";
  const all: [string, string | undefined][] = [
    ["Z", z],
    ["+05:00", plus5],
    ["no offset", local],
    ["date only", date],
  ];
  return all
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([form, value]) => ({ label: `${what} ${value} (${form})`, expected, value, inside }));
}

const START = [
  ...forms(
    "promo start",
    true,
    "2025-07-27T19:00:00Z",
    "2025-07-28T00:00:00+05:00",
    "2025-07-28T00:00:00",
    "2025-07-28",
  ),
  ...forms(
    "before promo start",
    false,
    "2025-07-27T18:59:59Z",
    "2025-07-27T23:59:59+05:00",
    "2025-07-27T23:59:59",
    "2025-07-27",
  ),
  ...forms(
    "1 ms before promo start",
    false,
    "2025-07-27T18:59:59.999Z",
    "2025-07-27T23:59:59.999+05:00",
    "2025-07-27T23:59:59.999",
  ),
  ...forms(
    "start in another zone",
    false,
    "2025-07-27T18:00:00Z",
    "2025-07-27T23:00:00+05:00",
    "2025-07-27T23:00:00",
  ),
  {
    label: "promo start 2025-07-28T00:00:00+06:00 (Almaty's old zone)",
    expected: "outside",
    value: "2025-07-28T00:00:00+06:00",
    inside: false,
  },
  {
    label: "promo start 2025-07-27T21:00:00+02:00",
    expected: "inside",
    value: "2025-07-27T21:00:00+02:00",
    inside: true,
  },
];
const END = [
  ...forms(
    "last second",
    true,
    "2025-08-31T18:59:59Z",
    "2025-08-31T23:59:59+05:00",
    "2025-08-31T23:59:59",
    "2025-08-31",
  ),
  ...forms(
    "last millisecond",
    true,
    "2025-08-31T18:59:59.999Z",
    "2025-08-31T23:59:59.999+05:00",
    "2025-08-31T23:59:59.999",
  ),
  ...forms(
    "first instant after",
    false,
    "2025-08-31T19:00:00Z",
    "2025-09-01T00:00:00+05:00",
    "2025-09-01T00:00:00",
    "2025-09-01",
  ),
  {
    label: "first instant after 2025-08-31T20:00:00+01:00",
    expected: "outside",
    value: "2025-08-31T20:00:00+01:00",
    inside: false,
  },
  {
    label: "last second 2025-08-31T13:59:59-05:00",
    expected: "inside",
    value: "2025-08-31T13:59:59-05:00",
    inside: true,
  },
];
const BOUNDARIES = [...START, ...END];

const product: Body = { line: "cms", operation: "purchase", edition: "start", listPrice: 100_000 };

describe("promo window on orderedAt (paidAt defaults to orderedAt)", () => {
  it.each(BOUNDARIES)("$label → $expected", ({ value, inside }) => {
    const result = run(body(product, { orderedAt: value }));
    expect(result.eligible).toBe(inside);
    expect(codes(result)).toEqual(inside ? [] : ["outside_period"]);
  });
});

describe("promo window on paidAt (orderedAt inside)", () => {
  it.each(BOUNDARIES)("$label → $expected", ({ value, inside }) => {
    // The order must be inside too: use the start for late payments and vice versa.
    const orderedAt = value.startsWith("2025-07") ? "2025-07-28" : IN_PERIOD;
    const result = run(body(product, { orderedAt, paidAt: value }));
    expect(result.eligible).toBe(inside);
    expect(codes(result)).toEqual(inside ? [] : ["outside_period"]);
  });
});

describe("promo window on orderedAt with an in-period paidAt", () => {
  it.each(BOUNDARIES)("$label → $expected", ({ value, inside }) => {
    const result = run(body(product, { orderedAt: value, paidAt: "2025-08-31T23:00:00+05:00" }));
    expect(result.eligible).toBe(inside);
  });
});

/** Source bought before 24.07.2025 00:00 Astana (п. 4.1.1, 4.1.2). */
const SOURCE = [
  ...forms(
    "source last second before 24.07",
    true,
    "2025-07-23T18:59:59Z",
    "2025-07-23T23:59:59+05:00",
    "2025-07-23T23:59:59",
    "2025-07-23",
  ),
  ...forms(
    "source on 24.07",
    false,
    "2025-07-23T19:00:00Z",
    "2025-07-24T00:00:00+05:00",
    "2025-07-24T00:00:00",
    "2025-07-24",
  ),
  {
    label: "source 2025-07-23T23:30:00+04:00 (= 24.07 00:30 Astana)",
    expected: "outside",
    value: "2025-07-23T23:30:00+04:00",
    inside: false,
  },
].map((f) => ({ ...f, expected: f.inside ? "upgrade reward" : "source_too_recent" }));

describe("24.07.2025 upgrade-source boundary", () => {
  it.each(SOURCE)("CMS upgrade, $label → $expected", ({ value, inside }) => {
    const result = run(
      body({
        line: "cms",
        operation: "upgrade",
        from: "start",
        edition: "standard",
        sourcePurchasedAt: value,
        listPrice: 100_000,
      }),
    );
    expect(result.reward).toBe(inside ? "cms-upgrade" : null);
    expect(codes(result)).toEqual(inside ? [] : ["source_too_recent"]);
  });
  it.each(SOURCE)("CMS → box, $label → $expected", ({ value, inside }) => {
    const result = run(
      body({
        line: "cms",
        operation: "to_bitrix24",
        from: "business",
        sourcePurchasedAt: value,
        listPrice: 100_000,
      }),
    );
    expect(result.reward).toBe(inside ? "cms-to-b24" : null);
    expect(codes(result)).toEqual(inside ? [] : ["source_too_recent"]);
  });
  it.each(SOURCE)("box upgrade, $label → $expected", ({ value, inside }) => {
    const result = run(
      body({
        line: "box",
        operation: "upgrade",
        edition: "corporate_portal",
        users: 250,
        from: { edition: "corporate_portal", users: 100 },
        sourcePurchasedAt: value,
        listPrice: 100_000,
      }),
    );
    expect(result.reward).toBe(inside ? "box-upgrade" : null);
    expect(codes(result)).toEqual(inside ? [] : ["source_too_recent"]);
  });
});

/** п. 5.6: the paid cloud license ended strictly before 30.06.2025 00:00 Astana. */
const CLOUD_ENDED = [
  ...forms(
    "ended last second before 30.06",
    true,
    "2025-06-29T18:59:59Z",
    "2025-06-29T23:59:59+05:00",
    "2025-06-29T23:59:59",
    "2025-06-29",
  ),
  ...forms(
    "ended on 30.06",
    false,
    "2025-06-29T19:00:00Z",
    "2025-06-30T00:00:00+05:00",
    "2025-06-30T00:00:00",
    "2025-06-30",
  ),
].map((f) => ({
  ...f,
  expected: f.inside ? "cloud-new (5.6)" : "cloud-upgrade (5.7) + 8.1 warning",
}));

describe("30.06.2025 boundary of п. 5.6 (paidLicenseEndedAt)", () => {
  it.each(CLOUD_ENDED)("$label → $expected", ({ value, inside }) => {
    const history = {
      paidBefore: true,
      currentPlan: "free",
      paidLicenseEndedAt: value,
      monthlyIn2025: false,
      annualIn2025: false,
    };
    const result = run(
      body({ line: "cloud", plan: "standard", months: 12, listPrice: 100_000 }, { history }),
    );
    expect(result.eligible).toBe(true);
    expect(result.reward).toBe(inside ? "cloud-new" : "cloud-upgrade");
    if (!inside) expect(result.warnings.map((w) => w.clause)).toContain("8.1");
  });
  it.each(CLOUD_ENDED)("Базовый, $label → $expected", ({ value, inside }) => {
    const history = { paidBefore: true, currentPlan: "free", paidLicenseEndedAt: value };
    const result = run(
      body({ line: "cloud", plan: "basic", months: 12, listPrice: 100_000 }, { history }),
    );
    expect(result.eligible).toBe(inside);
    expect(codes(result)).toEqual(inside ? [] : ["plan_not_covered"]);
  });
});

describe("parseAstanaInstant reads the contract's three forms", () => {
  const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
    Date.UTC(y, mo - 1, d, h, mi, s, ms);
  it.each([
    {
      label: "2025-07-28",
      expected: "2025-07-27T19:00Z",
      text: "2025-07-28",
      instant: at(2025, 7, 27, 19),
    },
    {
      label: "2025-07-28T00:00:00",
      expected: "2025-07-27T19:00Z",
      text: "2025-07-28T00:00:00",
      instant: at(2025, 7, 27, 19),
    },
    {
      label: "2025-07-28T00:00:00+05:00",
      expected: "2025-07-27T19:00Z",
      text: "2025-07-28T00:00:00+05:00",
      instant: at(2025, 7, 27, 19),
    },
    {
      label: "2025-07-27T19:00:00Z",
      expected: "2025-07-27T19:00Z",
      text: "2025-07-27T19:00:00Z",
      instant: at(2025, 7, 27, 19),
    },
    {
      label: "2025-08-15T10:30:00",
      expected: "2025-08-15T05:30Z",
      text: "2025-08-15T10:30:00",
      instant: at(2025, 8, 15, 5, 30),
    },
    {
      label: "2025-08-31T23:59:59.999",
      expected: "2025-08-31T18:59:59.999Z",
      text: "2025-08-31T23:59:59.999",
      instant: at(2025, 8, 31, 18, 59, 59, 999),
    },
    {
      label: "2025-01-01 (history window start)",
      expected: "2024-12-31T19:00Z",
      text: "2025-01-01",
      instant: at(2024, 12, 31, 19),
    },
    {
      label: "2024-02-29 (leap day)",
      expected: "2024-02-28T19:00Z",
      text: "2024-02-29",
      instant: at(2024, 2, 28, 19),
    },
    {
      label: "2025-08-15T10:30:00-03:00",
      expected: "2025-08-15T13:30Z",
      text: "2025-08-15T10:30:00-03:00",
      instant: at(2025, 8, 15, 13, 30),
    },
  ])("$label → $expected", ({ text, instant }) => {
    expect(parseAstanaInstant(text)).toBe(instant);
  });

  it.each([
    "2025-02-30",
    "2025-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-08-32",
    "2025-04-31",
    "2025-08-15T25:00:00",
    "2025-08-15T25:00:00+05:00",
    "2025-08-15T10:60:00",
    "2025-08-15T10:30:60",
    "15.08.2025",
    "2025-8-15",
    "",
    "not a date",
  ])("%s → null", (text) => {
    expect(parseAstanaInstant(text)).toBeNull();
  });
});

describe("invalid dates are rejected by the schema, naming the field", () => {
  const cloudBody = (history: Body): Body =>
    body({ line: "cloud", plan: "standard", months: 12 }, { history });
  const cases: { label: string; expected: string; request: Body; path: string }[] = [];
  for (const bad of [
    "2025-02-30",
    "2025-13-01",
    "2025-08-15T25:00:00",
    "2025-08-15T25:00",
    "2025-08-15T25:00:00+05:00",
    "15.08.2025",
  ]) {
    cases.push(
      {
        label: `orderedAt ${bad}`,
        expected: "422 orderedAt",
        request: body(product, { orderedAt: bad }),
        path: "orderedAt",
      },
      {
        label: `paidAt ${bad}`,
        expected: "422 paidAt",
        request: body(product, { paidAt: bad }),
        path: "paidAt",
      },
      {
        label: `sourcePurchasedAt ${bad}`,
        expected: "422 product.sourcePurchasedAt",
        request: body({
          line: "cms",
          operation: "upgrade",
          from: "start",
          edition: "business",
          sourcePurchasedAt: bad,
        }),
        path: "product.sourcePurchasedAt",
      },
      {
        label: `paidLicenseEndedAt ${bad}`,
        expected: "422 history.paidLicenseEndedAt",
        request: cloudBody({ paidBefore: true, currentPlan: "free", paidLicenseEndedAt: bad }),
        path: "history.paidLicenseEndedAt",
      },
    );
  }
  cases.push(
    {
      label: "orderedAt missing",
      expected: "422 orderedAt",
      request: { customer: body(product).customer, product },
      path: "orderedAt",
    },
    {
      label: "orderedAt as a number",
      expected: "422 orderedAt",
      request: body(product, { orderedAt: 20250815 }),
      path: "orderedAt",
    },
  );
  it.each(cases)("$label → $expected", ({ request, path }) => {
    const parsed = quoteRequestSchema.safeParse(request);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain(path);
  });
});

it("source bought long ago → accepted (sanity of the fixtures)", () => {
  expect(
    run(
      body({
        line: "cms",
        operation: "upgrade",
        from: "start",
        edition: "business",
        sourcePurchasedAt: OLD_SOURCE,
      }),
    ).eligible,
  ).toBe(true);
});
