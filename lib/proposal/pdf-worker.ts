// The worker thread's entry: renders one offer's PDF. Bundled by scripts/build-server-extras.mjs
// (part of `npm run build`) into .next/extras/pdf-worker.cjs; pdfkit and its fonts are
// read from node_modules at run time, as in the server.
import { proposalPdf } from "./proposal-pdf";
import type { PdfTask } from "./pdf-pool";

export default function render(task: PdfTask): Promise<Uint8Array> {
  return proposalPdf(task.proposal, task.appendix);
}
