/// <reference lib="webworker" />
import { indexPriceList, type Catalog, type PriceList } from "@/rules";
import { COLUMNS, mapHeader, type HeaderMapping } from "@/lib/check/columns";
import { exportHeader, exportRow, toCsv, toXlsx } from "@/lib/check/export";
import { priceRow, type CheckRow } from "@/lib/check/price-row";
import { readTable, type Table } from "@/lib/check/read-table";
import { packFacts } from "@/lib/check/summary";
import type { FromWorker, ToWorker } from "./check-protocol";

// Prices rows of the uploaded list off the main thread, so the page stays responsive. The list
// never leaves the browser: nothing here fetches.

declare const self: DedicatedWorkerGlobalScope;

/** Rows priced between two messages: big enough to keep messaging cheap, small enough to show progress. */
const SLICE = 1_000;

let state: {
  table: Table;
  mapping: HeaderMapping;
  rows: CheckRow[];
  catalog: Catalog;
} | null = null;

const post = (message: FromWorker) => self.postMessage(message);

async function run(
  source: Blob,
  shard: number,
  shards: number,
  priceList: PriceList,
  chosen: Record<string, string>,
): Promise<void> {
  const catalog = indexPriceList(priceList);
  const read = await readTable(source);
  if (!read.ok) return post({ type: "failed", message: read.message });
  const { table } = read;
  const mapping = mapHeader(table.header, chosen);
  const total = table.rows.length;
  post({
    type: "table",
    info: {
      total,
      header: table.header,
      mapped: mapping.columns.map((c) => c?.path ?? null),
      unknown: mapping.unknown,
      missing: mapping.missing,
      columns: COLUMNS.map(({ path, title }) => ({ path, title })),
    },
  });
  if (mapping.missing.length > 0) {
    const found = table.header.filter((h) => h !== "").join(", ") || "нет";
    return post({
      type: "failed",
      message: `В таблице нет обязательных столбцов: ${mapping.missing.map((t) => `«${t}»`).join(", ")}. Столбцы файла: ${found}. Укажите ниже, какой столбец файла что значит, или скачайте шаблон: в нём все столбцы с нужными названиями.`,
    });
  }
  const from = Math.floor((total * shard) / shards);
  const to = Math.floor((total * (shard + 1)) / shards);
  const rows: CheckRow[] = [];
  state = { table, mapping, rows, catalog };
  for (let start = from; start < to; start += SLICE) {
    const slice: CheckRow[] = [];
    for (let i = start; i < Math.min(start + SLICE, to); i += 1) {
      slice.push(priceRow(table.rows[i]!, i, table.header, mapping, catalog));
    }
    rows.push(...slice);
    // Facts in transferred buffers and rows as text: cheap for the page to receive.
    const facts = packFacts(slice);
    self.postMessage(
      { type: "rows", from: start, facts, json: JSON.stringify(slice) } satisfies FromWorker,
      [facts.status.buffer, facts.reasons.buffer, facts.listPrice.buffer, facts.total.buffer],
    );
  }
  post({ type: "done" });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const work = async () => {
    switch (message.type) {
      case "run":
        return run(
          message.source,
          message.shard,
          message.shards,
          message.priceList,
          message.chosen,
        );
      case "export": {
        if (!state) return;
        const { table, rows, catalog } = state;
        const width = table.header.length;
        post({
          type: "export",
          header: exportHeader(table.header),
          rows: rows.map((row) =>
            exportRow(table.rows[row.index]!, width, row, message.origin, catalog),
          ),
        });
        return;
      }
      case "write": {
        const write = message.format === "csv" ? toCsv : toXlsx;
        post({ type: "file", blob: await write(message.header, message.rows) });
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
