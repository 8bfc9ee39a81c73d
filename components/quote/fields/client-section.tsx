import { memo } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { RadioGroup } from "@/components/ui/radio-group";
import { fieldId, Section, sectionEqual, type SectionProps } from "./shared";

/** Who the client is: kind, residence, age, purpose, other promotion, franchisee license. */
export const ClientSection = memo(
  function ClientSection({ form, values: v, errors }: SectionProps) {
    return (
      <Section id="client-heading" title="Клиент">
        <RadioGroup
          id={fieldId("kind")}
          value={v.kind}
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
          checked={v.resident}
          label="Клиент из Казахстана"
          field={form.register("resident")}
          error={errors.resident}
        />
        {v.kind === "individual" ? (
          <Checkbox
            id={fieldId("adult")}
            checked={v.adult}
            label="Клиенту есть 18 лет, он полностью дееспособен"
            field={form.register("adult")}
            error={errors.adult}
          />
        ) : null}
        <RadioGroup
          id={fieldId("purpose")}
          value={v.purpose}
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
          checked={v.otherPromotion}
          label="К заказу применена другая акция или скидка"
          field={form.register("otherPromotion")}
          hint="Акции не суммируются (п. 5.11)."
          error={errors.otherPromotion}
        />
        <Checkbox
          id={fieldId("franchisee")}
          checked={v.franchisee}
          label="Лицензия «1С-Битрикс: 1С: Франчайзи»"
          field={form.register("franchisee")}
          error={errors.franchisee}
        />
      </Section>
    );
  },
  sectionEqual(["kind"]),
);
