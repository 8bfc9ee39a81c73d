import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { ProposalResult } from "@/rules";
import type { PartnerAppendixData } from "./partner-appendix";
import { proposalPdf } from "./proposal-pdf";

/** One PDF to render: the offer, and the partner's appendix or null (plain data, cloned). */
export interface PdfTask {
  proposal: ProposalResult;
  appendix: PartnerAppendixData | null;
}

/**
 * PDF rendering (pdfkit: tens of milliseconds of CPU per page) runs in a small pool of worker
 * threads (piscina), so the request loop stays free for every other request: one core is left to
 * it, the rest render. The queue is bounded: past it, `pdfFromPool` refuses at once
 * (PoolBusyError, a 503 with Retry-After) instead of letting waits grow without end.
 */
const WORKER_FILE = path.join(process.cwd(), ".next", "extras", "pdf-worker.cjs");
export const PDF_THREADS = Math.max(1, os.availableParallelism() - 1);
export const PDF_QUEUE = Math.max(32, 16 * PDF_THREADS);
/** Seconds a refused client is asked to wait (about one queue's worth of renders). */
export const PDF_RETRY_AFTER = 2;

export class PoolBusyError extends Error {
  constructor() {
    super("the PDF queue is full");
  }
}

let pool: Piscina | null | undefined;

/**
 * The pool, or null where the worker is not built (`next dev`, unit tests: PDFs are rendered in
 * the request's thread there). `next start` after `npm run build` always has it.
 */
function thePool(): Piscina | null {
  if (pool !== undefined) return pool;
  if (!existsSync(WORKER_FILE)) {
    if (process.env.NODE_ENV === "production") {
      console.error(`PDF worker ${WORKER_FILE} is missing: run \`npm run build\`.`);
    }
    return (pool = null);
  }
  return (pool = new Piscina({
    filename: WORKER_FILE,
    minThreads: 1,
    maxThreads: PDF_THREADS,
    maxQueue: PDF_QUEUE,
    idleTimeout: 60_000,
  }));
}

/** The offer as a PDF, rendered in a worker thread; PoolBusyError when the queue is full. */
export async function pdfFromPool(task: PdfTask): Promise<Uint8Array> {
  const p = thePool();
  if (!p) return proposalPdf(task.proposal, task.appendix);
  if (p.queueSize >= PDF_QUEUE) throw new PoolBusyError();
  try {
    return await p.run(task);
  } catch (error) {
    if (error instanceof Error && error.message === "Task queue is at limit") {
      throw new PoolBusyError();
    }
    throw error;
  }
}
