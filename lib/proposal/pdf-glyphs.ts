/** What a character the font cannot draw is printed as: visible, never an empty box. */
export const MISSING_GLYPH = "\uFFFD";

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * The text with every character `font` has no glyph for (emoji, CJK, private use…) replaced by
 * U+FFFD «�», which DejaVu Sans draws; spaces and the like are kept.
 */
export function printable(font: GlyphFont, text: string): string {
  let result = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    result += code <= 0x7e || font.hasGlyphForCodePoint(code) ? char : MISSING_GLYPH;
  }
  return result;
}

/**
 * Makes every text `doc` draws or measures printable with its regular font (pdfkit's fontkit
 * font): one place, so no text of the offer can print as an empty box.
 */
export function replaceMissingGlyphs(doc: PDFKit.PDFDocument): void {
  doc.font("regular");
  // pdfkit keeps the open font's fontkit object on `_font.font` (not in its typings).
  const font = (doc as unknown as { _font: { font: GlyphFont } })._font.font;
  const text = doc.text.bind(doc) as (t: string, ...rest: unknown[]) => PDFKit.PDFDocument;
  const heightOfString = doc.heightOfString.bind(doc);
  Object.assign(doc, {
    text: (t: string, ...rest: unknown[]) => text(printable(font, String(t)), ...rest),
    heightOfString: (t: string, options?: PDFKit.Mixins.TextOptions) =>
      heightOfString(printable(font, String(t)), options),
  });
}
