import { describe, expect, it } from "vitest";
import { buildProposal } from "@/rules";
import { examplePriceList } from "@/rules/catalog/example-price-list";
import { linePreviews } from "./line-previews";
import { readProposalForm } from "./proposal-form";
import { proposalViewLine } from "./proposal-view";

const TODAY = "2025-08-15";
const BASE = "orderedAt=2025-08-15&sc=П&cn=К";
const CMS = "l=l.cms*o.purchase*e.start";
const PORTAL = "l=l.box*o.purchase*e.corporate_portal*u.100";

const formOf = (query: string) => readProposalForm(new URLSearchParams(query), TODAY);
const previewsOf = (query: string) => linePreviews(formOf(query), examplePriceList, TODAY);

/** The titles the offer's table gives the lines of a valid query. */
function tableTitles(query: string): string[] {
  const request = formOf(query).request!;
  return buildProposal(request, { catalog: examplePriceList }).lines.map(
    (line, i) => proposalViewLine(line, i).title,
  );
}

const TITLES = tableTitles(`${BASE}&${CMS}&${PORTAL}`);

describe("linePreviews: one error hides no other line's name", () => {
  it("a valid proposal → every line named and priced as the offer's table does", () => {
    const previews = previewsOf(`${BASE}&${CMS}&${PORTAL}&q1=2`);
    expect(previews.map((p) => p?.title)).toEqual(TITLES);
    expect(previews[1]?.view?.lineTotal).toBe(
      proposalViewLine(
        buildProposal(formOf(`${BASE}&${CMS}&${PORTAL}&q1=2`).request!, {
          catalog: examplePriceList,
        }).lines[1]!,
        1,
      ).lineTotal,
    );
  });

  it("the proposal already priced (only the seller or client wrong) → the same previews, reused", () => {
    const form = formOf(`orderedAt=2025-08-15&${CMS}&${PORTAL}&q1=2`);
    const priced = buildProposal(form.pricing!, { catalog: examplePriceList });
    expect(linePreviews(form, examplePriceList, TODAY, priced)).toEqual(
      linePreviews(form, examplePriceList, TODAY),
    );
  });

  it.each([
    ["a bad quantity on the first line", `${BASE}&${CMS}&${PORTAL}&q0=abc`, [TITLES[0], TITLES[1]]],
    [
      "an unknown line between them",
      `${BASE}&${CMS}&l=l.foo&${PORTAL}`,
      [TITLES[0], undefined, TITLES[1]],
    ],
    ["no seller or client", `orderedAt=2025-08-15&${CMS}&${PORTAL}`, TITLES],
    ["a bad order date", `orderedAt=2025-13-40&sc=П&cn=К&${CMS}&${PORTAL}`, TITLES],
  ])("%s → the valid lines keep their names", (_label, query, titles) => {
    expect(previewsOf(query).map((p) => p?.title)).toEqual(titles);
  });

  it("a bad quantity → the line's decision and unit prices still shown", () => {
    const [first] = previewsOf(`${BASE}&${CMS}&${PORTAL}&q0=abc`);
    expect(first?.view?.decision).toMatch(/^Скидка \d+% по п\./);
    expect(first?.view?.unitPrice).toMatch(/₸/);
  });

  it("a bad order date → named only: no decision without the date", () => {
    const previews = previewsOf(`orderedAt=2025-13-40&sc=П&cn=К&${CMS}`);
    expect(previews[0]?.view).toBeNull();
  });
});
