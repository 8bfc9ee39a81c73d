import { HISTORY_WINDOW_KK } from "../promotion/names-kk";
import { lowerFirst, upperFirst } from "../text/case";
import { withKkEnding } from "../text/kk-suffix";
import type { Catalogue } from "./catalogue";

/*
 * The Kazakh catalogue: what a Kazakh answer calls each request field and the words of every
 * issue code, keyed as the Russian catalogue (`ru.ts`). Texts start in lower case; whoever opens
 * a sentence with one capitalises it. Kazakh word order puts the verb last («тарифті
 * көрсетіңіз»), so a field's `ask` is its accusative form and `issues.ask` puts the verb after it.
 */

/** What Kazakh calls one request field (the Russian catalogue's `FieldName`). */
interface FieldNameKk {
  label: string;
  name: string;
  /** The accusative, before «көрсетіңіз»: «тарифті». */
  ask: string;
  question?: string;
}

const paidNever = "клиент ақылы лицензия сатып алмаған, бірақ";
const usersOf = (edition: string, values: readonly (string | number)[]) =>
  `${edition} үшін пайдаланушылар саны: ${values.join(", ") || "көрсетілмейді"}`;

const field = (label: string, ask: string, name = lowerFirst(label)): FieldNameKk => ({
  label,
  name,
  ask,
});

export const kk: Catalogue = {
  fields: {
    orderedAt: field("Тапсырыс күні", "тапсырыс күнін"),
    paidAt: field("Төлем күні", "төлем күнін"),
    issuedAt: field("Ұсыныс күні", "ұсыныс күнін"),
    number: field("Ұсыныс нөмірі", "ұсыныс нөмірін"),
    customer: field("Клиент туралы мәлімет", "клиент туралы мәліметті"),
    "customer.kind": field("Кім сатып алады", "кім сатып алатынын", "сатып алушының түрі"),
    "customer.resident": field(
      "Клиент Қазақстаннан",
      "клиенттің Қазақстаннан екенін",
      "клиенттің Қазақстаннан екені",
    ),
    "customer.adult": {
      label: "18 жасқа толған, әрекетке қабілетті",
      name: "клиенттің жасы",
      ask: "клиенттің жасын",
      question: "Клиент 18 жасқа толған және толық әрекетке қабілетті",
    },
    "customer.purpose": field("Сатып алу мақсаты", "сатып алу мақсатын"),
    "customer.otherPromotion": {
      ...field("Басқа акция немесе жеңілдік", "басқа акцияны немесе жеңілдікті"),
      question: "Тапсырысқа басқа акция немесе жеңілдік қолданылған",
    },
    franchisee: {
      ...field("«1С: Франчайзи» лицензиясы", "«1С: Франчайзи» лицензиясын"),
      question: "Лицензия түрі — «1С-Битрикс: 1С: Франчайзи»",
    },
    sourcePurchasedAt: field(
      "Көшу жасалатын лицензия қашан сатып алынған",
      "ағымдағы лицензияның сатып алынған күнін",
      "ағымдағы лицензияның сатып алынған күні",
    ),
    product: field("Өнім", "өнімді"),
    "product.line": field("Өнім желісі", "өнімді", "өнім"),
    "product.plan": field("Таңдалған тариф", "тарифті", "тариф"),
    "product.users": field("Пайдаланушылар саны", "пайдаланушылар санын"),
    "product.months": field("Лицензия мерзімі", "мерзімді", "мерзім"),
    "product.copilotBoost": field(
      "Буст Copilot қосу",
      withKkEnding("Буст Copilot", "accusative"),
      "Буст Copilot қосу",
    ),
    "product.copilotBoostListPrice": field(
      "Буст Copilot бағасы",
      "Буст Copilot бағасын",
      "Буст Copilot бағасы",
    ),
    "product.listPrice": field("Прайс-парақ бойынша баға", "прайс-парақ бойынша бағаны"),
    "product.franchisee": field("«1С: Франчайзи» лицензиясы", "«1С: Франчайзи» лицензиясын"),
    "product.operation": field("Операция түрі", "операция түрін"),
    "product.edition": field("Таңдалған редакция", "редакцияны", "редакция"),
    "product.from": field(
      "Клиенттің қазіргі редакциясы",
      "көшу үшін ағымдағы редакцияны",
      "ағымдағы редакция",
    ),
    "product.from.edition": field(
      "Клиенттің қазіргі редакциясы",
      "ағымдағы редакцияны",
      "ағымдағы редакция",
    ),
    "product.from.users": field(
      "Ағымдағы редакциядағы пайдаланушылар",
      "ағымдағы редакцияның пайдаланушылар санын",
      "ағымдағы редакцияның пайдаланушылар саны",
    ),
    "product.sourcePurchasedAt": field(
      "Ағымдағы лицензия қашан сатып алынған",
      "ағымдағы лицензияның сатып алынған күнін",
      "ағымдағы лицензияның сатып алынған күні",
    ),
    history: {
      ...field("Клиент тарихы", "клиент тарихын"),
      question: "Клиенттің бұлттағы тарихы",
    },
    "history.paidBefore": {
      label: "Ақылы лицензия сатып алған ба",
      name: "клиенттің ақылы лицензия сатып алғаны",
      ask: "клиенттің ақылы лицензия сатып алған-алмағанын",
      question: "Клиент Битрикс24 ақылы лицензиясын (бұлттық немесе қорапты) бұрын сатып алған ба?",
    },
    "history.currentPlan": field("Порталдағы қазіргі тариф", "порталдағы қазіргі тарифті"),
    "history.currentUsers": field(
      "Қазіргі «Энтерпрайз» тарифіндегі пайдаланушылар",
      "қазіргі «Энтерпрайз» тарифіндегі пайдаланушылар санын",
      "қазіргі «Энтерпрайз» тарифіндегі пайдаланушылар саны",
    ),
    "history.paidLicenseEndedAt": field(
      "Ақылы лицензия қашан аяқталған",
      "ақылы лицензияның аяқталу күнін",
      "ақылы лицензияның аяқталу күні",
    ),
    "history.monthlyIn2025": {
      ...field("2025 жылғы 1 айлық сатып алулар", "2025 жылғы 1 айлық сатып алуларды"),
      question: `${upperFirst(HISTORY_WINDOW_KK)} бұлтты 1 айға сатып алған немесе ұзартқан`,
    },
    "history.annualIn2025": {
      ...field("2025 жылғы 12 айлық сатып алулар", "2025 жылғы 12 айлық сатып алуларды"),
      question: `${upperFirst(HISTORY_WINDOW_KK)} бұлтты 12 айға сатып алған`,
    },
    seller: field("Сатушы туралы мәлімет", "сатушы туралы мәліметті"),
    "seller.company": field("Ұйым атауы", "ұйым атауын"),
    "seller.bin": field("Сатушының БСН/ЖСН нөмірі", "сатушының БСН/ЖСН нөмірін"),
    "seller.address": field("Заңды мекенжайы", "заңды мекенжайын"),
    "seller.iban": field("ЖСК", "ЖСК", "ЖСК"),
    "seller.bik": field("БСК", "БСК", "БСК"),
    "seller.bank": field("Банк", "банкті"),
    "seller.kbe": field("БеК", "БеК", "БеК"),
    "seller.director": field("Басшы", "басшыны"),
    "seller.directorTitle": field("Басшының лауазымы", "басшының лауазымын"),
    "seller.person": field("Байланыс тұлғасы", "байланыс тұлғасын"),
    "seller.phone": field("Телефон нөмірі", "телефон нөмірін"),
    "seller.email": field("Электрондық пошта", "электрондық пошта мекенжайын"),
    client: field("Клиент туралы мәлімет", "клиент туралы мәліметті"),
    "client.name": field("Клиенттің атауы", "клиенттің атауын"),
    "client.bin": field("Клиенттің БСН/ЖСН нөмірі", "клиенттің БСН/ЖСН нөмірін"),
    "client.address": field("Клиенттің мекенжайы", "клиенттің мекенжайын"),
    "client.contact": field("Клиенттің байланыс деректері", "клиенттің байланыс деректерін"),
    vat: field("ҚҚС", "ҚҚС", "ҚҚС"),
    "vat.mode": field("ҚҚС", "ҚҚС", "ҚҚС"),
    "vat.rate": field("ҚҚС мөлшерлемесі", "ҚҚС мөлшерлемесін"),
    language: field("Құжат тілі", "құжат тілін"),
    appendix: field("Серіктеске арналған қосымша", "серіктеске арналған қосымшаны"),
    lines: field("Ұсыныс жолдары", "ұсыныс жолдарын"),
    "lines.quantity": field("Өнім саны", "өнім санын"),
  },
  contradictions: {
    never_paid_plan: () => `${paidNever} қазір ақылы тарифте`,
    never_paid_ended: () => `${paidNever} ақылы лицензияның аяқталу күні көрсетілген`,
    never_paid_monthly: () => `${paidNever} 2025 жылы 1 айлық лицензиялар сатып алған`,
    never_paid_annual: () => `${paidNever} 2025 жылы 12 айлық лицензия сатып алған`,
    ended_after_order: () =>
      "ақылы лицензия тапсырыс күнінен кейін аяқтала алмайды — клиент «Бесплатный» тарифінде, себебі лицензия әлдеқашан аяқталған",
    users_for_edition: (values: readonly (string | number)[]) => usersOf("осы редакция", values),
    from_users_for_edition: (values: readonly (string | number)[]) =>
      usersOf("ағымдағы редакция", values),
  },
  issues: {
    required: "міндетті өріс",
    ask: (f: FieldNameKk) => `${f.ask} көрсетіңіз`,
    badDate: (example: string) => `күн қате, мысалы: ${example}`,
    dateExample: (withTime: boolean) => (withTime ? "15.08.2025 12:00" : "15.08.2025"),
    pickFromList: "тізімнен бір нұсқаны таңдаңыз",
    yesOrNo: "«Иә» немесе «Жоқ» таңдаңыз",
    notInList: "мән тізімде жоқ",
    noProduct: "өнім көрсетілмеген",
    unknownProduct: "белгісіз өнім",
    amountPositive: "сома нөлден үлкен болуы керек",
    amountNotNegative: "сома теріс болмауы керек",
    amountTooBig: "сома тым үлкен",
    wholeTenge: "теңгенің бүтін саны болуы керек",
    wholeNumber: "бүтін сан болуы керек",
    atLeast: (minimum: number) => `кемінде ${minimum} болуы керек`,
    atMost: (maximum: number) => `ең көбі ${maximum} болуы керек`,
    tooLong: (maximum: number) => `${maximum} таңбадан аспауы керек`,
    oneLine: "басқару таңбаларынсыз бір жол болуы керек",
    textExpected: "мәтін жолы күтіледі",
    binDigits: "12 цифрдан тұруы керек",
    binCheckDigit: "бақылау цифры қате — нөмірді тексеріңіз",
    invalidIban: "ЖСК қате: KZ және дұрыс бақылау цифрлары бар 18 таңба күтіледі",
    invalidBic: "БСК қате: 8 немесе 11 латын әрпі мен цифр күтіледі",
    kbeDigits: "екі таңбалы сан, мысалы 17",
    noLines: "ұсынысқа кемінде бір жол қосыңыз",
    tooManyLines: (maximum: number) =>
      `ұсыныста ${withKkEnding(String(maximum), "ablative")} артық жол болмауы керек`,
    unknownKey: "белгісіз өріс",
    invalid: "мән қате",
  },
  compose: {
    labelled: (label: string, text: string) => `${label}: ${text}`,
    about: (name: string, text: string) => `${name} — ${text}`,
    list: (texts: readonly string[]) => texts.join("; "),
    lineProblem: (position: number, texts: string) => `${position}-позиция: ${texts}.`,
    lineUnreadable: (texts: string) => `Позиция танылмады: ${texts}. Оны жойып, қайта қосыңыз.`,
  },
};
