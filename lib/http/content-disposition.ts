import { cleanText } from "@/rules";

// Russian letters to Latin for the ASCII `filename` of old clients (ГОСТ 7.79-2000 system B,
// simplified): «КП-0815-01» → «KP-0815-01». Modern clients read `filename*` (RFC 6266 / 8187).
const LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "j",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "x",
  ц: "c",
  ч: "ch",
  ш: "sh",
  щ: "shh",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

function toAscii(name: string): string {
  const latin = [...name]
    .map((c) => {
      const lower = c.toLowerCase();
      const l = LATIN[lower];
      if (l === undefined) return c;
      return c === lower ? l : l.charAt(0).toUpperCase() + l.slice(1);
    })
    .join("");
  // Only characters that need no quoting or escaping in a quoted-string of any client.
  return latin.replace(/[^A-Za-z0-9._-]+/g, "_");
}

/**
 * A file name's text for `filename*`: without invisible formatting characters, path separators
 * and controls (a file name is never a path), lone surrogates replaced (they have no UTF-8).
 */
function safeName(filename: string): string {
  return cleanText(filename)
    .replace(/[/\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "_")
    .replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => {
      const pair = /[\ud800-\udbff][\udc00-\udfff]/;
      return pair.test(s.slice(i, i + 2)) || pair.test(s.slice(i - 1, i + 1)) ? c : "_";
    });
}

/** `attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>` for a download. */
export function attachmentDisposition(name: string): string {
  const filename = safeName(name);
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${toAscii(filename)}"; filename*=UTF-8''${encoded}`;
}
