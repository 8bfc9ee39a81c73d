import { foldText } from "@/rules/products/read-product-name-text";

/**
 * The key a header or a cell value is compared by: folded (case, «ё», quotes, dashes, Latin
 * look-alikes) and without punctuation or spaces, so «Юр. лицо», «юрлицо» and «ЮР ЛИЦО» meet.
 * Text of signs alone («+», «−», «-») keeps them: they mean yes and no.
 */
export function textKey(text: string): string {
  const folded = foldText(text);
  const letters = folded.replace(/[^a-zа-я0-9]/g, "");
  return letters === "" ? folded.replace(/\s/g, "") : letters;
}
