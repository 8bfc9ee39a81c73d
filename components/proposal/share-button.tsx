"use client";

import { type ActionMessage } from "@/components/ui/action-status";
import { ACTION_BUTTON } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import { shareProposal, type ShareOutcome, type ShareTarget } from "@/lib/proposal/share-proposal";

const MESSAGES: Record<ShareOutcome, ActionMessage | null> = {
  shared: null,
  cancelled: null,
  copied: {
    ok: true,
    text: "Поделиться здесь нельзя — ссылка для клиента скопирована: вставьте её в сообщение.",
  },
  failed: {
    ok: false,
    text: "Не удалось ни поделиться, ни скопировать: откройте «Ссылку для клиента» и скопируйте адрес страницы.",
  },
};

/** «Поделиться»: the Web Share API on phones (the PDF or the link), else copies the link. */
export function ShareButton({
  target,
  onMessage,
}: {
  target: ShareTarget;
  onMessage: (message: ActionMessage | null) => void;
}) {
  const hydrated = useHydrated();

  async function share() {
    // A relative link is shared as an absolute one.
    const url = new URL(target.url, window.location.href).toString();
    const pdfUrl = target.pdfUrl && new URL(target.pdfUrl, window.location.href).toString();
    onMessage(MESSAGES[await shareProposal({ ...target, url, pdfUrl })]);
  }

  return (
    <button type="button" className={ACTION_BUTTON} disabled={!hydrated} onClick={share}>
      Поделиться
    </button>
  );
}
