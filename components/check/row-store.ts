import type { CheckRow } from "@/lib/check/price-row";
import { emptyFacts, putFacts, type RowFacts } from "@/lib/check/summary";

/** What the page renders from: the facts of every row, and how many have arrived. */
export interface RowSnapshot {
  facts: RowFacts;
  received: number;
}

/** Rows kept on the page at most (those shown and the bad cells listed). */
const CACHE_LIMIT = 2_000;
/** The status byte of a row not priced yet (summary.ts). */
const PENDING = 255;

/**
 * The checked rows, outside React state. Workers send each block's facts (typed arrays, for the
 * summary and filters); the rows themselves stay in the workers, and the few the page shows are
 * asked for when first wanted (`row` returns undefined meanwhile, and subscribers hear when they
 * come). Subscribers hear of new facts at most every 100 ms, through a new snapshot object (what
 * `useSyncExternalStore` compares).
 */
export class RowStore {
  private facts = emptyFacts(0);
  private received = 0;
  private snapshot: RowSnapshot = { facts: this.facts, received: 0 };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private cache = new Map<number, CheckRow>();
  private wanted = new Set<number>();
  private asking = false;
  private generation = 0;
  private fetcher: ((indexes: number[]) => Promise<CheckRow[]>) | null = null;

  /** Where rows are asked for (the open file's workers). */
  setFetcher(fetcher: ((indexes: number[]) => Promise<CheckRow[]>) | null): void {
    this.fetcher = fetcher;
  }

  /** Empties the store for a new run of `total` rows. */
  reset(total = 0): void {
    this.facts = emptyFacts(total);
    this.received = 0;
    this.cache.clear();
    this.wanted.clear();
    this.generation += 1;
    this.notify();
  }

  /** Takes the facts of a block of rows starting at row `from`. */
  add(from: number, facts: RowFacts): void {
    putFacts(this.facts, from, facts);
    this.received += facts.status.length;
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.notify();
    }, 100);
  }

  /** A priced row by index; undefined until it has been fetched (it is asked for now). */
  row = (index: number): CheckRow | undefined => {
    const row = this.cache.get(index);
    if (row || this.facts.status[index] === PENDING || index >= this.facts.status.length) {
      return row;
    }
    this.wanted.add(index);
    if (!this.asking) {
      this.asking = true;
      queueMicrotask(() => void this.ask());
    }
    return undefined;
  };

  private async ask(): Promise<void> {
    const indexes = [...this.wanted];
    this.wanted.clear();
    const generation = this.generation;
    const rows = this.fetcher && indexes.length > 0 ? await this.fetcher(indexes) : [];
    this.asking = false;
    if (generation !== this.generation) return;
    if (this.cache.size + rows.length > CACHE_LIMIT) this.cache.clear();
    for (const row of rows) this.cache.set(row.index, row);
    this.notify();
  }

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
