import { memo } from "react";
import { CLOUD_CURRENT_PLANS, HISTORY_WINDOW, upperFirst } from "@/rules";
import { CURRENT_PLAN_LABELS } from "@/lib/quote/quote-labels";
import { Checkbox } from "@/components/ui/checkbox";
import { RadioGroup } from "@/components/ui/radio-group";
import type { SelectOption } from "@/components/ui/select";
import { ENTERPRISE_USERS } from "./cloud-fields";
import {
  DateField,
  fieldId,
  options,
  Section,
  sectionEqual,
  SelectField,
  YES_NO,
  type SectionProps,
} from "./shared";
import { QUESTIONS } from "@/lib/quote/questions";

const CURRENT_PLAN_OPTIONS = options(
  CLOUD_CURRENT_PLANS,
  (p) => CURRENT_PLAN_LABELS[p as (typeof CLOUD_CURRENT_PLANS)[number]],
);
const CURRENT_USERS: SelectOption[] = [
  ...ENTERPRISE_USERS,
  { value: "", label: "Не знаю — считать 250" },
];

/** Cloud history in plain words: the answers that decide п. 5.6, 5.7 or 5.8. */
export const HistorySection = memo(
  function HistorySection({ form, values: v, errors }: SectionProps) {
    const paid = v.paidBefore === "yes";
    const common = { form, errors };
    return (
      <Section id="history-heading" title={QUESTIONS.history}>
        {/* Closed by default: the form stays short; the answers decide п. 5.6, 5.7 or 5.8. */}
        <details
          aria-labelledby="history-help"
          className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm"
        >
          <summary id="history-help" className="cursor-pointer font-medium text-blue-900">
            Что значат эти вопросы и где найти ответы
          </summary>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-slate-700">
            <li>
              Никогда не покупал платных лицензий или перешёл на «Бесплатный» до 30.06.2025 — новый
              клиент: скидка 35–40% на любой тариф на 12 месяцев (п. 5.6, 4.1.3).
            </li>
            <li>
              Уже покупал и {HISTORY_WINDOW} не оплачивал только помесячно — скидка лишь при
              повышении тарифа (п. 5.7, 4.1.4).
            </li>
            <li>
              {upperFirst(HISTORY_WINDOW)} оплачивал только лицензии на 1 месяц — скидка и на
              продление, и на повышение (п. 5.8, 4.1.5).
            </li>
            <li>
              Где смотреть: в портале клиента «Битрикс24» — раздел «Тариф и оплата» (текущий тариф,
              история платежей и сроки лицензий); у партнёра — история заказов клиента.
            </li>
          </ul>
        </details>
        <RadioGroup
          id={fieldId("paidBefore")}
          value={v.paidBefore}
          legend={QUESTIONS.paidBefore}
          options={YES_NO}
          field={form.register("paidBefore")}
          error={errors.paidBefore}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="currentPlan"
            label={QUESTIONS.currentPlan}
            optionsList={CURRENT_PLAN_OPTIONS}
            {...common}
          />
          {v.currentPlan === "enterprise" ? (
            <SelectField
              name="currentUsers"
              label={QUESTIONS.currentUsers}
              optionsList={CURRENT_USERS}
              {...common}
            />
          ) : null}
          {paid && v.currentPlan === "free" ? (
            <DateField
              name="paidLicenseEndedAt"
              label={QUESTIONS.paidLicenseEndedAt}
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
              checked={v.monthlyIn2025}
              label={QUESTIONS.monthlyIn2025}
              field={form.register("monthlyIn2025")}
              error={errors.monthlyIn2025}
            />
            <Checkbox
              id={fieldId("annualIn2025")}
              checked={v.annualIn2025}
              label={QUESTIONS.annualIn2025}
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
