"use client";

import { useState } from "react";
import { ActionStatus, type ActionMessage } from "@/components/ui/action-status";
import type { ShareTarget } from "@/lib/proposal/share-proposal";
import { PrintButton, PRIMARY_ACTION } from "./proposal-actions";
import { ShareButton } from "./share-button";

/** The client's actions: «Скачать PDF» (a plain link), «Печать» and «Поделиться». */
export function ClientActions({ target }: { target: ShareTarget }) {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        {target.pdfUrl ? (
          <a href={target.pdfUrl} download className={PRIMARY_ACTION}>
            Скачать PDF
          </a>
        ) : null}
        <PrintButton />
        <ShareButton target={target} onMessage={setMessage} />
      </div>
      <ActionStatus message={message} />
    </div>
  );
}
