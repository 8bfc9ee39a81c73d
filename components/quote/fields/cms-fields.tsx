import { CMS_EDITIONS } from "@/rules";
import { CMS_EDITION_LABELS, CMS_OPERATION_LABELS } from "@/lib/quote/quote-labels";
import { RadioGroup } from "@/components/ui/radio-group";
import { DateField, fieldId, labelled, options, SelectField, type SectionProps } from "./shared";

const CMS_OPERATIONS = labelled(CMS_OPERATION_LABELS);
const CMS_EDITION_OPTIONS = options(
  CMS_EDITIONS,
  (e) => CMS_EDITION_LABELS[e as (typeof CMS_EDITIONS)[number]],
);

/** The CMS operation, the held and the new edition, the source date. */
export function CmsFields({ form, values: v, errors }: SectionProps) {
  const common = { form, errors };
  const cmsTransition = v.cmsOperation === "upgrade" || v.cmsOperation === "to_bitrix24";
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <RadioGroup
          id={fieldId("cmsOperation")}
          value={v.cmsOperation}
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
      {v.cmsOperation === "upgrade" ? (
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
  );
}
