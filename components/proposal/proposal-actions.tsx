"use client";

import { useState } from "react";
import { ActionStatus, type ActionMessage } from "@/components/ui/action-status";
import { ACTION_BUTTON } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ShareTarget } from "@/lib/proposal/share-proposal";
import { ShareButton } from "./share-button";

export const PRIMARY_ACTION =
  "inline-flex min-h-11 items-center rounded-md border border-blue-800 bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
const LINK_ACTION =
  "inline-flex min-h-11 items-center rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-blue-800 underline hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/** «Печать»: the browser's print of the page (the same content as the PDF). */
export function PrintButton({ disabled = false }: { disabled?: boolean }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className={ACTION_BUTTON}
      disabled={disabled || !hydrated}
      onClick={() => window.print()}
    >
      Печать
    </button>
  );
}

/**
 * «Скачать PDF» (a plain link to the server's PDF of this offer: works without JavaScript),
 * «Печать», «Скопировать ссылку» (this page, for a colleague), «Ссылка для клиента» (a plain link
 * to the read-only view) and «Поделиться» (the client's PDF or link).
 */
export function ProposalActions({
  pdfHref,
  share,
}: {
  pdfHref: string | null;
  /** The client's view and PDF, or null while the offer is incomplete. */
  share: ShareTarget | null;
}) {
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
          <a href={pdfHref} download className={PRIMARY_ACTION}>
            Скачать PDF
          </a>
        ) : null}
        <PrintButton disabled={pdfHref === null} />
        <button type="button" className={ACTION_BUTTON} disabled={!hydrated} onClick={copyLink}>
          Скопировать ссылку
        </button>
        {share ? (
          <>
            {/* A full page load: the client's view has no partner navigation to keep. */}
            <a href={share.url} className={LINK_ACTION}>
              Ссылка для клиента
            </a>
            <ShareButton target={share} onMessage={setMessage} />
          </>
        ) : null}
      </div>
      <ActionStatus message={message} />
    </div>
  );
}
