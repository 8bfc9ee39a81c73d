/*
 * Long work of many requests at once (NDJSON streams, JSON batches) shares the event loop by
 * turns: each slice of work runs in a turn, and the slices of one loop iteration together use
 * at most about `TURN_MS` of it (plus the slice that crosses the line). The rest wait for the
 * next iteration, after the loop has served everything else that is ready (new connections,
 * small requests such as /api/health, timers), and then run in the order they came.
 *
 * Yielding alone (a setImmediate between slices) is not enough: every stream that has data runs
 * one slice per iteration, so 50 busy streams make one iteration last 50 slices, and a request
 * that needs a few iterations waits seconds. With turns an iteration costs about TURN_MS of
 * sliced work whatever the number of streams.
 */

/** Milliseconds of sliced work per event-loop iteration. */
export const TURN_MS = 4;

interface Waiting {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A turn keeper; `now` and `turnMs` are parameters for tests. */
export function createTurns(now: () => number = () => performance.now(), turnMs = TURN_MS) {
  let turnStarted: number | null = null;
  let scheduled = false;
  const waiting: Waiting[] = [];

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(nextTurn);
  };

  /** The check phase of the next iteration: a new turn for the slices that waited, in order. */
  function nextTurn(): void {
    scheduled = false;
    turnStarted = now();
    while (waiting.length > 0 && now() - turnStarted < turnMs) {
      const next = waiting.shift()!;
      try {
        next.resolve(next.work());
      } catch (error) {
        next.reject(error);
      }
    }
    if (waiting.length > 0) schedule();
    else turnStarted = null;
  }

  /** Runs `work` (synchronous, a few milliseconds) now if this turn has time left, else later. */
  return function inTurn<T>(work: () => T): Promise<T> {
    if (turnStarted === null) {
      turnStarted = now();
      // The turn ends with this iteration, whether or not anything waits.
      schedule();
    }
    if (waiting.length === 0 && now() - turnStarted < turnMs) {
      try {
        return Promise.resolve(work());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise<T>((resolve, reject) => {
      waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      schedule();
    });
  };
}

/** The server's one turn keeper: every sliced request shares it. */
export const inTurn = createTurns();
