import type { PriceList } from "@/rules";
import type { OutCell } from "@/lib/check/export";
import type { RowFacts } from "@/lib/check/summary";

/*
 * Messages between the /check page and its pricing workers. Each worker reads the whole file
 * (reading is fast; sending rows between threads is not) and prices its own contiguous share.
 */

/** Page → worker. */
export type ToWorker =
  | { type: "run"; source: Blob; shard: number; shards: number; priceList: PriceList }
  | { type: "export"; origin: string }
  | { type: "write"; format: "csv" | "xlsx"; header: string[]; rows: OutCell[][] };

/** What the header of the file maps to, for the page's column list. */
export interface TableInfo {
  total: number;
  header: string[];
  /** The template title of each header's column, or null when unknown. */
  mapped: (string | null)[];
  unknown: string[];
}

/** Worker → page. */
export type FromWorker =
  | { type: "table"; info: TableInfo }
  | { type: "rows"; from: number; facts: RowFacts; json: string }
  | { type: "done" }
  | { type: "failed"; message: string }
  | { type: "export"; header: string[]; rows: OutCell[][] }
  | { type: "file"; blob: Blob };
