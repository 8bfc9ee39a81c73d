import { MAX_PROPOSAL_NUMBER, MAX_PROPOSAL_TEXT } from "@/rules/request/proposal-limits";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { PARTY_PATHS } from "@/lib/proposal/proposal-form";
import { PARTY_KEYS, type ProposalDraft, type PartyField } from "@/lib/proposal/proposal-url";

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
  sent,
}: {
  field: PartyField;
  label: string;
  draft: ProposalDraft;
  errors: Record<string, string>;
  hint?: string;
  placeholder?: string;
  type?: "text" | "tel" | "email" | "date";
  autoComplete?: string;
  /** The partner has sent the form once: every message shows. */
  sent: boolean;
}) {
  const id = partyFieldId(field);
  // An empty field is a question until the partner has tried it (blur) or sent the form.
  const deferred = !sent && draft.parties[field].trim() === "";
  return (
    <Field id={id} label={label} hint={hint} error={errors[PARTY_PATHS[field]]} deferred={deferred}>
      {(control) => (
        <input
          {...control}
          name={PARTY_KEYS[field]}
          type={type}
          defaultValue={draft.parties[field]}
          placeholder={placeholder}
          autoComplete={autoComplete ?? "off"}
          inputMode={
            field.endsWith("Bin") || field === "sellerKbe"
              ? "numeric"
              : field === "vatRate"
                ? "decimal"
                : undefined
          }
          maxLength={
            field.endsWith("Bin")
              ? 12
              : field === "sellerKbe"
                ? 2
                : field === "number"
                  ? MAX_PROPOSAL_NUMBER
                  : MAX_PROPOSAL_TEXT
          }
          className={CONTROL_CLASS}
        />
      )}
    </Field>
  );
}
