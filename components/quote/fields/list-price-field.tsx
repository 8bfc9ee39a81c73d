import { formatTenge, referenceCatalog, type CatalogItem } from "@/rules";
import { parseTenge } from "@/lib/quote-form";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { formatIsoDate } from "../describe";
import { fieldId, type SectionProps } from "./shared";

/** «справочная цена по прайс-листу от 28.07.2025» with the price page it was taken from. */
export function CatalogSource({ item, price = false }: { item: CatalogItem; price?: boolean }) {
  const host = item.source.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
  return (
    <>
      справочная {price ? `— ${formatTenge(item.price)}` : "цена"} по прайс-листу от{" "}
      {formatIsoDate(item.asOf ?? referenceCatalog.asOf)},{" "}
      <a href={item.source} className="text-blue-800 underline" target="_blank" rel="noreferrer">
        {host}
      </a>
    </>
  );
}

/** A typed price under a tenth or over ten times the reference one: likely a typo. */
function farFrom(text: string, reference: number): boolean {
  const value = parseTenge(text);
  return value !== null && value > 0 && (value * 10 < reference || value > reference * 10);
}

/** The list price, prefilled from the catalog, editable, with its source next to it. */
export function ListPriceField({
  form,
  errors,
  text,
  catalog,
}: Pick<SectionProps, "form" | "errors"> & {
  text: string;
  catalog: { id: string; item: CatalogItem | undefined };
}) {
  const item = catalog.item;
  const typed = item ? text !== String(item.price) : text !== "";
  const hint = (
    <div className="flex flex-col gap-1">
      {!item ? (
        <span>В справочном прайс-листе цены нет: укажите её по действующему прайс-листу.</span>
      ) : typed ? (
        <span>
          Цена указана вручную; <CatalogSource item={item} price />
        </span>
      ) : (
        <span>
          <CatalogSource item={item} />. Сверяйте с действующим прайс-листом.
        </span>
      )}
      {item && farFrom(text, item.price) ? (
        <span className="font-medium text-amber-900">
          Проверьте цену: она отличается от справочной больше чем в 10 раз.
        </span>
      ) : null}
      {item && typed ? (
        <span>
          <button
            type="button"
            className="text-blue-800 underline"
            onClick={() => form.setValue("listPriceFor", "")}
          >
            Вернуть справочную цену
          </button>
        </span>
      ) : null}
    </div>
  );
  return (
    <Field
      id={fieldId("listPrice")}
      label="Цена по прайс-листу, ₸"
      hint={hint}
      error={errors.listPrice}
    >
      {(control) => (
        <>
          {/* Without JavaScript the typed price goes with the product it was typed for. */}
          <input type="hidden" name="listPriceFor" value={catalog.id} />
          <input
            {...control}
            name="listPrice"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            onChange={(e) => {
              form.setValue("listPrice", e.target.value);
              form.setValue("listPriceFor", catalog.id);
            }}
            className={`${CONTROL_CLASS} max-w-60 tabular-nums`}
          />
        </>
      )}
    </Field>
  );
}
