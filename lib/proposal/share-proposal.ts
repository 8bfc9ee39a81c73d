// «Поделиться» in the browser: the Web Share API where there is one (the offer's PDF as a file
// where the browser can share files, else its link), copying the link where there is none.

/** How a share ended. */
export type ShareOutcome = "shared" | "copied" | "cancelled" | "failed";

/** What is shared: the client's link, the PDF's address and its file name. */
export interface ShareTarget {
  title: string;
  url: string;
  pdfUrl: string | null;
  fileName: string;
}

/** Whether the browser can share a PDF file at all (tested with an empty one, before fetching). */
function canShareFiles(): boolean {
  if (typeof navigator.canShare !== "function" || typeof File !== "function") return false;
  const probe = new File([], "offer.pdf", { type: "application/pdf" });
  return navigator.canShare({ files: [probe] });
}

async function pdfFile(target: ShareTarget): Promise<File | null> {
  if (target.pdfUrl === null || !canShareFiles()) return null;
  const response = await fetch(target.pdfUrl);
  if (!response.ok) return null;
  return new File([await response.blob()], target.fileName, { type: "application/pdf" });
}

/** Shares the offer: its PDF, else its link; copies the link when the browser cannot share. */
export async function shareProposal(target: ShareTarget): Promise<ShareOutcome> {
  if (typeof navigator.share === "function") {
    try {
      const file = await pdfFile(target);
      if (file && navigator.canShare({ files: [file] })) {
        await navigator.share({ files: [file], title: target.title });
      } else {
        await navigator.share({ url: target.url, title: target.title });
      }
      return "shared";
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      // Refused (no user gesture left after the download, a policy): copy instead.
    }
  }
  try {
    await navigator.clipboard.writeText(target.url);
    return "copied";
  } catch {
    return "failed";
  }
}
