/** The text with its first letter capitalised, to open a sentence or a label. */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** «Клиент никогда…» → «клиент никогда…» inside a sentence; «ИП», «SIP-…»-like abbreviations stay. */
export const lowerFirst = (text: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
