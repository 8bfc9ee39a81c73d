/** Runs once when a server instance starts (Next.js instrumentation hook). */
export async function register(): Promise<void> {
  // The Node.js-only imports sit inside the runtime check so the edge build drops them.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseTrace } = await import("./lib/http/refuse-trace");
    refuseTrace();
    const { loadPriceListAtStart } = await import("./lib/prices/price-list");
    loadPriceListAtStart();
  }
}
