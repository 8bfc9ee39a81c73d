import { describe, expect, it } from "vitest";
import { KAZAKH_LETTERS, numbersIn, russianWordsIn } from "@/test-support/kazakh";
import { PRICE_ITEM_IDS } from "@/rules/products/item-ids";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { itemTitleKk } from "@/rules/catalog/item-title-kk";
import { kzSummer2025Kk } from "@/rules/promotion/kz-summer-2025-kk";
import { rewardExamples } from "./reward-examples";
import {
  exampleTitleKk,
  promoDaysTextKk,
  promoPeriodTextKk,
  PROMO_TEXTS_KK,
} from "./promo-texts-kk";
import { PROMO_TEXTS_RU, type PromoTexts } from "./promo-texts";
import { PRICES_TEXTS_KK } from "@/lib/prices/prices-texts-kk";
import type { PricesTexts } from "@/lib/prices/prices-texts";

const promotion = kzSummer2025Kk;
const start = promotion.start;
const official = { kind: "official" as const, title: "1С-Битрикс Казахстан", asOf: "2025-08-01" };
const example = rewardExamples(promotion, examplePriceList)[0]!;

/** Every text of the promotion page's table, functions called with sample values. */
function promoTexts(t: PromoTexts): string[] {
  return [
    t.eyebrow,
    t.pageTitle(promotion),
    ...Object.values(t.actions),
    t.status.beforeHeading(promotion),
    t.status.beforeDays(8),
    t.status.duringHeading,
    t.status.duringDays(1),
    t.status.afterHeading(promotion),
    t.status.afterText(promotion),
    t.period.heading,
    t.period.running(promotion),
    t.period.over(promotion),
    t.how.heading,
    ...t.how.steps(promotion),
    t.rewards.heading,
    t.rewards.region,
    t.rewards.caption,
    ...Object.values(t.rewards.columns),
    t.rewards.condition("клиент бұрын ақылы лицензия сатып алған"),
    t.rewards.clauses(["4.1.3", "5.6"]),
    t.rewards.bonus("576 000 ₸"),
    t.rewards.enterprise(35, 40),
    t.rewards.prices(examplePriceList),
    t.rewards.prices(official),
    t.rewards.example(example),
    t.copilot.heading,
    t.copilot.condition(promotion.rewards.at(-1)!.condition),
    t.copilot.example("12 айға Буст Copilot", "324 000 ₸", "900 000 ₸"),
    t.participants,
    t.exclusions,
    t.clauseNote("Дара кәсіпкерлер", "1.2.3"),
    t.contact.heading,
    t.contact.before(promotion),
    t.contact.during,
    t.contact.after,
    t.contact.question,
    t.contact.write,
    t.contact.mailSubject(promotion),
    t.contact.rules,
    t.contact.organizer(promotion),
    t.preview.region,
    t.preview.shows(start),
    t.preview.unreadable("2025-13-45"),
    t.preview.dateLabel,
    t.preview.show,
    t.preview.exit,
  ];
}

/** Every text of the price list page's table, functions called with sample values. */
function pricesTexts(t: PricesTexts): string[] {
  return [
    t.pageTitle,
    t.pageDescription,
    t.heading(examplePriceList),
    t.heading(official),
    ...Object.values(t.facts),
    t.kind("example", true),
    t.kind("official", false),
    t.vat(true),
    t.vat(false),
    t.vat(null),
    t.allLines,
    t.line,
    t.search,
    t.searchHint,
    t.show,
    t.reset,
    t.found(5, 120),
    t.nothing,
    t.noneInLine,
    t.download,
    t.downloadHint,
    t.downloadList,
    ...Object.values(t.columns),
    t.example,
    t.sourceLink("bitrix24.kz/prices"),
    t.tableCaption(t.lines.cloud),
    ...Object.values(t.lines),
    t.itemTitle({ id: "cloud/enterprise-250/12", title: "—" }),
    t.listNote(examplePriceList),
    t.listNote(official),
    t.allPrices,
    t.fileName("2025-07-28"),
  ];
}

/** Kazakh words and trade names that happen to have no letter Russian lacks. */
const NO_KAZAKH_LETTER = new Set([
  "«Лето с выгодой» акциясы — 1С-Битрикс Казахстан",
  "Мысал",
  "35%, «Энтерпрайз» — 40%",
  "«1С-Битрикс: Управление сайтом» «Бизнес» лицензиясы",
  "Позиция саны",
  "Атауы",
  "Мысалы: Энтерпрайз, Бизнес, 100 пайдаланушы",
  "«1С-Битрикс: Управление сайтом»",
  "Битрикс24 «Энтерпрайз» (250 пайдаланушы), 12 ай",
]);

const PAGE_TEXTS = [...promoTexts(PROMO_TEXTS_KK), ...pricesTexts(PRICES_TEXTS_KK)];

describe("the Kazakh promotion and price list pages' words", () => {
  it.each(PAGE_TEXTS)("%s", (text) => {
    if (!NO_KAZAKH_LETTER.has(text)) expect(text).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(text)).toEqual([]);
  });

  it("keeps every number of the Russian texts (dates, days, clauses, percents)", () => {
    const kk = promoTexts(PROMO_TEXTS_KK);
    promoTexts(PROMO_TEXTS_RU).forEach((ru, i) => {
      // What an example buys is named from its price list item in Kazakh («1С-Битрикс…»).
      if (ru === example.title) return;
      expect(numbersIn(kk[i]!), `${ru} / ${kk[i]}`).toEqual(numbersIn(ru));
    });
  });

  it("dates the promotion the Kazakh way, in Astana time", () => {
    expect(promoPeriodTextKk(promotion)).toBe(
      "2025 жылғы 28 шілде, 00:00 – 2025 жылғы 31 тамыз, 23:59:59 (Астана уақыты, UTC+5)",
    );
    expect(promoDaysTextKk(promotion)).toBe("2025 жылғы 28 шілдеден 31 тамызды қоса алғанға дейін");
    const status = PROMO_TEXTS_KK.status;
    expect(status.beforeHeading(promotion)).toBe("Акция 28 шілдеде басталады");
    expect(status.afterHeading(promotion)).toBe("Акция 2025 жылғы 31 тамызда аяқталды");
    expect(status.duringDays(21)).toBe("Акция аяқталғанға дейін 21 күн қалды.");
    expect(status.duringDays(1)).toBe("Акция аяқталғанға дейін 1 күн қалды — бүгін соңғы күн.");
    expect(PROMO_TEXTS_KK.contact.before(promotion)).toContain("2025 жылғы 28 шілдеден бастап");
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
