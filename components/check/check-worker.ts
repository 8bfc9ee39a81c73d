/// <reference lib="webworker" />
import { indexPriceList, type Catalog } from "@/rules";
import { cellText, type Cell } from "@/lib/check/cells";
import { exportHeader, exportRow, toCsv } from "@/lib/check/export";
import type { Mapping } from "@/lib/check/mapping";
import { priceRow, type CheckRow } from "@/lib/check/price-row";
import { readPlan, type ReadPlan } from "@/lib/check/readers";
import { readTable } from "@/lib/check/read-table";
import { packFacts } from "@/lib/check/summary";
import { toXlsx } from "@/lib/check/xlsx";
import {
  BLOCK,
  DISTINCT_LIMIT,
  type FromWorker,
  type ShardInfo,
  type ToWorker,
} from "./check-protocol";

// Reads the uploaded list once and prices its share of the rows off the main thread, so the page
// stays responsive. The list never leaves the browser: nothing here fetches.

declare const self: DedicatedWorkerGlobalScope;

interface Block {
  from: number;
  rows: Cell[][];
}

let header: string[] = [];
let blocks: Block[] = [];
let last: { plan: ReadPlan; catalog: Catalog; show: readonly number[] } | null = null;
let current = 0;

const post = (message: FromWorker) => self.postMessage(message);
const PREVIEW_ROWS = 3;

async function load(source: Blob, shard: number, shards: number): Promise<void> {
  blocks = [];
  last = null;
  const counts: Map<string, number>[] = [];
  const preview: string[][] = [];
  const result = await readTable(source, {
    header(names) {
      header = names;
      for (let i = 0; i < names.length; i += 1) counts.push(new Map());
    },
    row(cells, index) {
      if (index < PREVIEW_ROWS && shard === 0) preview.push(cells.map(cellText));
      const block = Math.floor(index / BLOCK);
      if (block % shards !== shard) return;
      let target = blocks[blocks.length - 1];
      if (!target || target.from !== block * BLOCK) {
        target = { from: block * BLOCK, rows: [] };
        blocks.push(target);
      }
      target.rows.push(cells);
      for (let i = 0; i < counts.length; i += 1) {
        const text = cellText(cells[i]);
        const seen = counts[i]!;
        const n = seen.get(text);
        if (n !== undefined) seen.set(text, n + 1);
        else if (seen.size < DISTINCT_LIMIT) seen.set(text, 1);
      }
    },
  });
  if (!result.ok) return post({ type: "failed", message: result.message });
  const info: ShardInfo = {
    header,
    total: result.total,
    preview,
    values: counts.map((seen) => [...seen]),
    more: counts.map((seen) => seen.size >= DISTINCT_LIMIT),
  };
  post({ type: "loaded", info });
}

/** Lets a «cancel» or a newer «run» message in between blocks. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run(
  id: number,
  mapping: Mapping,
  show: readonly number[],
  catalog: Catalog,
): Promise<void> {
  current = id;
  const plan = readPlan(mapping, catalog);
  last = { plan, catalog, show };
  for (const block of blocks) {
    if (current !== id) return;
    const priced = block.rows.map((cells, i) =>
      priceRow(cells, block.from + i, header, plan, catalog, show),
    );
    // Facts in transferred buffers: cheap for the page to receive and to keep.
    const facts = packFacts(priced);
    self.postMessage({ type: "rows", run: id, from: block.from, facts } satisfies FromWorker, [
      facts.status.buffer,
      facts.reasons.buffer,
      facts.listPrice.buffer,
      facts.total.buffer,
    ]);
    await breathe();
  }
  if (current === id) post({ type: "done", run: id });
}

/** Rows of this worker's share, priced again with the last run's mapping (the page's table). */
function pick(id: number, indexes: readonly number[]): void {
  const rows: CheckRow[] = [];
  if (last) {
    const { plan, catalog, show } = last;
    for (const index of indexes) {
      const block = blocks.find((b) => index >= b.from && index < b.from + b.rows.length);
      const cells = block?.rows[index - block.from];
      if (cells) rows.push(priceRow(cells, index, header, plan, catalog, show));
    }
  }
  post({ type: "picked", id, json: JSON.stringify(rows) });
}

function exportRows(origin: string): void {
  if (!last) return;
  const { plan, catalog } = last;
  const width = header.length;
  post({
    type: "export",
    head: exportHeader(header, plan.columns),
    blocks: blocks.map((block) => ({
      from: block.from,
      rows: block.rows.map((cells, i) =>
        exportRow(
          cells,
          plan.columns,
          width,
          priceRow(cells, block.from + i, header, plan, catalog),
          origin,
          catalog,
        ),
      ),
    })),
  });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const work = async () => {
    switch (message.type) {
      case "load":
        return load(message.source, message.shard, message.shards);
      case "run":
        return run(message.run, message.mapping, message.show, indexPriceList(message.priceList));
      case "cancel":
        current = -1;
        return;
      case "pick":
        return pick(message.id, message.indexes);
      case "export":
        return exportRows(message.origin);
      case "write": {
        const write = message.format === "csv" ? toCsv : toXlsx;
        post({ type: "file", blob: await write(message.sheet) });
        return;
      }
    }
  };
  work().catch(() =>
    post({
      type: "failed",
      message:
        "Файл не удалось прочитать. Проверьте, что это таблица CSV или XLSX, и попробуйте ещё раз.",
    }),
  );
};
