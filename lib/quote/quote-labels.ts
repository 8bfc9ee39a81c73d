import {
  BOX_EDITION_NAMES,
  CLOUD_PLAN_NAMES,
  CMS_EDITION_NAMES,
  CUSTOMER_KIND_NAMES,
  LINE_NAMES,
  PURPOSE_NAMES,
  type BoxOperation,
  type CmsOperation,
  type CustomerKind,
} from "@/rules";
import type { ProductLine } from "./quote-form";

/*
 * The Russian labels the quote form shows for each enumeration value, from the glossary
 * (`rules/promotion/glossary.ts`, `names.ts`): the form's selects and radios and the /check page
 * (which reads them back from a spreadsheet) use these, so a label typed from the form is read.
 */

/** A name without its guillemets, for a list of names. */
const unquote = (s: string) => s.replace(/^«(.*)»$/, "$1");

export const LINE_LABELS: Record<ProductLine, string> = {
  cloud: LINE_NAMES.cloud.name,
  box: LINE_NAMES.box.name,
  cms: LINE_NAMES.cms.name,
};

export const BOX_OPERATION_LABELS: Record<BoxOperation, string> = {
  purchase: "Покупка новой лицензии",
  upgrade: "Переход на старшую редакцию",
  renewal: "Продление",
};

export const CMS_OPERATION_LABELS: Record<CmsOperation, string> = {
  purchase: "Покупка новой лицензии",
  upgrade: "Переход на старшую редакцию",
  renewal: "Продление",
  to_bitrix24: "Переход с редакции «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM»",
};

export const CUSTOMER_KIND_LABELS: Record<CustomerKind, string> = CUSTOMER_KIND_NAMES;

export const PURPOSE_LABELS = PURPOSE_NAMES;

export const MONTHS_LABELS = { "12": "12 месяцев", "1": "1 месяц" } as const;

/** «Тариф на портале сейчас»: «Без портала» for none, else the plan's name. */
export const CURRENT_PLAN_LABELS = Object.fromEntries(
  Object.entries(CLOUD_PLAN_NAMES).map(([plan, name]) => [
    plan,
    plan === "none" ? "Без портала" : unquote(name),
  ]),
) as Record<keyof typeof CLOUD_PLAN_NAMES, string>;

/** Edition labels as the form's selects show them (without guillemets). */
export const BOX_EDITION_LABELS = Object.fromEntries(
  Object.entries(BOX_EDITION_NAMES).map(([edition, name]) => [edition, unquote(name)]),
) as Record<keyof typeof BOX_EDITION_NAMES, string>;

export const CMS_EDITION_LABELS = Object.fromEntries(
  Object.entries(CMS_EDITION_NAMES).map(([edition, name]) => [edition, unquote(name)]),
) as Record<keyof typeof CMS_EDITION_NAMES, string>;

/** The cloud plans' labels (without guillemets). */
export const CLOUD_PLAN_LABELS = Object.fromEntries(
  Object.entries(CLOUD_PLAN_NAMES).map(([plan, name]) => [plan, unquote(name)]),
) as Record<keyof typeof CLOUD_PLAN_NAMES, string>;
