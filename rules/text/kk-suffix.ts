import { numberWordsKk } from "./kk-number-words";

/*
 * Kazakh case endings after a name, chosen the way Kazakh chooses them: the vowel by the word's
 * last vowel (vowel harmony: back а о ұ ы → «ға», «дың»; front ә е ө ү і → «ге», «дің») and
 * the first consonant by the word's last sound (a vowel, a sonorant, a nasal, a voiced or a
 * voiceless consonant). A number is read aloud first: «Битрикс24» ends in «…жиырма төрт», so
 * «Битрикс24-тің». After digits, Latin letters and a closing quote the ending takes a hyphen
 * («2025-ке», «Copilot-қа», ««Бизнес»-тен»), as Kazakh spelling writes it.
 */

export type KkCase =
  | "genitive" // ілік: -ның/-нің, -дың/-дің, -тың/-тің
  | "dative" // барыс: -ға/-ге, -қа/-ке
  | "accusative" // табыс: -ны/-ні, -ды/-ді, -ты/-ті
  | "locative" // жатыс: -да/-де, -та/-те
  | "ablative" // шығыс: -дан/-ден, -нан/-нен, -тан/-тен
  | "instrumental"; // көмектес: -мен, -бен, -пен

type Sound = "vowel" | "sonorant" | "nasal" | "voiced" | "voiceless";

/** [back, front] endings by the last sound. */
const ENDINGS: Record<KkCase, Record<Sound, readonly [string, string]>> = {
  genitive: {
    vowel: ["ның", "нің"],
    nasal: ["ның", "нің"],
    sonorant: ["дың", "дің"],
    voiced: ["дың", "дің"],
    voiceless: ["тың", "тің"],
  },
  dative: {
    vowel: ["ға", "ге"],
    nasal: ["ға", "ге"],
    sonorant: ["ға", "ге"],
    voiced: ["ға", "ге"],
    voiceless: ["қа", "ке"],
  },
  accusative: {
    vowel: ["ны", "ні"],
    nasal: ["ды", "ді"],
    sonorant: ["ды", "ді"],
    voiced: ["ды", "ді"],
    voiceless: ["ты", "ті"],
  },
  locative: {
    vowel: ["да", "де"],
    nasal: ["да", "де"],
    sonorant: ["да", "де"],
    voiced: ["да", "де"],
    voiceless: ["та", "те"],
  },
  ablative: {
    vowel: ["дан", "ден"],
    nasal: ["нан", "нен"],
    sonorant: ["дан", "ден"],
    voiced: ["дан", "ден"],
    voiceless: ["тан", "тен"],
  },
  instrumental: {
    vowel: ["мен", "мен"],
    nasal: ["мен", "мен"],
    sonorant: ["мен", "мен"],
    voiced: ["бен", "бен"],
    voiceless: ["пен", "пен"],
  },
};

const BACK_VOWELS = "аоұыяёaou";
const FRONT_VOWELS = "әеөүіэиei";
// «у» and «ю» follow the vowel before them («тау» back, «кию» front).
const NEUTRAL_VOWELS = "уюy";
const VOWEL_ENDINGS = "аоұыяёәеөүіэaoueiэ";
const SONORANTS = "лрйуиlrwy";
const NASALS = "мнңmn";
const VOICED = "зжzj";

/** What a name sounds like at its end: a trailing number read aloud, quotes dropped. */
function spoken(word: string): string {
  // «10 000» is one number: digits grouped by a space, a no-break or a narrow no-break space.
  const bare = word.replace(/[»"'”)\]\s]+$/u, "").replace(/(\d)[ \u00a0\u202f](?=\d{3}\b)/gu, "$1");
  const digits = /(\d{1,15})$/.exec(bare);
  if (!digits) return bare.toLowerCase();
  return `${bare.slice(0, digits.index)} ${numberWordsKk(BigInt(digits[1]!))}`.toLowerCase();
}

function isFront(sounds: string): boolean {
  for (let i = sounds.length - 1; i >= 0; i -= 1) {
    const c = sounds[i]!;
    if (BACK_VOWELS.includes(c)) return false;
    if (FRONT_VOWELS.includes(c)) return true;
    if (NEUTRAL_VOWELS.includes(c)) continue;
  }
  return false;
}

function lastSound(sounds: string): Sound {
  const last = sounds.replace(/[ьъ]+$/u, "").slice(-1);
  if (SONORANTS.includes(last)) return "sonorant";
  if (VOWEL_ENDINGS.includes(last)) return "vowel";
  if (NASALS.includes(last)) return "nasal";
  if (VOICED.includes(last)) return "voiced";
  return "voiceless";
}

/** The case ending a word takes: `kkEnding("Астана", "dative")` → «ға». */
export function kkEnding(word: string, grammaticalCase: KkCase): string {
  const sounds = spoken(word);
  const pair = ENDINGS[grammaticalCase][lastSound(sounds)];
  return isFront(sounds) ? pair[1] : pair[0];
}

/** The word with its case ending: «Астанаға», «Битрикс24-тің», ««Бизнес»-тен». */
export function withKkEnding(word: string, grammaticalCase: KkCase): string {
  const hyphen = /[\d»"'”)\]a-zA-Z]$/u.test(word) ? "-" : "";
  return `${word}${hyphen}${kkEnding(word, grammaticalCase)}`;
}
