import { BOX_EDITIONS, BOX_ENTERPRISE_USERS, BOX_PORTAL_USERS, BOX_SOURCE_EDITIONS } from "@/rules";
import { BOX_EDITION_LABELS, BOX_OPERATION_LABELS } from "@/lib/quote/quote-labels";
import { RadioGroup } from "@/components/ui/radio-group";
import {
  DateField,
  fieldId,
  labelled,
  options,
  SelectField,
  usersLabel,
  type SectionProps,
} from "./shared";

const BOX_OPERATIONS = labelled(BOX_OPERATION_LABELS);
const boxEditionLabel = (e: string) => BOX_EDITION_LABELS[e as (typeof BOX_EDITIONS)[number]];
const BOX_EDITION_OPTIONS = options(BOX_EDITIONS, boxEditionLabel);
// The SIP connector is no edition one moves up to (п. 5.5): not offered as a target.
const BOX_TARGET_OPTIONS = BOX_EDITION_OPTIONS.filter((o) => o.value !== "sip_connector");
const BOX_SOURCE_OPTIONS = options(BOX_SOURCE_EDITIONS, boxEditionLabel);
const PORTAL_USERS = options(BOX_PORTAL_USERS, usersLabel);
const BOX_ENTERPRISE = options(BOX_ENTERPRISE_USERS, usersLabel);

/** The box operation, the held and the new license with their sizes, the source date. */
export function BoxFields({ form, values: v, errors }: SectionProps) {
  const common = { form, errors };
  const boxUpgrade = v.boxOperation === "upgrade";
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <RadioGroup
          id={fieldId("boxOperation")}
          value={v.boxOperation}
          legend="Операция"
          options={BOX_OPERATIONS}
          field={form.register("boxOperation", {
            onChange: (e: { target: { value: string } }) => {
              if (e.target.value === "upgrade" && form.getValues("boxEdition") === "sip_connector")
                form.setValue("boxEdition", "corporate_portal");
            },
          })}
          error={errors.boxOperation}
        />
      </div>
      {boxUpgrade ? (
        <>
          <SelectField
            name="boxFromEdition"
            label="Редакция у клиента сейчас"
            optionsList={BOX_SOURCE_OPTIONS}
            {...common}
          />
          {v.boxFromEdition === "corporate_portal" ? (
            <SelectField
              name="boxFromPortalUsers"
              label="Пользователей в текущей редакции"
              optionsList={PORTAL_USERS}
              {...common}
            />
          ) : v.boxFromEdition === "enterprise" ? (
            <SelectField
              name="boxFromEnterpriseUsers"
              label="Пользователей в текущей редакции"
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
        label={boxUpgrade ? "Новая редакция" : "Редакция"}
        optionsList={boxUpgrade ? BOX_TARGET_OPTIONS : BOX_EDITION_OPTIONS}
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
  );
}
