import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { PARTY_PATHS } from "@/lib/proposal/proposal-form";
import { PARTY_KEYS, type ProposalDraft } from "@/lib/proposal/proposal-url";
import { PartyTextField } from "./party-field";

const VAT_OPTIONS = [
  { value: "", label: "Как в прайс-листе" },
  { value: "included", label: "НДС включён в цены" },
  { value: "excluded", label: "НДС сверху цен" },
  { value: "none", label: "Без НДС (продавец не плательщик НДС)" },
] as const;

/** The offer's VAT: how prices carry it, and the rate when not the one in force on its date. */
export function VatFields({
  draft,
  errors,
  sent,
}: {
  draft: ProposalDraft;
  errors: Record<string, string>;
  /** The partner has sent the form once: every message shows. */
  sent: boolean;
}) {
  const id = "offer-vatMode";
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 md:flex-row">
      <legend className="px-1 text-lg font-semibold">НДС</legend>
      <Field
        id={id}
        label="НДС в КП"
        error={errors[PARTY_PATHS.vatMode] ?? errors.vat}
        className="md:flex-1"
      >
        {(control) => (
          <Select
            {...control}
            name={PARTY_KEYS.vatMode}
            defaultValue={draft.parties.vatMode}
            options={VAT_OPTIONS}
          />
        )}
      </Field>
      <div className="md:flex-1">
        <PartyTextField
          field="vatRate"
          label="Ставка НДС, %"
          hint="Если не указана — по дате КП: 12% по 31.12.2025, 16% с 01.01.2026."
          draft={draft}
          errors={errors}
          sent={sent}
        />
      </div>
    </fieldset>
  );
}
