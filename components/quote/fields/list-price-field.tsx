import { formatTenge, type Catalog, type CatalogItem, upperFirst } from "@/rules";
import type { PricedItem } from "@/lib/quote/priced-item";
import { EXAMPLE_PRICE_TEXT, formatListDate, sourceHost } from "@/lib/prices/price-list-text";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { fieldId, type SectionProps } from "./shared";

/**
 * Whose price a listed item's is: the loaded list's (date, the page it was taken from) or the
 * example list's, which always says it is an example and asks for the current price.
 */
export function CatalogSource({ item, list }: { item: CatalogItem; list: Catalog }) {
  if (list.kind === "example") return <>{upperFirst(EXAMPLE_PRICE_TEXT)}.</>;
  return (
    <>
      Цена по прайс-листу от {formatListDate(item.asOf ?? list.asOf)},{" "}
      <a href={item.source} className="text-blue-800 underline" target="_blank" rel="noreferrer">
        {sourceHost(item.source)}
      </a>
      .
    </>
  );
}

/** The list price, prefilled from the catalog, editable, with its source next to it. */
export function ListPriceField({
  form,
  errors,
  text,
  catalog,
  list,
  farOff,
}: Pick<SectionProps, "form" | "errors"> & {
  text: string;
  catalog: PricedItem;
  list: Catalog;
  /** The typed price is under a tenth or over ten times the listed one. */
  farOff: boolean;
}) {
  const item = catalog.item;
  const typed = item ? text !== String(item.price) : text !== "";
  const hint = (
    <div className="flex flex-col gap-1">
      {!item ? (
        <span>В прайс-листе цены нет: укажите её по действующему прайс-листу.</span>
      ) : (
        <>
          {typed ? (
            <span>Цена указана вручную; в прайс-листе — {formatTenge(item.price)}.</span>
          ) : null}
          <span>
            <CatalogSource item={item} list={list} />
          </span>
        </>
      )}
      {farOff ? (
        <span className="font-medium text-amber-900">
          ⚠ Проверьте цену: она отличается от цены в прайс-листе больше чем в 10 раз.
        </span>
      ) : null}
      <span>
        <a href="/prices" className="text-blue-800 underline">
          Прайс-лист: все цены
        </a>
      </span>
      {item && typed ? (
        <span>
          <button
            type="button"
            className="text-blue-800 underline"
            onClick={() => form.setValue("listPriceFor", "")}
          >
            Вернуть цену из прайс-листа
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
