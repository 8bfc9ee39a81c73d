/**
 * Lets the event loop run everything that is waiting (other requests' I/O, timers) before going
 * on: long work in one request (a batch, a stream) is cut into slices with this between them, so
 * it never holds the server for more than one slice.
 */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Resolves after `ms` milliseconds (a timer: other work runs meanwhile). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
