import { describe, expect, it } from "vitest";
import { kzSummer2025, quoteRequestSchema } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { rewardExamples } from "./reward-examples";

describe("rewardExamples", () => {
  const examples = rewardExamples(kzSummer2025, examplePriceList);

  it("one example per reward of the promotion, in its order", () => {
    expect(examples.map((e) => e.reward.id)).toEqual(kzSummer2025.rewards.map((r) => r.id));
  });

  it.each(examples.map((e) => [e.reward.id, e] as const))(
    "%s → a valid request, eligible for that very reward, priced from the catalog",
    (id, e) => {
      expect(quoteRequestSchema.safeParse(e.request).success).toBe(true);
      expect(e.result.eligible).toBe(true);
      expect(e.result.priceSource.overridden).toBe(false);
      if (id === "copilot") {
        expect(e.result.bonus).not.toBeNull();
        expect(e.before - e.after).toBe(Math.min(kzSummer2025.copilotBonus, e.before));
      } else {
        expect(e.result.reward).toBe(id);
        expect(e.result.discountPercent).toBe(e.reward.percent);
        expect(e.after).toBeLessThan(e.before);
      }
    },
  );

  it.each([
    ["cms-new", "Покупка «Бизнес»", 389_900, 311_920],
    ["cms-upgrade", "Переход с редакции «Старт» на редакцию «Стандарт»", 60_000, 45_000],
    [
      "cms-to-b24",
      "Переход с редакции «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM»",
      600_100,
      480_080,
    ],
    ["box-new", "Покупка «Корпоративный портал» 50 пользователей", 1_190_000, 1_011_500],
    [
      "box-upgrade",
      "Переход с редакции «Интернет-магазин + CRM» на редакцию «Корпоративный портал» 50 пользователей",
      200_000,
      160_000,
    ],
    ["cloud-new", "«Стандартный» на 12 месяцев", 335_880, 218_322],
    [
      "cloud-upgrade",
      "Повышение с тарифа «Стандартный» до тарифа «Профессиональный» на 12 месяцев",
      671_880,
      436_722,
    ],
    ["cloud-monthly", "Продление «Стандартный» на 12 месяцев", 335_880, 218_322],
    ["copilot", "Буст Copilot на 12 месяцев к тарифу «Энтерпрайз» на 12 месяцев", 576_000, 0],
  ])("%s → %s, %i → %i", (id, title, before, after) => {
    expect(examples.find((e) => e.reward.id === id)).toMatchObject({ title, before, after });
  });
});
