import type { CheckRow } from "@/lib/check/price-row";
import { emptyFacts, putFacts, type RowFacts } from "@/lib/check/summary";

/** What the page renders from: the facts of every row, and how many have arrived. */
export interface RowSnapshot {
  facts: RowFacts;
  received: number;
}

interface Chunk {
  from: number;
  count: number;
  json: string;
  rows: CheckRow[] | null;
}

/**
 * The checked rows, outside React state. Workers send each run of rows as typed facts (for the
 * summary and filters) and JSON text; the text is parsed only when the table shows one of its
 * rows, so the main thread stays idle while 100 000 rows arrive. Subscribers hear of new rows at
 * most every 100 ms, through a new snapshot object (what `useSyncExternalStore` compares).
 */
export class RowStore {
  private facts = emptyFacts(0);
  private chunks: Chunk[] = [];
  private received = 0;
  private snapshot: RowSnapshot = { facts: this.facts, received: 0 };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Empties the store for a new run of `total` rows. */
  reset(total = 0): void {
    this.facts = emptyFacts(total);
    this.chunks = [];
    this.received = 0;
    this.notify();
  }

  /** Takes a run of rows starting at row `from`. */
  add(from: number, facts: RowFacts, json: string): void {
    putFacts(this.facts, from, facts);
    const count = facts.status.length;
    const at = this.chunks.findIndex((c) => c.from > from);
    this.chunks.splice(at === -1 ? this.chunks.length : at, 0, { from, count, json, rows: null });
    this.received += count;
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.notify();
    }, 100);
  }

  /** A row by index, parsed from its run's text on first use; undefined until it arrives. */
  row = (index: number): CheckRow | undefined => {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid]!;
      if (index < chunk.from) hi = mid - 1;
      else if (index >= chunk.from + chunk.count) lo = mid + 1;
      else {
        chunk.rows ??= JSON.parse(chunk.json) as CheckRow[];
        return chunk.rows[index - chunk.from];
      }
    }
    return undefined;
  };

  /** Tells subscribers now (a run ended). */
  notify(): void {
    this.snapshot = { facts: this.facts, received: this.received };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): RowSnapshot => this.snapshot;
}
