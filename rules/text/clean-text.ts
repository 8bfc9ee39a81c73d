// Text hygiene of every free-text field of every endpoint (the offer's seller, client and number;
// the pages read them through the same schema): one place, applied before the number, the PDF's
// metadata or a file name see the text.

/**
 * Characters that change how text is shown without being seen: bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069: «U+202E» turns «fdp.exe» around), direction marks
 * (U+200E, U+200F, U+061C), zero-width spaces and joiners (U+200B–U+200D, U+2060), the BOM /
 * zero-width no-break space (U+FEFF), the Mongolian vowel separator (U+180E) and soft hyphens
 * (U+00AD). They are removed: a name of 200 zero-width characters is an empty name.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** C0 and C1 controls (line breaks and tabs included) and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A UTF-16 surrogate without its pair: not a character, cannot be encoded as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The text without invisible formatting characters, trimmed. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, "").trim();
}

/** What is wrong with a (cleaned) one-line text, or null: a control character, a lone surrogate. */
export function textProblem(text: string): "control" | "surrogate" | null {
  if (LONE_SURROGATE.test(text)) return "surrogate";
  if (CONTROL.test(text)) return "control";
  return null;
}
