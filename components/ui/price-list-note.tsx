import type { PriceListKind } from "@/rules";
import { priceListNote } from "@/lib/prices/price-list-text";

/**
 * Whose the prices on the page are (an example list says it is one), with a link to /prices; a
 * Kazakh page gives its own sentence and link.
 */
export function PriceListNote({
  list,
  note = priceListNote(list),
  all = { label: "Весь прайс-лист", href: "/prices" },
}: {
  list: { kind: PriceListKind; title: string; asOf: string };
  note?: string;
  all?: { label: string; href: string };
}) {
  const example = list.kind === "example";
  return (
    <p
      className={`mt-2 max-w-3xl ${example ? "rounded border border-amber-700 bg-amber-50 p-3" : "text-slate-700"}`}
    >
      {note}{" "}
      <a href={all.href} className="text-blue-800 underline">
        {all.label}
      </a>
    </p>
  );
}
