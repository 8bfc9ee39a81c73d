/** First characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell safe to open in a spreadsheet: one starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe, so «=HYPERLINK(…)» from the uploaded file stays text.
 */
export function escapeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
