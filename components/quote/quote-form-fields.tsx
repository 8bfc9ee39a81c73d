import { memo, type ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import {
  BOX_EDITION_NAMES,
  BOX_EDITIONS,
  BOX_ENTERPRISE_USERS,
  BOX_PORTAL_USERS,
  BOX_SOURCE_EDITIONS,
  CLOUD_CURRENT_PLANS,
  CLOUD_ENTERPRISE_USERS,
  CLOUD_PLAN_NAMES,
  CLOUD_PLANS,
  CMS_EDITION_NAMES,
  CMS_EDITIONS,
  COPILOT_ITEM_ID,
  formatTenge,
  type Catalog,
  type CatalogItem,
} from "@/rules";
import type { PricedItem, QuoteField, QuoteFormErrors, QuoteFormValues } from "@/lib/quote-form";
import { EXAMPLE_PRICE_TEXT, formatListDate, sourceHost, upperFirst } from "@/lib/price-list-text";
import { Checkbox } from "@/components/ui/checkbox";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select, type SelectOption } from "@/components/ui/select";

export interface SectionProps {
  form: UseFormReturn<QuoteFormValues>;
  values: QuoteFormValues;
  errors: QuoteFormErrors;
}

const sameErrors = (a: QuoteFormErrors, b: QuoteFormErrors) => {
  const keys = Object.keys(a) as (keyof QuoteFormErrors)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * Re-render a section only when what it shows changed: the values its layout depends on, or an
 * error. Inputs are uncontrolled (react-hook-form), so a change elsewhere need not touch them;
 * this keeps the change → result time to the result panel's own render.
 */
function sectionEqual<P extends SectionProps>(
  keys: readonly QuoteField[],
  extra: (a: P, b: P) => boolean = () => true,
) {
  return (a: P, b: P) =>
    a.form === b.form &&
    keys.every((k) => a.values[k] === b.values[k]) &&
    sameErrors(a.errors, b.errors) &&
    extra(a, b);
}

/** The DOM id of a form field; the error list in the result panel focuses fields by it. */
export const fieldId = (name: QuoteField) => `f-${name}`;

const options = (values: readonly (string | number)[], label: (v: string) => string) =>
  values.map((v): SelectOption => ({ value: String(v), label: label(String(v)) }));
const usersLabel = (n: string) => `${n} пользователей`;
const unquote = (s: string) => s.replace(/^«(.*)»$/, "$1");

const LINE_OPTIONS: SelectOption[] = [
  { value: "cloud", label: "Облако Битрикс24" },
  { value: "box", label: "Коробка Битрикс24" },
  { value: "cms", label: "1С-Битрикс: Управление сайтом" },
];
const CLOUD_PLAN_OPTIONS = options(CLOUD_PLANS, (p) =>
  unquote(CLOUD_PLAN_NAMES[p as (typeof CLOUD_PLANS)[number]]),
);
const CURRENT_PLAN_OPTIONS = options(CLOUD_CURRENT_PLANS, (p) =>
  p === "none"
    ? "Портала ещё нет"
    : unquote(CLOUD_PLAN_NAMES[p as (typeof CLOUD_CURRENT_PLANS)[number]]),
);
const ENTERPRISE_USERS = options(CLOUD_ENTERPRISE_USERS, usersLabel);
const CURRENT_USERS: SelectOption[] = [
  ...ENTERPRISE_USERS,
  { value: "", label: "Не знаю — считать 250" },
];
const MONTHS: SelectOption[] = [
  { value: "12", label: "12 месяцев" },
  { value: "1", label: "1 месяц" },
];
const BOX_OPERATIONS: SelectOption[] = [
  { value: "purchase", label: "Покупка новой лицензии" },
  { value: "upgrade", label: "Переход на старшую лицензию" },
  { value: "renewal", label: "Продление" },
];
const boxEditionLabel = (e: string) =>
  unquote(BOX_EDITION_NAMES[e as (typeof BOX_EDITIONS)[number]]);
const BOX_EDITION_OPTIONS = options(BOX_EDITIONS, boxEditionLabel);
const BOX_SOURCE_OPTIONS = options(BOX_SOURCE_EDITIONS, boxEditionLabel);
const PORTAL_USERS = options(BOX_PORTAL_USERS, usersLabel);
const BOX_ENTERPRISE = options(BOX_ENTERPRISE_USERS, usersLabel);
const CMS_OPERATIONS: SelectOption[] = [
  { value: "purchase", label: "Покупка новой лицензии" },
  { value: "upgrade", label: "Переход на старшую редакцию" },
  { value: "renewal", label: "Продление" },
  {
    value: "to_bitrix24",
    label: "Переход с «Бизнес» на «1С-Битрикс24. Интернет-магазин + CRM»",
  },
];
const CMS_EDITION_OPTIONS = options(CMS_EDITIONS, (e) =>
  unquote(CMS_EDITION_NAMES[e as (typeof CMS_EDITIONS)[number]]),
);
const YES_NO: SelectOption[] = [
  { value: "yes", label: "Да" },
  { value: "no", label: "Нет" },
];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 border-t border-slate-300 pt-5">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function SelectField({
  name,
  label,
  hint,
  optionsList,
  form,
  errors,
}: {
  name: QuoteField;
  label: string;
  hint?: ReactNode;
  optionsList: readonly SelectOption[];
} & Pick<SectionProps, "form" | "errors">) {
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={errors[name]}>
      {(control) => <Select {...control} {...form.register(name)} options={optionsList} />}
    </Field>
  );
}

function DateField({
  name,
  label,
  hint,
  type,
  form,
  errors,
}: {
  name: QuoteField;
  label: string;
  hint?: ReactNode;
  type: "date" | "datetime-local";
} & Pick<SectionProps, "form" | "errors">) {
  return (
    <Field id={fieldId(name)} label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          {...form.register(name)}
          type={type}
          // Keeps the year to four digits (browsers otherwise accept years up to 275760).
          min={type === "date" ? "2000-01-01" : "2000-01-01T00:00"}
          max={type === "date" ? "2099-12-31" : "2099-12-31T23:59"}
          className={CONTROL_CLASS}
        />
      )}
    </Field>
  );
}

/**
 * Whose price a listed item's is: the loaded list's (date, the page it was taken from) or the
 * example list's, which always says it is an example and asks for the current price.
 */
export function CatalogSource({ item, list }: { item: CatalogItem; list: Catalog }) {
  if (list.kind === "example") return <>{upperFirst(EXAMPLE_PRICE_TEXT)}.</>;
  return (
    <>
      Цена по прайс-листу от {formatListDate(item.asOf ?? list.asOf)},{" "}
      <a href={item.source} className="text-blue-800 underline" target="_blank" rel="noreferrer">
        {sourceHost(item.source)}
      </a>
      .
    </>
  );
}

/** The list price, prefilled from the catalog, editable, with its source next to it. */
export function ListPriceField({
  form,
  errors,
  text,
  catalog,
  list,
}: Pick<SectionProps, "form" | "errors"> & {
  text: string;
  catalog: PricedItem;
  list: Catalog;
}) {
  const item = catalog.item;
  const typed = item ? text !== String(item.price) : text !== "";
  const hint = (
    <div className="flex flex-col gap-1">
      {!item ? (
        <span>В прайс-листе цены нет: укажите её по действующему прайс-листу.</span>
      ) : (
        <>
          {typed ? (
            <span>Цена указана вручную; в прайс-листе — {formatTenge(item.price)}.</span>
          ) : null}
          <span>
            <CatalogSource item={item} list={list} />
          </span>
        </>
      )}
      <span>
        <a href="/prices" className="text-blue-800 underline">
          Прайс-лист: все цены
        </a>
      </span>
      {item && typed ? (
        <span>
          <button
            type="button"
            className="text-blue-800 underline"
            onClick={() => form.setValue("listPriceFor", "")}
          >
            Вернуть цену из прайс-листа
          </button>
        </span>
      ) : null}
    </div>
  );
  return (
    <Field
      id={fieldId("listPrice")}
      label="Цена по прайс-листу, ₸"
      hint={hint}
      error={errors.listPrice}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            form.setValue("listPrice", e.target.value);
            form.setValue("listPriceFor", catalog.id);
          }}
          className={`${CONTROL_CLASS} max-w-60 tabular-nums`}
        />
      )}
    </Field>
  );
}

/** Product line first, then only the fields that line needs. */
type ProductProps = SectionProps & {
  priceText: string;
  catalog: PricedItem;
  /** The price list in use (page data from the server). */
  list: Catalog;
};

export const ProductSection = memo(
  function ProductSection({ form, values: v, errors, priceText, catalog, list }: ProductProps) {
    const price = (
      <ListPriceField form={form} errors={errors} text={priceText} catalog={catalog} list={list} />
    );
    const common = { form, errors };
    const boxUpgrade = v.boxOperation === "upgrade";
    const cmsTransition = v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24";
    const boostItem = list.byId.get(COPILOT_ITEM_ID);
    return (
      <Section id="product-heading" title="Продукт">
        <RadioGroup
          id={fieldId("line")}
          legend="Линейка"
          options={LINE_OPTIONS}
          field={form.register("line")}
          error={errors.line}
        />
        {v.line === "cloud" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="cloudPlan"
              label="Тариф"
              optionsList={CLOUD_PLAN_OPTIONS}
              {...common}
            />
            {v.cloudPlan === "enterprise" ? (
              <SelectField
                name="cloudUsers"
                label="Пользователей в «Энтерпрайз»"
                optionsList={ENTERPRISE_USERS}
                {...common}
              />
            ) : null}
            <div className="sm:col-span-2">
              <RadioGroup
                id={fieldId("cloudMonths")}
                legend="Срок оплаты"
                options={MONTHS}
                field={form.register("cloudMonths")}
                hint="Скидка по акции — только при оплате на 12 месяцев (п. 4.1.3–4.1.5)."
                error={errors.cloudMonths}
              />
            </div>
            <div className="sm:col-span-2">{price}</div>
            <div className="sm:col-span-2">
              <Checkbox
                id={fieldId("copilotBoost")}
                label="Добавить Буст CoPilot на 12 месяцев"
                field={form.register("copilotBoost")}
                hint="Бонус 576 000 ₸ — только вместе с «Энтерпрайз» на 12 месяцев по акции (п. 4.1.6)."
                error={errors.copilotBoost}
              />
            </div>
            {v.copilotBoost ? (
              <Field
                id={fieldId("copilotPrice")}
                label="Цена Буста CoPilot по прайс-листу, ₸"
                hint={boostItem ? <CatalogSource item={boostItem} list={list} /> : undefined}
                error={errors.copilotPrice}
                className="sm:col-span-2"
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register("copilotPrice")}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    className={`${CONTROL_CLASS} max-w-60 tabular-nums`}
                  />
                )}
              </Field>
            ) : null}
          </div>
        ) : null}
        {v.line === "box" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <RadioGroup
                id={fieldId("boxOperation")}
                legend="Операция"
                options={BOX_OPERATIONS}
                field={form.register("boxOperation")}
                error={errors.boxOperation}
              />
            </div>
            {boxUpgrade ? (
              <>
                <SelectField
                  name="boxFromEdition"
                  label="Лицензия у клиента сейчас"
                  optionsList={BOX_SOURCE_OPTIONS}
                  {...common}
                />
                {v.boxFromEdition === "corporate_portal" ? (
                  <SelectField
                    name="boxFromPortalUsers"
                    label="Пользователей в текущей лицензии"
                    optionsList={PORTAL_USERS}
                    {...common}
                  />
                ) : v.boxFromEdition === "enterprise" ? (
                  <SelectField
                    name="boxFromEnterpriseUsers"
                    label="Пользователей в текущей лицензии"
                    optionsList={BOX_ENTERPRISE}
                    {...common}
                  />
                ) : (
                  <div aria-hidden="true" className="hidden sm:block" />
                )}
              </>
            ) : null}
            <SelectField
              name="boxEdition"
              label={boxUpgrade ? "Новая лицензия" : "Лицензия"}
              optionsList={BOX_EDITION_OPTIONS}
              {...common}
            />
            {v.boxEdition === "corporate_portal" ? (
              <SelectField
                name="boxPortalUsers"
                label="Пользователей"
                optionsList={PORTAL_USERS}
                {...common}
              />
            ) : v.boxEdition === "enterprise" ? (
              <SelectField
                name="boxEnterpriseUsers"
                label="Пользователей"
                optionsList={BOX_ENTERPRISE}
                {...common}
              />
            ) : null}
            {boxUpgrade ? (
              <DateField
                name="boxSourceDate"
                label="Когда куплена текущая лицензия"
                hint="Скидка на переход — для лицензий, купленных до 24.07.2025 (п. 4.1.2)."
                type="date"
                {...common}
              />
            ) : null}
          </div>
        ) : null}
        {v.line === "cms" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <RadioGroup
                id={fieldId("cmsOperation")}
                legend="Операция"
                options={CMS_OPERATIONS}
                inline={false}
                field={form.register("cmsOperation", {
                  // Only «Бизнес» may move to the Bitrix24 shop (п. 4.1.1): start there.
                  onChange: (e: { target: { value: string } }) => {
                    if (e.target.value === "to_bitrix24") form.setValue("cmsFrom", "business");
                  },
                })}
                error={errors.cmsOperation}
              />
            </div>
            {cmsTransition ? (
              <SelectField
                name="cmsFrom"
                label="Редакция у клиента сейчас"
                optionsList={CMS_EDITION_OPTIONS}
                {...common}
              />
            ) : null}
            {v.cmsOperation !== "to_bitrix24" ? (
              <SelectField
                name="cmsEdition"
                label={v.cmsOperation === "upgrade" ? "Новая редакция" : "Редакция"}
                optionsList={CMS_EDITION_OPTIONS}
                {...common}
              />
            ) : null}
            {cmsTransition ? (
              <DateField
                name="cmsSourceDate"
                label="Когда куплена текущая лицензия"
                hint="Скидка на переход — для лицензий, купленных до 24.07.2025 (п. 4.1.1)."
                type="date"
                {...common}
              />
            ) : null}
          </div>
        ) : null}
        {v.line !== "cloud" ? price : null}
      </Section>
    );
  },
  sectionEqual<ProductProps>(
    [
      "line",
      "cloudPlan",
      "copilotBoost",
      "boxOperation",
      "boxEdition",
      "boxFromEdition",
      "cmsOperation",
    ],
    (a, b) => a.priceText === b.priceText && a.catalog.id === b.catalog.id && a.list === b.list,
  ),
);

/** Who the client is: kind, residence, age, purpose, other promotion, franchisee license. */
export const ClientSection = memo(
  function ClientSection({ form, values: v, errors }: SectionProps) {
    return (
      <Section id="client-heading" title="Клиент">
        <RadioGroup
          id={fieldId("kind")}
          legend="Кто покупает"
          options={[
            { value: "legal_entity", label: "ТОО / юрлицо" },
            { value: "sole_proprietor", label: "ИП" },
            { value: "individual", label: "Физлицо" },
          ]}
          field={form.register("kind")}
          error={errors.kind}
        />
        <Checkbox
          id={fieldId("resident")}
          label="Клиент из Казахстана"
          field={form.register("resident")}
          error={errors.resident}
        />
        {v.kind === "individual" ? (
          <Checkbox
            id={fieldId("adult")}
            label="Клиенту есть 18 лет, он полностью дееспособен"
            field={form.register("adult")}
            error={errors.adult}
          />
        ) : null}
        <RadioGroup
          id={fieldId("purpose")}
          legend="Для чего покупка"
          options={[
            { value: "business", label: "Для бизнеса или некоммерческой деятельности" },
            { value: "personal", label: "Для личных нужд" },
          ]}
          field={form.register("purpose")}
          error={errors.purpose}
        />
        <Checkbox
          id={fieldId("otherPromotion")}
          label="К заказу применена другая акция или скидка"
          field={form.register("otherPromotion")}
          hint="Акции не суммируются (п. 5.11)."
          error={errors.otherPromotion}
        />
        <Checkbox
          id={fieldId("franchisee")}
          label="Лицензия «1С-Битрикс: 1С: Франчайзи»"
          field={form.register("franchisee")}
          error={errors.franchisee}
        />
      </Section>
    );
  },
  sectionEqual(["kind"]),
);

/** Cloud history in plain words: the answers that decide п. 5.6, 5.7 or 5.8. */
export const HistorySection = memo(
  function HistorySection({ form, values: v, errors }: SectionProps) {
    const paid = v.paidBefore === "yes";
    const common = { form, errors };
    return (
      <Section id="history-heading" title="История клиента в облаке">
        <RadioGroup
          id={fieldId("paidBefore")}
          legend="Клиент когда-нибудь покупал платную лицензию Битрикс24 — облако или коробку?"
          options={YES_NO}
          field={form.register("paidBefore")}
          error={errors.paidBefore}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="currentPlan"
            label="Тариф на портале сейчас"
            optionsList={CURRENT_PLAN_OPTIONS}
            {...common}
          />
          {v.currentPlan === "enterprise" ? (
            <SelectField
              name="currentUsers"
              label="Пользователей в текущем «Энтерпрайз»"
              optionsList={CURRENT_USERS}
              {...common}
            />
          ) : null}
          {paid && v.currentPlan === "free" ? (
            <DateField
              name="paidLicenseEndedAt"
              label="Когда закончилась платная лицензия"
              hint="Если до 30.06.2025, клиент считается новым (п. 5.6)."
              type="date"
              {...common}
            />
          ) : null}
        </div>
        {paid ? (
          <>
            <Checkbox
              id={fieldId("monthlyIn2025")}
              label="С 01.01.2025 по 27.07.2025 покупал или продлевал облако на 1 месяц"
              field={form.register("monthlyIn2025")}
              error={errors.monthlyIn2025}
            />
            <Checkbox
              id={fieldId("annualIn2025")}
              label="С 01.01.2025 по 27.07.2025 покупал облако на 12 месяцев"
              field={form.register("annualIn2025")}
              error={errors.annualIn2025}
            />
          </>
        ) : null}
      </Section>
    );
  },
  sectionEqual(["paidBefore", "currentPlan"]),
);

/** Order and payment dates, Astana time (п. 2.2). */
export const DatesSection = memo(
  function DatesSection({ form, values: v, errors }: SectionProps) {
    const common = { form, errors };
    return (
      <Section id="dates-heading" title="Даты заказа и оплаты">
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField
            name="orderedAt"
            label="Дата и время заказа"
            hint="Время Астаны (UTC+5)."
            type="datetime-local"
            {...common}
          />
          {!v.paidSameTime ? (
            <DateField
              name="paidAt"
              label="Дата и время оплаты"
              hint="Время Астаны (UTC+5)."
              type="datetime-local"
              {...common}
            />
          ) : null}
        </div>
        <Checkbox
          id={fieldId("paidSameTime")}
          label="Оплата одновременно с заказом"
          field={form.register("paidSameTime")}
          hint="Заказ нужно оформить и оплатить с 28.07.2025 по 31.08.2025 включительно (п. 2.1, 5.2)."
        />
      </Section>
    );
  },
  sectionEqual(["paidSameTime"]),
);

/** Short names of the fields, for the list of errors in the result panel. */
export const FIELD_LABELS: Record<QuoteField | "form", string> = {
  form: "Форма",
  line: "Линейка",
  cloudPlan: "Тариф",
  cloudUsers: "Пользователей в «Энтерпрайз»",
  cloudMonths: "Срок оплаты",
  copilotBoost: "Буст CoPilot",
  copilotPrice: "Цена Буста CoPilot",
  boxOperation: "Операция",
  boxEdition: "Лицензия",
  boxPortalUsers: "Пользователей",
  boxEnterpriseUsers: "Пользователей",
  boxFromEdition: "Лицензия у клиента сейчас",
  boxFromPortalUsers: "Пользователей в текущей лицензии",
  boxFromEnterpriseUsers: "Пользователей в текущей лицензии",
  boxSourceDate: "Когда куплена текущая лицензия",
  cmsOperation: "Операция",
  cmsEdition: "Редакция",
  cmsFrom: "Редакция у клиента сейчас",
  cmsSourceDate: "Когда куплена текущая лицензия",
  listPrice: "Цена по прайс-листу",
  listPriceFor: "Цена по прайс-листу",
  kind: "Кто покупает",
  resident: "Клиент из Казахстана",
  adult: "Возраст клиента",
  purpose: "Для чего покупка",
  otherPromotion: "Другая акция",
  franchisee: "Лицензия «1С: Франчайзи»",
  paidBefore: "Покупал ли платную лицензию",
  currentPlan: "Тариф на портале сейчас",
  currentUsers: "Пользователей в текущем «Энтерпрайз»",
  paidLicenseEndedAt: "Когда закончилась платная лицензия",
  monthlyIn2025: "Покупки на 1 месяц в 2025",
  annualIn2025: "Покупки на 12 месяцев в 2025",
  orderedAt: "Дата и время заказа",
  paidSameTime: "Оплата одновременно с заказом",
  paidAt: "Дата и время оплаты",
};
