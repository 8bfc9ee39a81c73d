import { useEffect, useState, type ComponentProps } from "react";
import { afterLoad } from "@/components/ui/after-load";
import { usePrinting } from "@/components/ui/use-printing";
import type { PrintQuote } from "./print-quote";

type PrintModule = typeof import("./print-quote");

/**
 * The printed calculation, rendered only while the page is printed: on screen it is no part of
 * the DOM, and its code loads once the page is idle after `load`. Without JavaScript the page
 * prints the server's copy instead (a `<noscript>` in app/page.tsx).
 */
export function PrintOnDemand(props: ComponentProps<typeof PrintQuote>) {
  const printing = usePrinting();
  const [print, setPrint] = useState<PrintModule | null>(null);
  useEffect(
    () =>
      afterLoad(() => {
        let live = true;
        void import("./print-quote").then((m) => {
          if (live) setPrint(m);
        });
        return () => {
          live = false;
        };
      }),
    [],
  );
  return printing && print ? <print.PrintQuote {...props} /> : null;
}
