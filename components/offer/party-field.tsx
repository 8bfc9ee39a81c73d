import { MAX_OFFER_NUMBER, MAX_OFFER_TEXT } from "@/rules/request/offer-limits";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { PARTY_PATHS } from "@/lib/offer/offer-form";
import { PARTY_KEYS, type OfferDraft, type PartyField } from "@/lib/offer/offer-url";

/** The id of a seller, client or number field. */
const partyFieldId = (field: PartyField) => `offer-${field}`;

/** One seller, client, number or date field, its message beside it. */
export function PartyTextField({
  field,
  label,
  draft,
  errors,
  hint,
  placeholder,
  type = "text",
  autoComplete,
}: {
  field: PartyField;
  label: string;
  draft: OfferDraft;
  errors: Record<string, string>;
  hint?: string;
  placeholder?: string;
  type?: "text" | "tel" | "email" | "date";
  autoComplete?: string;
}) {
  const id = partyFieldId(field);
  return (
    <Field id={id} label={label} hint={hint} error={errors[PARTY_PATHS[field]]}>
      {(control) => (
        <input
          {...control}
          name={PARTY_KEYS[field]}
          type={type}
          defaultValue={draft.parties[field]}
          placeholder={placeholder}
          autoComplete={autoComplete ?? "off"}
          inputMode={field.endsWith("Bin") ? "numeric" : undefined}
          maxLength={
            field.endsWith("Bin") ? 12 : field === "number" ? MAX_OFFER_NUMBER : MAX_OFFER_TEXT
          }
          className={CONTROL_CLASS}
        />
      )}
    </Field>
  );
}
