import { describe, expect, it } from "vitest";
import { editedOfferHref, readLineEdit } from "./line-edit";
import { defaultFacts, proposalDraftFromParams } from "./proposal-url";

const draftOf = (query: string) =>
  proposalDraftFromParams(new URLSearchParams(query), defaultFacts("2025-08-15"));
const THREE = "l=l.cms*o.purchase*e.start&l=l.cms*o.renewal*e.business&q1=2&l=l.cloud*p.basic*m.12";
const tokens = (href: string) =>
  new URLSearchParams(href.split("?")[1]!.split("#")[0]).getAll("l").map((t) => t.split("*")[1]);

describe("readLineEdit", () => {
  it.each([
    ["up.2", { kind: "up", index: 2 }],
    ["down.0", { kind: "down", index: 0 }],
    ["remove.29", { kind: "remove", index: 29 }],
    ["remove.100", null],
    ["left.1", null],
    ["up.", null],
    [null, null],
  ] as const)("%s → %j", (value, expected) => {
    expect(readLineEdit(value)).toEqual(expected);
  });
});

describe("editedOfferHref", () => {
  it("up: the line and its quantity move, the focus follows", () => {
    const href = editedOfferHref(draftOf(THREE), { kind: "up", index: 1 });
    expect(href.startsWith("/offer?")).toBe(true);
    expect(tokens(href)).toEqual(["o.renewal", "o.purchase", "p.basic"]);
    expect(new URLSearchParams(href.split("?")[1]!.split("#")[0]).get("q0")).toBe("2");
    expect(href.endsWith("#offer-line-0-heading")).toBe(true);
  });

  it("remove: the line goes, the next line's heading gets the focus", () => {
    const href = editedOfferHref(draftOf(THREE), { kind: "remove", index: 0 });
    expect(tokens(href)).toEqual(["o.renewal", "p.basic"]);
    expect(href.endsWith("#offer-line-0-heading")).toBe(true);
  });

  it.each([
    ["a line that is not there", { kind: "remove", index: 5 }],
    ["the first one up", { kind: "up", index: 0 }],
    ["the last one down", { kind: "down", index: 2 }],
  ] as const)("%s → the offer unchanged, no fragment", (_, edit) => {
    const href = editedOfferHref(draftOf(THREE), edit);
    expect(tokens(href)).toEqual(["o.purchase", "o.renewal", "p.basic"]);
    expect(href).not.toContain("#");
  });
});
