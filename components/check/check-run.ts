import type { PriceList } from "@/rules";
import type { OutCell } from "@/lib/check/export";
import type { RowFacts } from "@/lib/check/summary";
import type { FromWorker, TableInfo, ToWorker } from "./check-protocol";

/** What a run tells the page. */
export interface RunEvents {
  onTable(info: TableInfo): void;
  onRows(from: number, facts: RowFacts, json: string): void;
  onDone(): void;
  onFailed(message: string): void;
}

/** A pricing run: cancel it, or download its result once done. */
export interface CheckRun {
  cancel(): void;
  download(format: "csv" | "xlsx"): Promise<Blob>;
}

/** Files past this size are shared between several workers (one per core, at most 4). */
const PARALLEL_FROM_BYTES = 256 * 1024;

function reply<T extends FromWorker["type"]>(
  worker: Worker,
  message: ToWorker,
  type: T,
): Promise<Extract<FromWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    const listen = (event: MessageEvent<FromWorker>) => {
      if (event.data.type !== type && event.data.type !== "failed") return;
      worker.removeEventListener("message", listen);
      if (event.data.type === "failed") reject(new Error(event.data.message));
      else resolve(event.data as Extract<FromWorker, { type: T }>);
    };
    worker.addEventListener("message", listen);
    worker.postMessage(message);
  });
}

/** Starts pricing a file (or pasted text as a file) in Web Workers; nothing leaves the browser. */
export function startCheck(
  source: Blob,
  priceList: PriceList,
  chosen: Record<string, string>,
  events: RunEvents,
): CheckRun {
  const cores = typeof navigator === "undefined" ? 1 : navigator.hardwareConcurrency || 1;
  const shards = source.size >= PARALLEL_FROM_BYTES ? Math.max(1, Math.min(cores, 4)) : 1;
  const workers = Array.from(
    { length: shards },
    () => new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module" }),
  );
  let finished = 0;
  let over = false;
  const stop = () => {
    over = true;
    for (const worker of workers) worker.terminate();
  };
  workers.forEach((worker, shard) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (over) return;
      const message = event.data;
      if (message.type === "table" && shard === 0) events.onTable(message.info);
      else if (message.type === "rows") events.onRows(message.from, message.facts, message.json);
      else if (message.type === "failed") {
        stop();
        events.onFailed(message.message);
      } else if (message.type === "done") {
        finished += 1;
        if (finished === shards) events.onDone();
      }
    };
    worker.onerror = () => {
      if (over) return;
      stop();
      events.onFailed(
        "Проверку не удалось запустить в этом браузере. Обновите страницу и попробуйте ещё раз.",
      );
    };
    worker.postMessage({
      type: "run",
      source,
      shard,
      shards,
      priceList,
      chosen,
    } satisfies ToWorker);
  });
  return {
    cancel: stop,
    async download(format) {
      const origin = window.location.origin;
      const parts = await Promise.all(
        workers.map((worker) => reply(worker, { type: "export", origin }, "export")),
      );
      const rows: OutCell[][] = parts.flatMap((part) => part.rows);
      const file = await reply(
        workers[0]!,
        { type: "write", format, header: parts[0]!.header, rows },
        "file",
      );
      return file.blob;
    },
  };
}
