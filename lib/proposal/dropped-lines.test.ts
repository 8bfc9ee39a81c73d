import { describe, expect, it } from "vitest";
import { groupDigits } from "@/rules";
import { droppedLinesMessage, withoutDroppedHref } from "./dropped-lines";
import { defaultFacts, proposalDraftFromParams } from "./proposal-url";

const TOKEN = "l.cms*o.purchase*e.start";
const draftOf = (query: string) =>
  proposalDraftFromParams(new URLSearchParams(query), defaultFacts("2025-08-15"));

describe("proposalDraftFromParams: at most 30 lines, unreadable tokens skipped", () => {
  it.each([
    ["30 lines", 30, 0, 30, undefined],
    ["31 lines", 31, 0, 30, { extra: 1, unreadable: 0 }],
    ["2 000 lines", 2000, 0, 30, { extra: 1970, unreadable: 0 }],
    ["2 lines and 2 000 junk tokens", 2, 2000, 2, { extra: 0, unreadable: 2000 }],
  ])("%s", (_, valid, junk, lines, dropped) => {
    const query = [
      ...Array.from({ length: junk }, () => "l=z"),
      ...Array.from({ length: valid }, () => `l=${TOKEN}`),
    ].join("&");
    const draft = draftOf(query);
    expect(draft.lines).toHaveLength(lines);
    expect(draft.dropped).toEqual(dropped);
  });

  it.each([
    ["no product in the token", "l=garbage"],
    ["an empty token", "l="],
    ["a token of 10 000 characters", `l=l.cms*${"x".repeat(10_000)}`],
  ])("%s → skipped and counted, the other lines kept", (_, junk) => {
    const draft = draftOf(`l=${TOKEN}&${junk}`);
    expect(draft.lines).toHaveLength(1);
    expect(draft.dropped).toEqual({ extra: 0, unreadable: 1 });
  });

  it("a quantity stays with its token when junk comes before it", () => {
    const draft = draftOf(`l=z&l=${TOKEN}&q1=7`);
    expect(draft.lines).toEqual([{ product: expect.anything(), quantity: 7 }]);
  });
});

describe("droppedLinesMessage", () => {
  it.each([
    [undefined, null],
    [{ extra: 1, unreadable: 0 }, "В КП не больше 30 позиций: 1 лишняя позиция не добавлена."],
    [{ extra: 5, unreadable: 0 }, "В КП не больше 30 позиций: 5 лишних позиций не добавлено."],
    [{ extra: 0, unreadable: 1 }, "1 позиция в адресе не прочитана и пропущена."],
    [
      { extra: 0, unreadable: 2000 },
      `${groupDigits(2000)} позиций в адресе не прочитаны и пропущены.`,
    ],
    [
      { extra: 3, unreadable: 2 },
      "В КП не больше 30 позиций: 3 лишние позиции не добавлены. 2 позиции в адресе не прочитаны и пропущены.",
    ],
  ])("%j → %s", (dropped, expected) => {
    expect(droppedLinesMessage(dropped)).toBe(expected);
  });
});

describe("withoutDroppedHref", () => {
  it("junk tokens → the offer's own address with their count, relative", () => {
    const query = new URLSearchParams(
      `orderedAt=2025-08-15&l=${TOKEN}&l=z&l=z&x=${"y".repeat(99)}`,
    );
    const href = withoutDroppedHref(query, draftOf(query.toString()));
    expect(href).toMatch(
      /^\/offer\?[^#]*orderedAt=2025-08-15&l=l\.cms\*o\.purchase\*e\.start&dropped=0\.2$/,
    );
    expect(href).not.toContain("l=z");
    expect(href).not.toContain("yyy");
    // The address it leads to shows the message and leads nowhere else.
    const next = new URLSearchParams(href!.split("?")[1]);
    const draft = draftOf(next.toString());
    expect(draft.dropped).toEqual({ extra: 0, unreadable: 2 });
    expect(withoutDroppedHref(next, draft)).toBeNull();
  });

  it("nothing dropped → null", () => {
    const query = new URLSearchParams(`l=${TOKEN}`);
    expect(withoutDroppedHref(query, draftOf(query.toString()))).toBeNull();
  });
});
