"use client";

import { useEffect, useState } from "react";
import { DRAFT_KEY, savedDraftQuery } from "@/lib/proposal/proposal-storage";
import { positionsText } from "@/rules";

/**
 * A hidden field carrying the offer being built in this browser (its whole /offer query) into the
 * GET form to /offer/add, so the lines ticked there join it by the one rule of joinLines (the
 * form's own fields give the answers they were chosen with). Without JavaScript the form starts
 * a new offer.
 */
export function DraftInputs() {
  const [saved, setSaved] = useState("");
  useEffect(() => {
    // Reading storage after hydration is the point: the server cannot know it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSaved(savedDraftQuery());
  }, []);
  const lines = new URLSearchParams(saved).getAll("l").length;
  return (
    <>
      {saved ? <input type="hidden" name={DRAFT_KEY} value={saved} /> : null}
      <p aria-live="polite" className="mt-2 text-slate-700">
        {lines > 0 ? `В КП уже ${positionsText(lines)}: отмеченные строки добавятся к ним.` : ""}
      </p>
    </>
  );
}
