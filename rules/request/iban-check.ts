// ИИК (a Kazakh IBAN, ISO 13616) and БИК (a BIC, ISO 9362): the account and bank codes on a
// Kazakh invoice. Pure checks of the written form; whether the account exists is the bank's word.

/** Spaces removed and letters upper-cased: «kz86 125k zt50 0410 0100» → «KZ86125KZT5004100100». */
export function compactCode(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, "").toUpperCase();
}

// KZ, two check digits, a three-digit bank code and a 13-character account: 20 characters.
const KZ_IBAN = /^KZ\d{2}\d{3}[0-9A-Z]{13}$/;

/** ISO 13616 mod 97: the first four characters moved to the end, letters as 10–35, remainder 1. */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code <= 57 ? code - 48 : code - 55;
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}

/** True for a Kazakh IBAN (ИИК) in compact form: KZ, 20 characters, mod-97 check. */
export function isValidKzIban(text: string): boolean {
  return KZ_IBAN.test(text) && ibanMod97(text) === 1;
}

// Bank (4 letters), country (2 letters), location (2 letters or digits), branch (3, optional).
const BIC = /^[A-Z]{4}[A-Z]{2}[0-9A-Z]{2}(?:[0-9A-Z]{3})?$/;

/** True for a BIC (БИК) in compact form: 8 or 11 characters of the ISO 9362 format. */
export function isValidBic(text: string): boolean {
  return BIC.test(text);
}
