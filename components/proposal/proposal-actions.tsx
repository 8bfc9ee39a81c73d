"use client";

import { useState } from "react";
import { ACTION_BUTTON, ActionStatus, type ActionMessage } from "@/components/ui/action-status";
import { useHydrated } from "@/components/ui/use-hydrated";

const PRIMARY =
  "inline-flex min-h-11 items-center rounded-md border border-blue-800 bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/**
 * «Скачать PDF» (a plain link to the server's PDF of this offer: works without JavaScript),
 * «Печать» and «Скопировать ссылку».
 */
export function ProposalActions({ pdfHref }: { pdfHref: string | null }) {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const hydrated = useHydrated();

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage({ ok: true, text: "Ссылка скопирована" });
    } catch {
      setMessage({
        ok: false,
        text: "Не удалось скопировать: браузер не дал доступа к буферу обмена.",
      });
    }
  }

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        {pdfHref ? (
          // A download, not a page: a plain link, no client-side navigation or prefetch.
          <a href={pdfHref} download className={PRIMARY}>
            Скачать PDF
          </a>
        ) : null}
        <button
          type="button"
          className={ACTION_BUTTON}
          disabled={pdfHref === null || !hydrated}
          onClick={() => window.print()}
        >
          Печать
        </button>
        <button type="button" className={ACTION_BUTTON} disabled={!hydrated} onClick={copyLink}>
          Скопировать ссылку
        </button>
      </div>
      <ActionStatus message={message} />
    </div>
  );
}
