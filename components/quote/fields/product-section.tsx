import { memo } from "react";
import { LINE_NAMES, type Catalog } from "@/rules";
import type { PricedItem } from "@/lib/quote/priced-item";
import { Checkbox } from "@/components/ui/checkbox";
import { RadioGroup } from "@/components/ui/radio-group";
import type { SelectOption } from "@/components/ui/select";
import { BoxFields } from "./box-fields";
import { CloudFields } from "./cloud-fields";
import { CmsFields } from "./cms-fields";
import { ListPriceField } from "./list-price-field";
import { fieldId, Section, sectionEqual, type SectionProps } from "./shared";
import { QUESTIONS } from "@/lib/quote/questions";

const LINE_OPTIONS: SelectOption[] = (["cloud", "box", "cms"] as const).map((line) => ({
  value: line,
  label: LINE_NAMES[line].name,
}));

/** Product line first, then only the fields that line needs. */
type ProductProps = SectionProps & {
  priceText: string;
  catalog: PricedItem;
  /** The price list in use (page data from the server). */
  list: Catalog;
  /** False for a move that gets nothing whatever its price: no price is asked (lib/quote/quote-view). */
  needsPrice: boolean;
  /** The typed price is far from the listed one: «Проверьте цену». */
  priceFarOff: boolean;
};

export const ProductSection = memo(
  function ProductSection({
    form,
    values: v,
    errors,
    priceText,
    catalog,
    list,
    needsPrice,
    priceFarOff,
  }: ProductProps) {
    // A move that gets nothing whatever its price asks for none (the result says why at once).
    const price = needsPrice ? (
      <ListPriceField
        form={form}
        errors={errors}
        text={priceText}
        catalog={catalog}
        list={list}
        farOff={priceFarOff}
      />
    ) : null;
    const section = { form, values: v, errors };
    return (
      <Section id="product-heading" title="Продукт">
        <RadioGroup
          id={fieldId("line")}
          value={v.line}
          legend="Линейка"
          options={LINE_OPTIONS}
          field={form.register("line")}
          error={errors.line}
        />
        {v.line === "cloud" ? <CloudFields {...section} price={price} list={list} /> : null}
        {v.line === "box" ? <BoxFields {...section} /> : null}
        {v.line === "cms" ? <CmsFields {...section} /> : null}
        {v.line !== "cloud" ? price : null}
        <Checkbox
          id={fieldId("franchisee")}
          checked={v.franchisee}
          label={QUESTIONS.franchisee}
          field={form.register("franchisee")}
          error={errors.franchisee}
        />
      </Section>
    );
  },
  sectionEqual<ProductProps>(
    [
      "line",
      "cloudPlan",
      "copilotBoost",
      "boxOperation",
      "boxEdition",
      "boxFromEdition",
      "cmsOperation",
    ],
    (a, b) =>
      a.priceText === b.priceText &&
      a.catalog.id === b.catalog.id &&
      a.list === b.list &&
      a.needsPrice === b.needsPrice &&
      a.priceFarOff === b.priceFarOff,
  ),
);
