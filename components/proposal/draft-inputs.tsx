"use client";

import { useEffect, useState } from "react";
import { savedDraftQuery } from "@/lib/proposal/proposal-storage";
import { FACT_FIELDS } from "@/lib/proposal/proposal-url";
import { positionsText } from "@/rules";

const FACTS = new Set<string>(FACT_FIELDS);

/**
 * Hidden fields carrying the offer being built (its lines, quantities, seller and client) into a
 * GET form to /offer, so the lines ticked there are added to it. The form's own fields give the
 * client's answers. Without JavaScript the form starts a new offer.
 */
export function DraftInputs() {
  const [pairs, setPairs] = useState<[string, string][]>([]);
  useEffect(() => {
    const saved = new URLSearchParams(savedDraftQuery());
    // Reading storage after hydration is the point: the server cannot know it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPairs([...saved].filter(([key]) => !FACTS.has(key)));
  }, []);
  const lines = pairs.filter(([name]) => name === "l").length;
  return (
    <>
      {pairs.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <p aria-live="polite" className="mt-2 text-slate-700">
        {lines > 0 ? `В КП уже ${positionsText(lines)}: отмеченные строки добавятся к ним.` : ""}
      </p>
    </>
  );
}
