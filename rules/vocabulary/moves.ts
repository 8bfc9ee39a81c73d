import type { BoxEdition, BoxOperation, CmsEdition, CmsOperation } from "./vocabulary";
import { defaultBoxUsers } from "./vocabulary";
import { boxRank, cmsRank, compareRanks } from "./ranks";

/** The parts of a box or CMS product that say where a transition goes (request or engine shape). */
export type MoveShape =
  | {
      line: "box";
      operation: BoxOperation;
      edition: BoxEdition;
      users?: number | undefined;
      from?: { edition: BoxEdition; users?: number | undefined } | null | undefined;
    }
  | {
      line: "cms";
      operation: CmsOperation;
      edition?: CmsEdition | null | undefined;
      from?: CmsEdition | null | undefined;
    }
  | { line: "cloud" };

const boxUsers = (edition: BoxEdition, users: number | undefined) =>
  users ?? defaultBoxUsers(edition) ?? 0;

/**
 * Whether a transition cannot get the discount whatever its price or date: a move sideways or
 * down, or to the SIP connector (п. 4.1.1, 4.1.2, 5.5). Such a move needs neither a list price nor
 * the source license's date: the answer is «не выше текущей редакции» at once.
 */
export function moveGoesNowhere(p: MoveShape): boolean {
  if (p.line === "box" && p.operation === "upgrade" && p.from) {
    if (p.edition === "sip_connector") return true;
    const to = boxRank(p.edition, boxUsers(p.edition, p.users));
    const from = boxRank(p.from.edition, boxUsers(p.from.edition, p.from.users));
    return compareRanks(to, from) <= 0;
  }
  if (p.line === "cms" && p.operation === "upgrade" && p.edition && p.from) {
    return compareRanks(cmsRank(p.edition), cmsRank(p.from)) <= 0;
  }
  return false;
}
