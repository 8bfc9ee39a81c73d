import { memo } from "react";
import { parseAstanaInstant } from "@/rules";
import { Checkbox } from "@/components/ui/checkbox";
import { DateField, fieldId, Section, sectionEqual, type SectionProps } from "./shared";

/**
 * Whether the payment is dated before the order. Not refused (docs/interpretation-notes.md: both
 * dates only have to lie inside the promotion), but likely a typo worth a warning.
 */
function paidBeforeOrder(orderedAt: string, paidAt: string): boolean {
  const ordered = parseAstanaInstant(orderedAt);
  const paid = parseAstanaInstant(paidAt);
  return ordered !== null && paid !== null && paid < ordered;
}

/** Order and payment dates, Astana time (п. 2.2). */
export const DatesSection = memo(
  function DatesSection({ form, values: v, errors }: SectionProps) {
    const common = { form, errors };
    const paidFirst = !v.paidSameTime && paidBeforeOrder(v.orderedAt, v.paidAt);
    return (
      <Section id="dates-heading" title="Даты заказа и оплаты">
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField
            name="orderedAt"
            label="Дата и время заказа"
            hint="Время Астаны (UTC+5)."
            type="datetime-local"
            {...common}
          />
          {!v.paidSameTime ? (
            <DateField
              name="paidAt"
              label="Дата и время оплаты"
              hint={
                paidFirst ? (
                  <>
                    Время Астаны (UTC+5).{" "}
                    <span className="font-medium text-amber-900">
                      ⚠ Оплата раньше заказа: проверьте даты. Калькулятор их принимает, если обе в
                      срок акции (п. 2.1, 5.2).
                    </span>
                  </>
                ) : (
                  "Время Астаны (UTC+5)."
                )
              }
              type="datetime-local"
              {...common}
            />
          ) : null}
        </div>
        <Checkbox
          id={fieldId("paidSameTime")}
          checked={v.paidSameTime}
          label="Оплата одновременно с заказом"
          field={form.register("paidSameTime")}
          hint="Заказ нужно оформить и оплатить с 28.07.2025 по 31.08.2025 включительно (п. 2.1, 5.2)."
        />
      </Section>
    );
  },
  sectionEqual(["paidSameTime", "orderedAt", "paidAt"]),
);
