import { useEffect, useRef, useState } from "react";
import { ActionStatus, type ActionMessage } from "@/components/ui/action-status";
import { ACTION_BUTTON } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import { SHARE_TEXTS_RU, type ShareTexts } from "@/lib/page/share-texts";

/** «Скопировать ссылку», «Скопировать текст», «Печать» and «Добавить в КП», with a confirmation. */
export function ShareActions({
  link,
  text,
  addToProposal,
  addToProposalHref,
  texts = SHARE_TEXTS_RU,
}: {
  link: () => string;
  /** The messenger text, or null while the form has errors; left out, the page has no text. */
  text?: (() => string) | null;
  /**
   * Opens the commercial offer with this product added, or null while the form has errors; left
   * out, the page has no such button.
   */
  addToProposal?: (() => void) | null;
  /**
   * Without JavaScript: the link that adds the server's quote to a new offer (GET /offer/add), or
   * null when the quote has errors (then the page says why there is no button).
   */
  addToProposalHref?: string | null;
  texts?: ShareTexts;
}) {
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const hydrated = useHydrated();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy(value: string, done: string) {
    try {
      await navigator.clipboard.writeText(value);
      setMessage({ ok: true, text: done });
    } catch {
      setMessage({ ok: false, text: texts.copyFailed });
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(null), 5000);
  }

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={ACTION_BUTTON} onClick={() => copy(link(), texts.copied)}>
          {texts.copyLink}
        </button>
        {text !== undefined ? (
          <button
            type="button"
            className={ACTION_BUTTON}
            disabled={text === null}
            onClick={() => text && copy(text(), "Текст расчёта скопирован")}
          >
            Скопировать текст
          </button>
        ) : null}
        <button type="button" className={ACTION_BUTTON} onClick={() => window.print()}>
          {texts.print}
        </button>
        {addToProposal !== undefined && hydrated ? (
          <button
            type="button"
            className={ACTION_BUTTON}
            disabled={addToProposal === null}
            onClick={() => addToProposal?.()}
          >
            Добавить в КП
          </button>
        ) : null}
        {addToProposal !== undefined && !hydrated ? (
          <noscript>
            {addToProposalHref ? (
              <a href={addToProposalHref} className={ACTION_BUTTON}>
                Добавить в КП
              </a>
            ) : (
              <span className="self-center text-sm text-slate-700">
                «Добавить в КП» станет доступно, когда в расчёте не будет ошибок.
              </span>
            )}
          </noscript>
        ) : null}
      </div>
      <ActionStatus message={message} />
    </div>
  );
}
