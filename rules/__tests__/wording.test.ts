// What a reader sees, word for word (issue 10): cases after prepositions, the clause each words
// belong to, the bonus the note names, the request errors. Expected strings are written out.
import { describe, expect, it } from "vitest";
import {
  countOf,
  formatTenge,
  kzSummer2025Terms,
  quoteRequestSchema,
  type QuoteResult,
} from "@/rules";
import { body, IN_PERIOD, OK_CUSTOMER, OLD_SOURCE, run, type Body } from "./spec-helpers";

const reasonText = (r: QuoteResult, code: string) => r.reasons.find((x) => x.code === code)?.text;
const checkText = (r: QuoteResult, check: string) => r.checks.find((c) => c.check === check)?.text;
const cloud57 = (plan: string, currentPlan: string): Body =>
  body(
    { line: "cloud", plan, months: 12 },
    { history: { paidBefore: true, currentPlan, monthlyIn2025: false, annualIn2025: true } },
  );

describe("texts after prepositions decline the noun before a quoted name", () => {
  it.each<{
    label: string;
    text: (r: QuoteResult) => string | undefined;
    request: Body;
    expected: string;
  }>([
    {
      label: "п. 5.7 client renewing: the reason names п. 4.1.4 for «только при повышении»",
      request: cloud57("standard", "standard"),
      text: (r) => reasonText(r, "renewal_excluded"),
      expected:
        "Клиенту по п. 5.7 скидка положена только при повышении тарифа (п. 4.1.4): продление текущего тарифа «Стандартный» её не даёт.",
    },
    {
      label: "п. 5.7 client moving down",
      request: cloud57("standard", "professional"),
      text: (r) => reasonText(r, "not_an_upgrade"),
      expected:
        "Тариф «Стандартный» не выше текущего тарифа «Профессиональный»: скидка — только на тариф выше текущего (п. 4.1.4).",
    },
    {
      label: "CMS move sideways",
      request: body({ line: "cms", operation: "upgrade", edition: "start", from: "start" }),
      text: (r) => reasonText(r, "not_an_upgrade"),
      expected:
        "Редакция «Старт» не выше текущей редакции «Старт»: скидка — только на переход на более старшую редакцию (п. 4.1.1).",
    },
    {
      label: "CMS move up (passed check)",
      request: body({
        line: "cms",
        operation: "upgrade",
        edition: "standard",
        from: "start",
        sourcePurchasedAt: OLD_SOURCE,
      }),
      text: (r) => checkText(r, "upgrade_order"),
      expected: "Переход с редакции «Старт» на старшую редакцию «Стандарт» (п. 4.1.1).",
    },
    {
      label: "box move up (passed check)",
      request: body({
        line: "box",
        operation: "upgrade",
        edition: "corporate_portal",
        users: 100,
        from: { edition: "shop_crm" },
        sourcePurchasedAt: OLD_SOURCE,
      }),
      text: (r) => checkText(r, "upgrade_order"),
      expected:
        "Переход с редакции «Интернет-магазин + CRM» на редакцию «Корпоративный портал» 100 пользователей (п. 4.1.2).",
    },
    {
      label: "CMS to the Bitrix24 shop from another edition",
      request: body({
        line: "cms",
        operation: "to_bitrix24",
        from: "start",
        sourcePurchasedAt: OLD_SOURCE,
      }),
      text: (r) => reasonText(r, "transition_not_covered"),
      expected:
        "Скидка на переход на «1С-Битрикс24. Интернет-магазин + CRM» — только с редакции «Бизнес», а у клиента редакция «Старт» (п. 4.1.1).",
    },
    {
      label: "box renewal names the line in the genitive",
      request: body({ line: "box", operation: "renewal", edition: "shop_crm" }),
      text: (r) => reasonText(r, "renewal_excluded"),
      expected:
        "Продление действующих лицензий коробочного «Битрикс24» не входит в акцию (п. 5.5).",
    },
  ])("$label", ({ request, text, expected }) => {
    expect(text(run(request))).toBe(expected);
  });
});

describe("clauses and amounts the texts cite", () => {
  it("box «Энтерпрайз» 1000 → 2000: refused under п. 5.5, and no passed check cites п. 4.1.2", () => {
    const r = run(
      body({
        line: "box",
        operation: "upgrade",
        edition: "enterprise",
        users: 2000,
        from: { edition: "enterprise", users: 1000 },
        sourcePurchasedAt: OLD_SOURCE,
      }),
    );
    expect(r.reasons.map((x) => x.code)).toEqual(["enterprise_excluded"]);
    expect(r.checks.filter((c) => c.passed && c.clauses.includes("4.1.2"))).toEqual([]);
  });

  it.each([
    [100_000, `Бонус ${formatTenge(100_000)} на Буст Copilot`],
    [2_000_000, `Бонус ${formatTenge(576_000)} на Буст Copilot`],
  ])("copilot_not_granted with a boost at %i ₸ → «%s»", (price, expected) => {
    const r = run(
      body({
        line: "cloud",
        plan: "professional",
        months: 12,
        copilotBoost: true,
        copilotBoostListPrice: price,
      }),
    );
    expect(r.notes.find((n) => n.code === "copilot_not_granted")?.text).toContain(expected);
  });

  it("a typed price of 1 ₸ saves nothing: the summary says so, no «1 ₸ вместо 1 ₸», no «бонус 0 ₸»", () => {
    const r = run(
      body({
        line: "cloud",
        plan: "enterprise",
        months: 12,
        listPrice: 1,
        copilotBoost: true,
        copilotBoostListPrice: 0,
      }),
    );
    expect(r.discount).toBe(0);
    expect(r.summary).toBe(
      `Скидка 40% по п. 4.1.3, 5.6 при цене ${formatTenge(1)} — меньше 1 ₸: цена не меняется.`,
    );
  });

  it("paid_license_end_unknown does not assume a cloud license (the client may have had a box)", () => {
    const r = run(
      body(
        { line: "cloud", plan: "standard", months: 12 },
        { history: { paidBefore: true, currentPlan: "free" } },
      ),
    );
    expect(r.warnings.find((w) => w.code === "paid_license_end_unknown")?.text).toBe(
      "Не указано, когда закончилась платная лицензия «Битрикс24» (облачная или коробочная): если до 30.06.2025 и портал с тех пор на «Бесплатном», клиент считается новым (п. 5.6) — окончательное толкование за Организатором (п. 8.1).",
    );
  });

  it("«Основание» of a plain CMS purchase cites only the part that grants it", () => {
    const basis = kzSummer2025Terms.rewards.find((r) => r.id === "cms-new")?.basis;
    expect(basis).toBe(
      "«1С-Битрикс: Управление сайтом»: 20% на покупку лицензий «Старт», «Стандарт», «Малый бизнес», «Бизнес».",
    );
    for (const reward of kzSummer2025Terms.rewards)
      expect(reward.basis.split(" ").length).toBeLessThan(45);
  });

  it.each([
    [1, "1 причина"],
    [2, "2 причины"],
    [5, "5 причин"],
    [11, "11 причин"],
    [21, "21 причина"],
    [104, "104 причины"],
    [10_001, "10\u00a0001 причина"],
    [100_000, "100\u00a0000 причин"],
  ])("countOf(%i) → «%s»", (n, expected) => {
    expect(countOf(n, ["причина", "причины", "причин"])).toBe(expected);
  });
});

describe("request errors name only what is wrong", () => {
  const issues = (raw: Body) => {
    const parsed = quoteRequestSchema.safeParse(raw);
    return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("an invalid currentPlan → only the invalid value, no «платный тариф» contradiction", () => {
    expect(
      issues(
        body(
          { line: "cloud", plan: "standard", months: 12 },
          { history: { paidBefore: false, currentPlan: "gold" } },
        ),
      ),
    ).toEqual([
      [
        "history.currentPlan",
        "Тариф на портале сейчас: одно из значений none, free, basic, standard, professional, enterprise",
      ],
    ]);
  });

  it("a paid license that ended after the order → 422 on history.paidLicenseEndedAt", () => {
    expect(
      issues({
        orderedAt: IN_PERIOD,
        customer: OK_CUSTOMER,
        product: { line: "cloud", plan: "standard", months: 12 },
        history: { paidBefore: true, currentPlan: "free", paidLicenseEndedAt: "2025-08-20" },
      }),
    ).toEqual([
      [
        "history.paidLicenseEndedAt",
        "Платная лицензия не может закончиться позже даты заказа — клиент на «Бесплатном», потому что она уже закончилась",
      ],
    ]);
  });

  it.each([
    [9007199254740993, "Цена по прайс-листу: слишком большая сумма"],
    [1e15, "Цена по прайс-листу: слишком большая сумма"],
    [-100, "Цена по прайс-листу: сумма должна быть больше нуля"],
    [1.5, "Цена по прайс-листу: целое число тенге"],
  ])("listPrice %d → «%s» only", (listPrice, message) => {
    const found = issues(body({ line: "cloud", plan: "standard", months: 12, listPrice }));
    expect(found).toEqual([["product.listPrice", message]]);
  });
});
