import { describe, expect, it } from "vitest";
import { KAZAKH_LETTERS, russianWordsIn } from "@/test-support/kazakh";
import { PRICE_ITEM_IDS } from "@/rules/products/item-ids";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { itemTitleKk } from "@/rules/catalog/item-title-kk";
import { kzSummer2025Kk } from "@/rules/promotion/kz-summer-2025-kk";
import { rewardExamples } from "./reward-examples";
import {
  exampleTitleKk,
  priceListNoteKk,
  PROMO_PAGE_KK,
  PROMO_STATUS_KK,
  promoPeriodTextKk,
  REWARDS_TABLE_KK,
  SHARE_ACTIONS_KK,
} from "./promo-texts-kk";
import { PRICE_TABLE_COLUMNS_KK, PRICES_PAGE_KK } from "@/lib/prices/prices-texts-kk";

const promotion = kzSummer2025Kk;
const start = promotion.start;

/** Every text of a keyed object, functions called with sample arguments. */
const PAGE_TEXTS = [
  PROMO_PAGE_KK.metaTitle(promotion.title),
  PROMO_PAGE_KK.eyebrow,
  PROMO_PAGE_KK.preview(start),
  PROMO_PAGE_KK.previewToday,
  PROMO_PAGE_KK.invalidPreview("2025-13-45"),
  PROMO_PAGE_KK.periodHeading,
  PROMO_PAGE_KK.period(promotion),
  PROMO_PAGE_KK.howHeading,
  ...PROMO_PAGE_KK.howSteps,
  PROMO_PAGE_KK.rewardsHeading,
  PROMO_PAGE_KK.copilotHeading,
  PROMO_PAGE_KK.copilot(promotion, promotion.rewards.at(-1)!.condition),
  PROMO_PAGE_KK.copilotExample("12 айға Буст Copilot", 900_000, 324_000),
  PROMO_PAGE_KK.participantsHeading,
  PROMO_PAGE_KK.exclusionsHeading,
  PROMO_PAGE_KK.listItem("Дара кәсіпкерлер", "1.2.3"),
  PROMO_PAGE_KK.calculateHeading,
  PROMO_PAGE_KK.rulesHeading,
  PROMO_PAGE_KK.calculatorLink,
  PROMO_PAGE_KK.overviewLink,
  PROMO_PAGE_KK.rulesLink,
  PROMO_PAGE_KK.organizer(promotion.organizer),
  PROMO_PAGE_KK.previewHeading,
  PROMO_PAGE_KK.previewDateLabel,
  PROMO_PAGE_KK.show,
  PROMO_STATUS_KK.startsOn(start),
  PROMO_STATUS_KK.daysToStart(8),
  PROMO_STATUS_KK.running,
  PROMO_STATUS_KK.daysLeft(1),
  PROMO_STATUS_KK.over,
  PROMO_STATUS_KK.lastDay(promotion.endExclusive),
  ...REWARDS_TABLE_KK.columns.map(([name]) => name),
  REWARDS_TABLE_KK.region,
  REWARDS_TABLE_KK.caption,
  REWARDS_TABLE_KK.condition("клиент бұрын ақылы лицензия сатып алған"),
  REWARDS_TABLE_KK.discount(promotion.rewards.at(-1)!, promotion),
  ...Object.values(SHARE_ACTIONS_KK),
  priceListNoteKk(examplePriceList),
  priceListNoteKk({
    kind: "official",
    title: "1С-Битрикс Казахстан, тамыз 2025",
    asOf: "2025-08-01",
  }),
  PRICES_PAGE_KK.metaTitle,
  PRICES_PAGE_KK.metaDescription,
  PRICES_PAGE_KK.heading("Прайс"),
  PRICES_PAGE_KK.kind,
  PRICES_PAGE_KK.kindExample,
  PRICES_PAGE_KK.kindLoaded,
  PRICES_PAGE_KK.shippedWithCalculator,
  PRICES_PAGE_KK.pricesAsOf,
  ...Object.values(PRICES_PAGE_KK.vatText),
  PRICES_PAGE_KK.count,
  PRICES_PAGE_KK.downloadCsv,
  PRICES_PAGE_KK.downloadTable,
  PRICES_PAGE_KK.line,
  PRICES_PAGE_KK.allLines,
  PRICES_PAGE_KK.show,
  PRICES_PAGE_KK.noItems,
  PRICES_PAGE_KK.examplePrice,
  PRICES_PAGE_KK.asOf("2025-07-28"),
  PRICES_PAGE_KK.source("bitrix24.kz/prices"),
  ...Object.values(PRICE_TABLE_COLUMNS_KK),
];

describe("the Kazakh promotion and price list pages' words", () => {
  it.each(PAGE_TEXTS)("%s", (text) => {
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(text)).toEqual([]);
  });

  it("dates the promotion the Kazakh way, in Astana time", () => {
    expect(promoPeriodTextKk(promotion)).toBe(
      "2025 жылғы 28 шілде, 00:00 – 2025 жылғы 31 тамыз, 23:59:59 (Астана уақыты, UTC+5)",
    );
    expect(PROMO_STATUS_KK.startsOn(start)).toBe("Акция 28 шілдеде басталады");
    expect(PROMO_STATUS_KK.lastDay(promotion.endExclusive)).toBe(
      "Акцияның соңғы күні — 2025 жылғы 31 тамыз.",
    );
    expect(PROMO_STATUS_KK.daysLeft(21)).toBe("Акция аяқталғанға дейін 21 күн қалды.");
  });

  it("titles each reward's example without a Russian word", () => {
    for (const example of rewardExamples(promotion, examplePriceList)) {
      const title = exampleTitleKk(example.request, example.reward.id === "copilot");
      expect(title, example.reward.id).not.toBe("—");
      expect(russianWordsIn(title), title).toEqual([]);
    }
  });
});

describe("itemTitleKk", () => {
  it("titles every item id of the price list vocabulary", () => {
    for (const id of PRICE_ITEM_IDS) {
      const title = itemTitleKk(id);
      expect(title, id).not.toBeNull();
      expect(russianWordsIn(title!), `${id}: ${title}`).toEqual([]);
    }
  });

  it.each([
    { id: "cloud/standard/12", expected: "Битрикс24 «Стандартный», 12 ай" },
    { id: "cloud/enterprise-250/1", expected: "Битрикс24 «Энтерпрайз» (250 пайдаланушы), 1 ай" },
    { id: "addon/copilot-boost/12", expected: "Буст Copilot, 12 ай" },
    { id: "box/sip_connector", expected: "«1С-Битрикс24» үшін SIP-коннектор лицензиясы" },
    {
      id: "box-renewal/corporate_portal-50",
      expected: "«1С-Битрикс24. Корпоративный портал» (50 пайдаланушы), ұзарту",
    },
    {
      id: "box-upgrade/shop_crm>corporate_portal-100",
      expected:
        "«1С-Битрикс24. Интернет-магазин + CRM» редакциясынан «1С-Битрикс24. Корпоративный портал» (100 пайдаланушы) редакциясына көшу",
    },
    { id: "cms/start", expected: "«1С-Битрикс: Управление сайтом» «Старт» лицензиясы" },
    {
      id: "cms-upgrade/start>business",
      expected: "«1С-Битрикс: Управление сайтом»: «Старт» редакциясынан «Бизнес» редакциясына көшу",
    },
    {
      id: "cms-to-b24/business>shop_crm",
      expected:
        "«1С-Битрикс: Управление сайтом» «Бизнес» редакциясынан «1С-Битрикс24. Интернет-магазин + CRM» редакциясына көшу",
    },
  ])("$id → $expected", ({ id, expected }) => {
    expect(itemTitleKk(id)).toBe(expected);
  });

  it.each(["custom/item", "cloud/unknown/12", "box/nothing", "cms/pro", ""])(
    "%j is not in the vocabulary → null",
    (id) => {
      expect(itemTitleKk(id)).toBeNull();
    },
  );
});
