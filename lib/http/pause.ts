/** Resolves after `ms` milliseconds (a timer: other work runs meanwhile). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
