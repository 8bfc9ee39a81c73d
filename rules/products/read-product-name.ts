import type {
  BoxEdition,
  BoxOperation,
  BoxSourceEdition,
  CloudPlan,
  CmsEdition,
  CmsOperation,
} from "../vocabulary/vocabulary";
import { foldText } from "./read-product-name-text";
import { readDigits } from "../text/digits";

/** What a product name tells of the API's product: the line and the fields the name states. */
export type ProductReading =
  | { line: "cloud"; plan: CloudPlan; users?: number; months?: number }
  | {
      line: "box";
      edition: BoxEdition;
      users?: number;
      operation?: BoxOperation;
      from?: { edition: BoxSourceEdition; users?: number };
    }
  | { line: "cms"; edition?: CmsEdition; operation?: CmsOperation; from?: CmsEdition };

type Found<T> = readonly (readonly [RegExp, T])[];

// Patterns run on folded text (see foldText): lower case, «е» for «ё», no quotes, «-» dashes.
// JavaScript's \b knows only Latin letters: `w` makes it a word edge for Cyrillic too.
const EDGE = "(?:(?<![а-яa-z0-9])(?=[а-яa-z0-9])|(?<=[а-яa-z0-9])(?![а-яa-z0-9]))";
const w = (pattern: RegExp) => new RegExp(pattern.source.replaceAll("\\b", EDGE));

const CLOUD_PLANS: Found<CloudPlan> = [
  [/базов|basic/, "basic"],
  [/стандарт|standard/, "standard"],
  [w(/проф|professional|\bpro\b/), "professional"],
  [/энтерпрайз|энтерпрайс|enterprise/, "enterprise"],
];

const BOX_EDITIONS: Found<BoxEdition> = [
  [/sip|сип/, "sip_connector"],
  [w(/интернет-? ?магазин|магазин ?\+ ?crm|shop ?\+? ?crm|\bим ?\+ ?crm/), "shop_crm"],
  [w(/корпоративн\S* портал|\bкп\b|corporate ?portal/), "corporate_portal"],
  [/энтерпрайз|энтерпрайс|enterprise/, "enterprise"],
];

const CMS_EDITIONS: Found<CmsEdition> = [
  [/малый бизнес|small ?business/, "small_business"],
  [/энтерпрайз|энтерпрайс|enterprise/, "enterprise"],
  [/бизнес|business/, "business"],
  [/стандарт|standard/, "standard"],
  [/старт|start/, "start"],
];

const CMS_MARK = w(
  /управлени\S* сайт|\bбус\b|\bус\b|\bcms\b|site ?manager|малый бизнес|\bстарт\b|\bstart\b/,
);
const BOX_MARK = w(
  /коробк|коробочн|\bbox\b|on-? ?premise|self-? ?hosted|корпоративн\S* портал|интернет-? ?магазин|sip|сип|\bкп\b|1[сc]-? ?битрикс ?24 ?\./,
);
const BITRIX24 = w(/битрикс ?24|bitrix ?24|\bб ?24\b|\bb ?24\b|\bв ?24\b/);
const CLOUD_MARK = /облак|облачн|cloud|saas/;

const first = <T>(text: string, table: Found<T>): T | undefined =>
  table.find(([pattern]) => pattern.test(text))?.[1];

/** A count of users: «1000 пользователей», «50 польз.», «10 000 users». */
function usersIn(text: string): number | undefined {
  const match = w(/(\d[\d ]*\d|\d)\s*(?:польз|users?\b|пол\.|чел\b|лиц\b)/).exec(text);
  return match ? readDigits(match[1]!) : undefined;
}

/** A bare tier after «Энтерпрайз» («Энтерпрайз 5000»), when no unit is written. */
function bareTier(text: string): number | undefined {
  const match =
    /(?:энтерпрайз|энтерпрайс|enterprise|портал|portal|кп)\D{0,3}(\d{2,5})(?!\s*(?:мес|m|год))/.exec(
      text,
    );
  return match ? readDigits(match[1]!) : undefined;
}

/** A term: «12 мес», «1 месяц», «на год», «12 months». */
function monthsIn(text: string): number | undefined {
  const match = /(\d{1,2})\s*(?:мес|months?\b|mo\b)/.exec(text);
  if (match) return readDigits(match[1]!);
  if (w(/\b(?:1 )?год\b|годов|annual|yearly|\b1 year/).test(text)) return 12;
  if (/ежемесячн|monthly|помесячн/.test(text)) return 1;
  return undefined;
}

/** The operation a name states: a renewal, an upgrade, a purchase; undefined when it does not say. */
function operationIn(text: string): "purchase" | "upgrade" | "renewal" | undefined {
  if (/продлен|продлит|renewal|renew\b/.test(text)) return "renewal";
  if (/переход|апгрейд|upgrade|повышени/.test(text)) return "upgrade";
  if (w(/покупк|новая лицензия|новой лицензии|\bлицензия\b|purchase|\bnew\b/).test(text)) {
    return "purchase";
  }
  return undefined;
}

/** «Переход с X на Y»: the source and target parts, when the name has them. */
function transition(text: string): { from: string; to: string } | undefined {
  const match = /(?:^|\s)с (?:редакции )?(.+?) на (?:редакцию )?(.+)$/.exec(text);
  return match ? { from: match[1]!, to: match[2]! } : undefined;
}

function readBox(text: string): ProductReading | null {
  const move = transition(text);
  const target = move?.to ?? text;
  const edition = first(target, BOX_EDITIONS);
  if (edition === undefined) return null;
  const users = usersIn(target) ?? bareTier(target);
  const operation = operationIn(text);
  const reading: ProductReading = { line: "box", edition };
  if (users !== undefined && edition !== "shop_crm" && edition !== "sip_connector") {
    reading.users = users;
  }
  if (operation !== undefined) reading.operation = operation;
  if (move) {
    const from = first(move.from, BOX_EDITIONS);
    if (from !== undefined && from !== "sip_connector") {
      const fromUsers = usersIn(move.from) ?? bareTier(move.from);
      reading.from = { edition: from, ...(fromUsers === undefined ? {} : { users: fromUsers }) };
    }
    reading.operation = "upgrade";
  }
  return reading;
}

function readCms(text: string): ProductReading | null {
  const move = transition(text);
  const operation = operationIn(text);
  // «Переход с «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM»»: to the Bitrix24 shop.
  if (move && (BITRIX24.test(move.to) || /интернет-? ?магазин/.test(move.to))) {
    const from = first(move.from, CMS_EDITIONS);
    return { line: "cms", operation: "to_bitrix24", ...(from ? { from } : {}) };
  }
  const edition = first(move?.to ?? text, CMS_EDITIONS);
  const reading: ProductReading = { line: "cms" };
  if (edition !== undefined) reading.edition = edition;
  if (operation !== undefined) reading.operation = operation;
  if (move) {
    const from = first(move.from, CMS_EDITIONS);
    if (from !== undefined) reading.from = from;
    reading.operation = "upgrade";
  }
  return reading;
}

function readCloud(text: string): ProductReading | null {
  const plan = first(text, CLOUD_PLANS);
  if (plan === undefined) return null;
  const reading: ProductReading = { line: "cloud", plan };
  const users = plan === "enterprise" ? (usersIn(text) ?? bareTier(text)) : undefined;
  if (users !== undefined) reading.users = users;
  const months = monthsIn(text);
  if (months !== undefined) reading.months = months;
  return reading;
}

/**
 * The API's product fields a product name states, as sales people write it: «Битрикс24
 * Профессиональный 12 мес» → cloud professional 12 months, «БУС Бизнес» → CMS «Бизнес»,
 * «1С-Битрикс24. Корпоративный портал (50 польз.)» → box portal for 50 users. Only what the name
 * says is returned (a missing term stays missing). null when the name does not tell the line and
 * the plan or edition («Подарочный сертификат», «Битрикс24» alone).
 */
export function readProductName(text: string): ProductReading | null {
  const folded = foldText(text)
    .replace(/[(),;:/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (folded === "") return null;
  // The CMS edition names «Бизнес», «Стандарт» also appear on the shop's name («Интернет-магазин
  // + CRM»), and «Битрикс24» in a CMS transition's target: the marks decide in this order.
  const cms = CMS_MARK.test(folded.replace(/битрикс ?24|bitrix ?24/g, ""));
  const box = BOX_MARK.test(folded);
  const cloud = CLOUD_MARK.test(folded);
  if (cms && !/^(?:коробк|коробочн)/.test(folded)) {
    const move = transition(folded);
    if (!box || (move && CMS_MARK.test(move.from))) return readCms(folded);
  }
  // «Переход с «Бизнес» на …»: a source that is a CMS edition only makes it a CMS transition.
  const move = transition(folded);
  if (move && !first(move.from, BOX_EDITIONS) && first(move.from, CMS_EDITIONS)) {
    return readCms(folded);
  }
  if (box && !cloud) return readBox(folded);
  if (BITRIX24.test(folded) || cloud) return readCloud(folded);
  return null;
}
