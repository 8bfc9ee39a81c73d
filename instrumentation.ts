/** Runs once when a server instance starts (Next.js instrumentation hook). */
export async function register(): Promise<void> {
  // The Node.js-only import sits inside the runtime check so the edge build drops it.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseTrace } = await import("./lib/http/refuse-trace");
    refuseTrace();
  }
}
