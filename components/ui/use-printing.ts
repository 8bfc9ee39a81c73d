import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the page is being printed (or shown as print media): content only paper needs is
 * rendered then, not in the first DOM. `beforeprint` renders synchronously, so the browser lays
 * out the printed page with it; the print media query covers print previews and emulation.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia("print");
    const show = (on: boolean) => flushSync(() => setPrinting(on));
    const before = () => show(true);
    const after = () => show(media.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media.addEventListener("change", after);
    // Already printing when the page hydrated (a print right after load).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (media.matches) setPrinting(true);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media.removeEventListener("change", after);
    };
  }, []);
  return printing;
}
