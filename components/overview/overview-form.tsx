import {
  CLOUD_CURRENT_PLANS,
  CLOUD_ENTERPRISE_USERS,
  CUSTOMER_KIND_NAMES,
  CUSTOMER_KINDS,
  DEFAULT_SOURCE_PURCHASED_AT,
  PURPOSE_NAMES,
  PURPOSES,
  formatAstanaDate,
  parseAstanaInstant,
  type Promotion,
} from "@/rules";
import type { OverviewField, OverviewForm as OverviewFormState } from "@/lib/overview/overview-url";
import { AutoSubmitForm } from "@/components/ui/auto-submit-form";
import { Checkbox, DateField, RadioGroup, SelectField } from "./overview-fields";
import { QUESTIONS } from "@/lib/quote/questions";
import { CURRENT_PLAN_LABELS } from "@/lib/quote/quote-labels";
import { CLOSED_KEY } from "@/lib/overview/overview-groups";
import type { ProductLine } from "@/lib/quote/product-labels";

const KINDS = CUSTOMER_KINDS.map((kind) => ({ value: kind, label: CUSTOMER_KIND_NAMES[kind] }));

const YES_NO = [
  { value: "true", label: "Да" },
  { value: "false", label: "Нет" },
] as const;

const PURPOSE_OPTIONS = PURPOSES.map((p) => ({ value: p, label: PURPOSE_NAMES[p] }));

const PLANS = CLOUD_CURRENT_PLANS.map((plan) => ({
  value: plan,
  label: CURRENT_PLAN_LABELS[plan],
}));

const USERS = [
  { value: "", label: "—" },
  ...CLOUD_ENTERPRISE_USERS.map((n) => ({ value: String(n), label: String(n) })),
];

const fieldset = "rounded-lg border border-slate-300 p-4";
const legend = "px-1 text-lg font-semibold";

/** The client's answers of /offers: a GET form, enhanced to update the table as they change. */
export function OverviewForm({
  form,
  promotion,
  labelledBy,
  closed,
}: {
  form: OverviewFormState;
  promotion: Promotion;
  /** Id of the heading that names the form. */
  labelledBy: string;
  /** The closed groups of the table, kept when the answers are sent. */
  closed: ReadonlySet<ProductLine>;
}) {
  const { values: v, errors: e } = form;
  /** A field's name, value and error, with its question as the label. */
  const asked = (name: keyof typeof QUESTIONS & OverviewField) => ({
    name,
    label: QUESTIONS[name],
    value: v[name],
    error: e[name],
  });
  const sourceBefore = formatAstanaDate(promotion.upgradeSourceBefore);
  const defaultSource = formatAstanaDate(parseAstanaInstant(DEFAULT_SOURCE_PURCHASED_AT) ?? 0);
  return (
    <AutoSubmitForm
      action="/offers"
      labelledBy={labelledBy}
      keep={[CLOSED_KEY]}
      className="grid gap-4 lg:grid-cols-3"
    >
      {[...closed].map((line) => (
        <input key={line} type="hidden" name={CLOSED_KEY} value={line} />
      ))}
      <fieldset className={`${fieldset} space-y-4`}>
        <legend className={legend}>Клиент</legend>
        <RadioGroup {...asked("kind")} options={KINDS} />
        <RadioGroup {...asked("resident")} options={YES_NO} />
        <RadioGroup
          {...asked("adult")}
          hint="Учитывается только для физических лиц."
          options={YES_NO}
        />
        <RadioGroup {...asked("purpose")} options={PURPOSE_OPTIONS} />
        <Checkbox {...asked("otherPromotion")} />
        <Checkbox {...asked("franchisee")} />
      </fieldset>

      <fieldset className={`${fieldset} space-y-4`}>
        <legend className={legend}>{QUESTIONS.history}</legend>
        <RadioGroup
          name="paidBefore"
          label={QUESTIONS.paidBefore}
          value={v.paidBefore === "true" ? "true" : "false"}
          error={e.paidBefore}
          options={YES_NO}
        />
        <SelectField {...asked("currentPlan")} options={PLANS} />
        <SelectField {...asked("currentUsers")} options={USERS} />
        <DateField
          {...asked("paidLicenseEndedAt")}
          hint="Если сейчас «Бесплатный» после платного тарифа."
        />
        <Checkbox {...asked("monthlyIn2025")} />
        <Checkbox {...asked("annualIn2025")} />
      </fieldset>

      <fieldset className={`${fieldset} space-y-4`}>
        <legend className={legend}>Даты, время Астаны</legend>
        <DateField
          name="orderedAt"
          label="Дата заказа"
          hint={form.orderedAtDefaulted ? "По умолчанию — сегодня." : undefined}
          value={v.orderedAt}
          error={e.orderedAt}
        />
        <DateField
          name="paidAt"
          label="Дата оплаты"
          hint="Если пусто — как дата заказа."
          value={v.paidAt}
          error={e.paidAt}
        />
        <DateField
          name="sourcePurchasedAt"
          label="Когда куплена лицензия, с которой переход"
          hint={`Для переходов коробки и «Управления сайтом». Если пусто — считаем, что до ${sourceBefore} (${defaultSource}).`}
          value={v.sourcePurchasedAt}
          error={e.sourcePurchasedAt}
        />
        <Checkbox name="only" label="Только доступные" value={v.only} />
        <button
          type="submit"
          className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-600 focus:ring-offset-2"
        >
          Показать предложения
        </button>
      </fieldset>
    </AutoSubmitForm>
  );
}
