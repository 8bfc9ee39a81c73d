import type { PriceList } from "@/rules";
import type { OutSheet } from "@/lib/check/export";
import type { Mapping } from "@/lib/check/mapping";
import type { RowFacts } from "@/lib/check/summary";

/*
 * Messages between the /check page and its workers. Each worker reads the file once and keeps its
 * share of the rows (every n-th block of BLOCK rows); matching columns and values happens on the
 * page, and each run prices the rows the workers already hold: nothing is read twice. A run
 * sends the page only each row's facts (typed arrays); the rows the page shows are priced again
 * when it asks for them («pick»), so a million rows never sit in the page as objects or text.
 */

/** Rows in a block: a worker keeps and prices whole blocks. */
export const BLOCK = 1_000;

/** Distinct values a worker counts per column at most (past it, only the known ones are counted). */
export const DISTINCT_LIMIT = 1_000;

/** Page → worker. */
export type ToWorker =
  | { type: "load"; source: Blob; shard: number; shards: number }
  | { type: "run"; run: number; mapping: Mapping; show: number[]; priceList: PriceList }
  | { type: "cancel" }
  | { type: "pick"; id: number; indexes: number[] }
  | { type: "export"; origin: string }
  | { type: "write"; format: "csv" | "xlsx"; sheet: OutSheet };

/** What a worker found in the file: the header, a preview and its share's distinct values. */
export interface ShardInfo {
  header: string[];
  /** Data rows in the whole file. */
  total: number;
  /** The first data rows as text (from the worker holding them). */
  preview: string[][];
  /** Per header cell: each distinct text of the worker's rows and how many rows have it. */
  values: [string, number][][];
  /** Per header cell: whether it has more distinct values than counted. */
  more: boolean[];
}

/** Worker → page. */
export type FromWorker =
  | { type: "loaded"; info: ShardInfo }
  | { type: "rows"; run: number; from: number; facts: RowFacts }
  | { type: "picked"; id: number; json: string }
  | { type: "done"; run: number }
  | { type: "failed"; message: string }
  | {
      type: "export";
      blocks: { from: number; rows: OutSheet["rows"] }[];
      head: Omit<OutSheet, "rows">;
    }
  | { type: "file"; blob: Blob };
