"use client";

import { useState } from "react";
import { ACTION_BUTTON, ActionStatus, type ActionMessage } from "@/components/ui/action-status";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Saves bytes under a file name through a temporary link (the browser's own download). */
function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** «Скачать PDF» (the server's PDF of the same request), «Печать» and «Скопировать ссылку». */
export function OfferActions({
  request,
  filename,
}: {
  /** The valid JSON request of POST /api/offer.pdf, or null while the offer has errors. */
  request: unknown;
  filename: string;
}) {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();

  async function downloadPdf() {
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch("/api/offer.pdf", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
      });
      if (!response.ok) throw new Error(String(response.status));
      download(await response.blob(), filename);
      setMessage({ ok: true, text: `Файл ${filename} сохранён` });
    } catch {
      setMessage({
        ok: false,
        text: "Не удалось получить PDF. Проверьте связь и попробуйте ещё раз.",
      });
    } finally {
      setBusy(false);
    }
  }

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
        <button
          type="button"
          className="min-h-11 rounded-md border border-blue-800 bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60"
          disabled={request === null || busy || !hydrated}
          onClick={downloadPdf}
        >
          Скачать PDF
        </button>
        <button
          type="button"
          className={ACTION_BUTTON}
          disabled={request === null}
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
