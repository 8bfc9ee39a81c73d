import type { PriceList } from "@/rules";
import type { OutSheet } from "@/lib/check/export";
import type { Mapping } from "@/lib/check/mapping";
import type { RowFacts } from "@/lib/check/summary";
import type { CheckRow } from "@/lib/check/price-row";
import { BLOCK, type FromWorker, type ShardInfo, type ToWorker } from "./check-protocol";

/** What the workers found in a file, put together. */
export type FileInfo = ShardInfo;

/** What a file's workers tell the page. */
export interface FileEvents {
  onLoaded(info: FileInfo): void;
  onRows(from: number, facts: RowFacts): void;
  onDone(): void;
  onFailed(message: string): void;
}

/** Files past this size are shared between several workers (one per core, at most 4). */
const PARALLEL_FROM_BYTES = 256 * 1024;

const BROKEN =
  "Проверку не удалось запустить в этом браузере. Обновите страницу и попробуйте ещё раз.";

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

/** The shards' distinct values of each column, added up. */
function merge(parts: readonly ShardInfo[]): FileInfo {
  const first = parts[0]!;
  const values = first.header.map((_, i) => {
    const counts = new Map<string, number>();
    for (const part of parts) {
      for (const [text, n] of part.values[i] ?? []) counts.set(text, (counts.get(text) ?? 0) + n);
    }
    return [...counts];
  });
  return {
    ...first,
    preview: parts.find((p) => p.preview.length > 0)?.preview ?? [],
    values,
    more: first.header.map((_, i) => parts.some((p) => p.more[i])),
  };
}

/**
 * A file opened for checking: read once, in Web Workers (nothing leaves the browser), then
 * priced as often as the page asks with whatever mapping it has now.
 */
export class CheckFile {
  private readonly workers: Worker[];
  private runId = 0;
  private finished = 0;
  private closed = false;
  private picks = 0;

  constructor(
    source: Blob,
    private readonly events: FileEvents,
  ) {
    const cores = typeof navigator === "undefined" ? 1 : navigator.hardwareConcurrency || 1;
    const shards = source.size >= PARALLEL_FROM_BYTES ? Math.max(1, Math.min(cores, 4)) : 1;
    this.workers = Array.from(
      { length: shards },
      () => new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module" }),
    );
    const loaded: ShardInfo[] = [];
    this.workers.forEach((worker, shard) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        if (this.closed) return;
        const message = event.data;
        if (message.type === "loaded") {
          loaded[shard] = message.info;
          if (loaded.filter(Boolean).length === shards) events.onLoaded(merge(loaded));
        } else if (message.type === "rows" && message.run === this.runId) {
          events.onRows(message.from, message.facts);
        } else if (message.type === "done" && message.run === this.runId) {
          this.finished += 1;
          if (this.finished === shards) events.onDone();
        } else if (message.type === "failed") {
          this.close();
          events.onFailed(message.message);
        }
      };
      worker.onerror = () => {
        if (this.closed) return;
        this.close();
        events.onFailed(BROKEN);
      };
      worker.postMessage({ type: "load", source, shard, shards } satisfies ToWorker);
    });
  }

  /** Prices every row with a mapping; a run still going is dropped. */
  run(mapping: Mapping, show: number[], priceList: PriceList): void {
    this.runId += 1;
    this.finished = 0;
    for (const worker of this.workers) {
      worker.postMessage({
        type: "run",
        run: this.runId,
        mapping,
        show,
        priceList,
      } satisfies ToWorker);
    }
  }

  /** Stops the run; the file stays read, ready for another run. */
  cancel(): void {
    this.runId += 1;
    for (const worker of this.workers) worker.postMessage({ type: "cancel" } satisfies ToWorker);
  }

  /** Rows of the last run by index, priced again by the workers that hold them. */
  async rows(indexes: readonly number[]): Promise<CheckRow[]> {
    const shards = this.workers.length;
    const parts = await Promise.all(
      this.workers.map((worker, shard) => {
        const mine = indexes.filter((i) => Math.floor(i / BLOCK) % shards === shard);
        if (mine.length === 0) return Promise.resolve([] as CheckRow[]);
        const id = (this.picks += 1);
        return new Promise<CheckRow[]>((resolve) => {
          const listen = (event: MessageEvent<FromWorker>) => {
            if (event.data.type !== "picked" || event.data.id !== id) return;
            worker.removeEventListener("message", listen);
            resolve(JSON.parse(event.data.json) as CheckRow[]);
          };
          worker.addEventListener("message", listen);
          worker.postMessage({ type: "pick", id, indexes: mine } satisfies ToWorker);
        });
      }),
    );
    return parts.flat();
  }

  /** The result file of the last run. */
  async download(format: "csv" | "xlsx"): Promise<Blob> {
    const origin = window.location.origin;
    const parts = await Promise.all(
      this.workers.map((worker) => reply(worker, { type: "export", origin }, "export")),
    );
    const blocks = parts.flatMap((part) => part.blocks).sort((a, b) => a.from - b.from);
    const sheet: OutSheet = { ...parts[0]!.head, rows: blocks.flatMap((b) => b.rows) };
    const file = await reply(this.workers[0]!, { type: "write", format, sheet }, "file");
    return file.blob;
  }

  /** Ends the workers and forgets the file. */
  close(): void {
    this.closed = true;
    for (const worker of this.workers) worker.terminate();
  }
}
