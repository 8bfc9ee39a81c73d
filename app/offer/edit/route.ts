import { requestDay } from "@/lib/page/clock";
import { seeOther } from "@/lib/http/see-other";
import { EDIT_FIELD, editedOfferHref, readLineEdit } from "@/lib/proposal/line-edit";
import { defaultFacts, proposalDraftFromParams } from "@/lib/proposal/proposal-url";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /offer/edit?<the offer's form>&edit=up.2: a line's «Выше», «Ниже» or «Удалить» (submit
 * buttons of the offer's form, so they work without JavaScript); back to /offer with the line
 * moved or removed and the focus's target as the fragment.
 */
export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams;
  const draft = proposalDraftFromParams(query, defaultFacts(requestDay()));
  return seeOther(editedOfferHref(draft, readLineEdit(query.get(EDIT_FIELD))));
}

export { GET as HEAD };
