import { astanaMidnight } from "../time/astana";
import type { PromotionTerms } from "./types";

/**
 * What the engine and the quote page need of «Лето с выгодой»: the period, the dates the
 * conditions compare with, the rewards table and the texts of the clauses that grant a reward
 * (the quote and the printed offer cite them). The rest of the promotion's texts is in
 * `kz-summer-2025.ts`, for its page and the server: it does not ship with the quote page.
 */
export const kzSummer2025Terms: PromotionTerms = {
  id: "kz-summer-2025",
  title: "Лето с выгодой",
  start: astanaMidnight(2025, 7, 28), // п. 2.1
  endExclusive: astanaMidnight(2025, 9, 1), // п. 2.1: по 31.08.2025 включительно
  upgradeSourceBefore: astanaMidnight(2025, 7, 24), // п. 4.1.1, 4.1.2
  cloudEndedBefore: astanaMidnight(2025, 6, 30), // п. 5.6
  historyFrom: astanaMidnight(2025, 1, 1), // п. 5.7, 5.8
  copilotBonus: 576_000, // п. 4.1.6
  rulesUrl:
    "https://partners.1c-bitrix.kz/download/files/manuals/kz/promotion-rules/summer_2025.pdf",
  rewards: [
    { id: "cms-new", percent: 20, clauses: ["4.1.1"] },
    { id: "cms-upgrade", percent: 25, clauses: ["4.1.1"] },
    { id: "cms-to-b24", percent: 20, clauses: ["4.1.1", "4.1.2"] },
    { id: "box-new", percent: 15, clauses: ["4.1.2"] },
    { id: "box-upgrade", percent: 20, clauses: ["4.1.2"] },
    { id: "cloud-new", percent: 35, enterprisePercent: 40, clauses: ["4.1.3", "5.6"] },
    { id: "cloud-upgrade", percent: 35, enterprisePercent: 40, clauses: ["4.1.4", "5.7"] },
    { id: "cloud-monthly", percent: 35, enterprisePercent: 40, clauses: ["4.1.5", "5.8"] },
    { id: "copilot", percent: null, clauses: ["4.1.6"] },
  ],
  clauses: {
    "4.1.1":
      "«1С-Битрикс: Управление сайтом»: 20% на «Старт», «Стандарт», «Малый Бизнес», «Бизнес»; 25% на переходы на «Стандарт», «Малый бизнес», «Бизнес»; 20% на переход с «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM» — для лицензий, приобретённых до 24 июля 2025.",
    "4.1.2":
      "«1С-Битрикс24» (коробочная версия): 15% на «Интернет-магазин + CRM», «Корпоративный портал» (все версии); 20% на переходы на них — для лицензий, приобретённых до 24 июля 2025.",
    "4.1.3":
      "Облачный «1С-Битрикс24»: 35% на «Базовый», «Стандартный», «Профессиональный» на 12 месяцев; 40% на «Энтерпрайз» на 12 месяцев.",
    "4.1.4":
      "Облачный «1С-Битрикс24» при повышении тарифа (для Участников по п. 5.7): 35% на «Стандартный», «Профессиональный», 40% на «Энтерпрайз» на 12 месяцев.",
    "4.1.5":
      "Облачный «1С-Битрикс24» при продлении/повышении тарифа (для Участников по п. 5.8): 35% на «Стандартный», «Профессиональный», 40% на «Энтерпрайз» на 12 месяцев.",
    "5.6":
      "Поощрения п. 4.1.3 — только тем, кто никогда не покупал платные лицензии «1С-Битрикс24» или перешёл на «Бесплатный» по окончании платной лицензии до 30.06.2025 и находится на нём.",
    "5.7":
      "Поощрения п. 4.1.4 — тем, кто уже покупал платную лицензию, но не оформлял лицензии на 1 месяц с 01.01.2025 до начала Акции или покупал в этот период лицензию на 12 месяцев.",
    "5.8":
      "Поощрения п. 4.1.5 — тем, кто уже покупал платную лицензию и с 01.01.2025 до начала Акции покупал/продлевал исключительно лицензии на 1 месяц.",
  },
};
