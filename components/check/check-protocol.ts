import type { PriceList } from "@/rules";
import type { OutCell } from "@/lib/check/export";
import type { RowFacts } from "@/lib/check/summary";

/*
 * Messages between the /check page and its pricing workers. Each worker reads the whole file
 * (reading is fast; sending rows between threads is not) and prices its own contiguous share.
 */

/** Page → worker. */
export type ToWorker =
  | {
      type: "run";
      source: Blob;
      shard: number;
      shards: number;
      priceList: PriceList;
      /** Header → column path ("" for none), as chosen on the page. */
      chosen: Record<string, string>;
    }
  | { type: "export"; origin: string }
  | { type: "write"; format: "csv" | "xlsx"; header: string[]; rows: OutCell[][] };

/** What the header of the file maps to, for the page's column list. */
export interface TableInfo {
  total: number;
  header: string[];
  /** The column path of each header, or null when not read. */
  mapped: (string | null)[];
  unknown: string[];
  /** Titles of the required columns no header maps to: nothing is priced until they are. */
  missing: string[];
  /** Every column the page reads, for choosing a header's column by hand. */
  columns: { path: string; title: string }[];
}

/** Worker → page. */
export type FromWorker =
  | { type: "table"; info: TableInfo }
  | { type: "rows"; from: number; facts: RowFacts; json: string }
  | { type: "done" }
  | { type: "failed"; message: string }
  | { type: "export"; header: string[]; rows: OutCell[][] }
  | { type: "file"; blob: Blob };
