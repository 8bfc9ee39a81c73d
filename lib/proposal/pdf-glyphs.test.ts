import { describe, expect, it } from "vitest";
import { MISSING_GLYPH, printable } from "./pdf-glyphs";

// A font that draws Latin, Cyrillic and U+FFFD only.
const font = {
  hasGlyphForCodePoint: (c: number) =>
    c <= 0x7e || (c >= 0x400 && c <= 0x4ff) || c === 0xfffd || c === 0xab || c === 0xbb,
};

describe("printable", () => {
  it.each([
    ["ТОО «Клиент»", "ТОО «Клиент»"],
    ["漢字", `${MISSING_GLYPH}${MISSING_GLYPH}`],
    ["ok 👍!", `ok ${MISSING_GLYPH}!`],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(printable(font, input)).toBe(expected);
  });
});
