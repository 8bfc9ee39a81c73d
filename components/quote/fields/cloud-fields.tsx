import type { ReactNode } from "react";
import { CLOUD_ENTERPRISE_USERS, CLOUD_PLANS, COPILOT_ITEM_ID, type Catalog } from "@/rules";
import { CLOUD_PLAN_LABELS, MONTHS_LABELS } from "@/lib/quote/quote-labels";
import { Checkbox } from "@/components/ui/checkbox";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { CatalogSource } from "./list-price-field";
import { fieldId, options, SelectField, usersLabel, type SectionProps } from "./shared";

const CLOUD_PLAN_OPTIONS = options(
  CLOUD_PLANS,
  (p) => CLOUD_PLAN_LABELS[p as (typeof CLOUD_PLANS)[number]],
);
/** The cloud «Энтерпрайз» sizes as select options. */
export const ENTERPRISE_USERS = options(CLOUD_ENTERPRISE_USERS, usersLabel);
const MONTHS = options(["12", "1"], (m) => MONTHS_LABELS[m as keyof typeof MONTHS_LABELS]);

/** The cloud plan, its size, the term, the price and the Copilot boost. */
export function CloudFields({
  form,
  values: v,
  errors,
  price,
  list,
}: SectionProps & { price: ReactNode; list: Catalog }) {
  const common = { form, errors };
  const boostItem = list.byId.get(COPILOT_ITEM_ID);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="cloudPlan" label="Тариф" optionsList={CLOUD_PLAN_OPTIONS} {...common} />
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
          value={v.cloudMonths}
          legend="Срок лицензии"
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
          checked={v.copilotBoost}
          label="Добавить Буст Copilot на 12 месяцев"
          field={form.register("copilotBoost")}
          hint="Бонус 576 000 ₸ — только вместе с тарифом «Энтерпрайз» на 12 месяцев по акции (п. 4.1.6)."
          error={errors.copilotBoost}
        />
      </div>
      {v.copilotBoost ? (
        <Field
          id={fieldId("copilotPrice")}
          label="Цена Буста Copilot по прайс-листу, ₸"
          hint={boostItem ? <CatalogSource item={boostItem} list={list} /> : undefined}
          error={errors.copilotPrice}
          className="sm:col-span-2"
        >
          {(control) => (
            <input
              {...control}
              {...form.register("copilotPrice")}
              defaultValue={v.copilotPrice}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`${CONTROL_CLASS} max-w-60 tabular-nums`}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
