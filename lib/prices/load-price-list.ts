import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import {
  indexPriceList,
  MAX_PRICE_LIST_BYTES,
  priceListFormat,
  readPriceList,
  type Catalog,
  type PriceList,
} from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";

/** The price list a server prices with, where it came from, and its ETag for GET /api/prices. */
export interface LoadedPriceList {
  catalog: Catalog;
  loadedFrom: "example" | "file";
  etag: string;
}

export type PriceListLoad =
  | { ok: true; loaded: LoadedPriceList }
  | { ok: false; problems: string[] };

/** The list as price-list.md writes it (no lookup index): what pages and GET /api/prices send. */
export function priceListData(catalog: Catalog): PriceList {
  const { id, title, kind, currency, asOf, vatIncluded, note, items } = catalog;
  return {
    id,
    title,
    kind,
    currency,
    asOf,
    vatIncluded,
    ...(note === undefined ? {} : { note }),
    items,
  };
}

function loaded(list: PriceList, loadedFrom: LoadedPriceList["loadedFrom"]): LoadedPriceList {
  const hash = createHash("sha256").update(JSON.stringify(list)).digest("base64url");
  return { catalog: indexPriceList(list), loadedFrom, etag: `"${hash.slice(0, 27)}"` };
}

/** Reads and validates the file at `path` (JSON or CSV by extension); without a path, the example list. */
export function loadPriceList(path: string | undefined): PriceListLoad {
  if (path === undefined || path.trim() === "") {
    return { ok: true, loaded: loaded(priceListData(examplePriceList), "example") };
  }
  const format = priceListFormat(path);
  if (format === null) {
    return { ok: false, problems: ["PRICE_LIST: файл с расширением .json или .csv"] };
  }
  let text: string;
  try {
    // The size is checked before reading: a wrong path to a big file must not fill the memory.
    if (statSync(path).size > MAX_PRICE_LIST_BYTES) {
      return { ok: false, problems: [`весь файл: больше предела 1 МБ — это не прайс-лист`] };
    }
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { ok: false, problems: [`PRICE_LIST: файл не прочитан (${(error as Error).message})`] };
  }
  const report = readPriceList(text, format);
  return report.ok ? { ok: true, loaded: loaded(report.list, "file") } : report;
}

/** The report printed when a price list is refused: a heading, then one problem a line. */
export function formatPriceListProblems(
  path: string | undefined,
  problems: readonly string[],
): string {
  const heading = `Прайс-лист ${path ?? ""} не загружен, ошибок: ${problems.length}. Исправьте файл и запустите сервер снова.`;
  return [heading, ...problems.map((p) => `  ${p}`)].join("\n");
}
