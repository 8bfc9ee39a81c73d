import { describe, expect, it } from "vitest";
import { overviewFor, type OverviewRequest } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { assumedSourceDate, commonReasons } from "./common-reasons";

const request = (patch: Partial<OverviewRequest["customer"]> = {}, orderedAt = "2025-08-15") =>
  ({
    orderedAt,
    customer: { kind: "legal_entity", resident: true, purpose: "business", ...patch },
    history: { paidBefore: false, currentPlan: "none" },
  }) as OverviewRequest;

describe("commonReasons", () => {
  it.each([
    ["a company inside the period", request(), []],
    ["personal use", request({ purpose: "personal" }), ["personal_use"]],
    [
      "a non-resident after the period",
      request({ resident: false }, "2025-09-05"),
      ["outside_period", "not_resident"],
    ],
  ])("%s → %j said once above the tables", (_label, body, codes) => {
    const rows = overviewFor(body, { catalog: examplePriceList });
    expect(commonReasons(rows).map((r) => r.code)).toEqual(codes);
  });

  it("the source date assumed for upgrades is the offers default, 2025-07-23", () => {
    const rows = overviewFor(request(), { catalog: examplePriceList });
    expect(assumedSourceDate(rows)).toBe("2025-07-23");
    expect(
      assumedSourceDate(
        overviewFor(
          { ...request(), sourcePurchasedAt: "2025-03-01" },
          { catalog: examplePriceList },
        ),
      ),
    ).toBeNull();
  });
});
