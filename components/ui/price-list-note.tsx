import type { PriceListKind } from "@/rules";
import { priceListNote } from "@/lib/prices/price-list-text";

/** Whose the prices on the page are (an example list says it is one), with a link to /prices. */
export function PriceListNote({
  list,
}: {
  list: { kind: PriceListKind; title: string; asOf: string };
}) {
  const example = list.kind === "example";
  return (
    <p
      className={`mt-2 max-w-3xl ${example ? "rounded border border-amber-700 bg-amber-50 p-3" : "text-slate-700"}`}
    >
      {priceListNote(list)}{" "}
      <a href="/prices" className="text-blue-800 underline">
        Весь прайс-лист
      </a>
    </p>
  );
}
