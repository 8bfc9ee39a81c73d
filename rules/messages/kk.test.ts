import { describe, expect, it } from "vitest";
import { KAZAKH_LETTERS, russianWordsIn } from "@/test-support/kazakh";
import { kk } from "./kk";

const fields = Object.values(kk.fields);

/** Every message a person reads: a field's label with an issue, «… көрсетіңіз», each issue. */
const messages = [
  ...fields.map((f) => kk.compose.labelled(f.label, kk.issues.pickFromList)),
  ...fields.map((f) => kk.issues.ask(f)),
  ...fields.flatMap((f) => (f.question ? [f.question] : [])),
  ...Object.values(kk.contradictions).map((say) => say([50, 100])),
  kk.contradictions.users_for_edition([]),
  ...Object.entries(kk.issues).flatMap(([key, value]) => {
    if (typeof value === "string") return [value];
    if (key === "ask" || key === "dateExample") return [];
    if (key === "badDate") return [kk.issues.badDate(kk.issues.dateExample(true))];
    return [(value as (n: number) => string)(30)];
  }),
  kk.compose.lineProblem(2, kk.issues.ask(kk.fields["product.plan"])),
  kk.compose.lineUnreadable(kk.issues.invalid),
];

describe("the Kazakh message catalogue", () => {
  it.each(messages)("%s", (text) => {
    expect(text).toMatch(KAZAKH_LETTERS);
    expect(russianWordsIn(text)).toEqual([]);
  });

  it("names fields in Kazakh: no Russian word, trade names as written", () => {
    for (const f of fields) {
      expect(russianWordsIn(`${f.label} ${f.name} ${f.ask}`), f.label).toEqual([]);
    }
    expect(kk.fields.franchisee.name).toBe("«1С: Франчайзи» лицензиясы");
  });

  it("puts the verb after the field, declines numbers by their sound", () => {
    expect(kk.issues.ask(kk.fields["product.plan"])).toBe("тарифті көрсетіңіз");
    expect(kk.issues.ask(kk.fields["product.copilotBoost"])).toBe("Буст Copilot-ты көрсетіңіз");
    expect(kk.issues.tooManyLines(30)).toBe("ұсыныста 30-дан артық жол болмауы керек");
    expect(kk.issues.tooManyLines(100)).toBe("ұсыныста 100-ден артық жол болмауы керек");
    expect(kk.compose.lineProblem(2, "тарифті көрсетіңіз")).toBe("2-позиция: тарифті көрсетіңіз.");
  });

  it("names every issue code of the contract", () => {
    // api-contract.md, «Issue codes»: each code has words in the catalogue.
    expect(Object.keys(kk.issues)).toEqual(
      expect.arrayContaining([
        "required",
        "pickFromList",
        "badDate",
        "atLeast",
        "atMost",
        "tooLong",
        "binDigits",
        "binCheckDigit",
        "invalidIban",
        "invalidBic",
        "unknownKey",
        "invalid",
      ]),
    );
  });
});
