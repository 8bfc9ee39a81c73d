// Test-only: the text of a PDF, page by page, as a reader would copy it (pdfjs-dist, Mozilla's
// PDF.js, legacy build for Node). Used by the unit and e2e tests of the offer's PDF.

/** Each page's text, its items joined by spaces (line ends included). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  // Loaded on use: an ES module, and Playwright's test loader compiles specs to CommonJS.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join(""),
    );
  }
  await pdf.destroy();
  return pages;
}

/** The whole text of a PDF with runs of white space (ordinary, no-break, thin) as one space. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join("\n").replace(/[\s\u00a0\u202f]+/g, " ");
}
