import type { CheckRow } from "@/lib/check/price-row";

/**
 * The checked rows, filled in by the thousand as workers send them, outside React state (100 000
 * rows copied into state per batch would be the slow part). Subscribers hear of new rows at most
 * every 100 ms (often enough for a progress bar, rarely enough to leave the main thread idle
 * between renders), through a new snapshot object (what `useSyncExternalStore` compares).
 */
export interface RowSnapshot {
  rows: readonly (CheckRow | undefined)[];
  received: number;
}

export class RowStore {
  private rows: CheckRow[] = [];
  private received = 0;
  private snapshot: RowSnapshot = { rows: [], received: 0 };
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Empties the store for a new run of `total` rows. */
  reset(total = 0): void {
    this.rows = new Array<CheckRow>(total);
    this.received = 0;
    this.notify();
  }

  /** Puts a batch of rows in their places. */
  add(batch: readonly CheckRow[]): void {
    for (const row of batch) this.rows[row.index] = row;
    this.received += batch.length;
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.notify();
    }, 100);
  }

  /** Tells subscribers now (a run ended). */
  notify(): void {
    this.snapshot = { rows: this.rows, received: this.received };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): RowSnapshot => this.snapshot;
}
