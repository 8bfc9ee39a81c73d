import { FACT_FIELDS, defaultFacts, proposalDraftFromParams } from "./proposal-url";
import { seeOther } from "@/lib/http/see-other";
import { joinLines } from "./join-lines";
import { DRAFT_KEY } from "./proposal-storage";

/**
 * GET /offer/add: lines (`l`) with the client's answers they were chosen with (the /offers keys)
 * join the offer in `draft` (none without JavaScript: a new offer) by the one rule of
 * `joinLines`, then on to the offer page (303).
 */
export function addLinesResponse(request: Request, today: string): Response {
  const url = new URL(request.url);
  const defaults = defaultFacts(today);
  const incoming = proposalDraftFromParams(url.searchParams, defaults);
  const given = FACT_FIELDS.some((key) => url.searchParams.has(key));
  const query = joinLines(
    url.searchParams.get(DRAFT_KEY) ?? "",
    incoming.lines.map((line) => line.product),
    given ? incoming.facts : defaults,
    defaults,
  );
  return seeOther(`/offer?${query}`);
}
