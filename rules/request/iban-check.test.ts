import { describe, expect, it } from "vitest";
import { compactCode, ibanMod97, isValidBic, isValidKzIban } from "./iban-check";

describe("isValidKzIban", () => {
  it.each([
    ["KZ86125KZT5004100100", true],
    ["KZ75125KZT2069100100", true],
    ["KZ110070105KZT000801", true],
    ["KZ12601A861000123456", true],
    ["KZ87125KZT5004100100", false], // a check digit off
    ["KZ86125KZT5004100101", false], // an account digit off
    ["KZ68125KZT5004100100", false], // two check digits swapped
    ["KZ86125KZT500410010", false], // 19 characters
    ["KZ86125KZT50041001000", false], // 21 characters
    ["DE89370400440532013000", false], // a valid German IBAN
    ["kz86125kzt5004100100", false], // compact form is upper case (the schema compacts first)
    ["KZ86 125K ZT50 0410 0100", false], // so is it without spaces
    ["KZ8612AKZT5004100100", false], // bank code of digits only
    ["", false],
  ])("%s → %s", (iban, valid) => {
    expect(isValidKzIban(iban)).toBe(valid);
  });

  it("mod 97 of the registry's example is 1", () => {
    expect(ibanMod97("KZ86125KZT5004100100")).toBe(1);
    expect(ibanMod97("GB82WEST12345698765432")).toBe(1);
  });
});

describe("isValidBic", () => {
  it.each([
    ["HSBKKZKX", true],
    ["KCJBKZKX", true],
    ["CASPKZKA", true],
    ["HSBKKZKXXXX", true],
    ["DEUTDEFF500", true],
    ["HSBKKZK", false], // 7
    ["HSBKKZKXX", false], // 9
    ["HSBKKZKXXX", false], // 10
    ["HSBKKZKXXXXX", false], // 12
    ["1SBKKZKX", false], // bank code of letters only
    ["HSBK1ZKX", false], // country of letters only
    ["hsbkkzkx", false],
    ["", false],
  ])("%s → %s", (bic, valid) => {
    expect(isValidBic(bic)).toBe(valid);
  });
});

describe("compactCode", () => {
  it.each([
    ["kz86 125k zt50 0410 0100", "KZ86125KZT5004100100"],
    [" HSBKKZKX ", "HSBKKZKX"],
    ["KZ86\u00a0125K", "KZ86125K"],
  ])("%j → %s", (text, compact) => {
    expect(compactCode(text)).toBe(compactCode(compact));
    expect(compactCode(text)).toBe(compact);
  });
});
