import { memo } from "react";
import { CUSTOMER_KIND_NAMES, CUSTOMER_KINDS, PURPOSE_NAMES, PURPOSES } from "@/rules";
import { Checkbox } from "@/components/ui/checkbox";
import { RadioGroup } from "@/components/ui/radio-group";
import { fieldId, Section, sectionEqual, type SectionProps } from "./shared";
import { QUESTIONS } from "@/lib/quote/questions";

const KIND_OPTIONS = CUSTOMER_KINDS.map((kind) => ({
  value: kind,
  label: CUSTOMER_KIND_NAMES[kind],
}));

const PURPOSE_OPTIONS = PURPOSES.map((p) => ({ value: p, label: PURPOSE_NAMES[p] }));

/** Who the client is: kind, residence, age, purpose, other promotion. */
export const ClientSection = memo(
  function ClientSection({ form, values: v, errors }: SectionProps) {
    return (
      <Section id="client-heading" title="Клиент">
        <RadioGroup
          id={fieldId("kind")}
          value={v.kind}
          legend={QUESTIONS.kind}
          options={KIND_OPTIONS}
          field={form.register("kind")}
          error={errors.kind}
        />
        <Checkbox
          id={fieldId("resident")}
          checked={v.resident}
          label={QUESTIONS.resident}
          field={form.register("resident")}
          error={errors.resident}
        />
        {v.kind === "individual" ? (
          <Checkbox
            id={fieldId("adult")}
            checked={v.adult}
            label={QUESTIONS.adult}
            field={form.register("adult")}
            error={errors.adult}
          />
        ) : null}
        <RadioGroup
          id={fieldId("purpose")}
          value={v.purpose}
          legend={QUESTIONS.purpose}
          options={PURPOSE_OPTIONS}
          field={form.register("purpose")}
          error={errors.purpose}
        />
        <Checkbox
          id={fieldId("otherPromotion")}
          checked={v.otherPromotion}
          label={QUESTIONS.otherPromotion}
          field={form.register("otherPromotion")}
          hint="Акции не суммируются (п. 5.11)."
          error={errors.otherPromotion}
        />
      </Section>
    );
  },
  sectionEqual(["kind"]),
);
