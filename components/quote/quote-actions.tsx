import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

const BUTTON =
  "min-h-11 rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60";

/** «Скопировать ссылку», «Скопировать текст», «Печать» and «Добавить в КП», with a confirmation. */
export function QuoteActions({
  link,
  text,
  addToOffer,
}: {
  link: () => string;
  /** The messenger text, or null while the form has errors. */
  text: (() => string) | null;
  /** Opens the commercial offer with this product added, or null while the form has errors. */
  addToOffer: (() => void) | null;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const hydrated = useHydrated();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy(value: string, done: string) {
    try {
      await navigator.clipboard.writeText(value);
      setMessage({ ok: true, text: done });
    } catch {
      setMessage({
        ok: false,
        text: "Не удалось скопировать: браузер не дал доступа к буферу обмена.",
      });
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(null), 5000);
  }

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={() => copy(link(), "Ссылка скопирована")}>
          Скопировать ссылку
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={text === null}
          onClick={() => text && copy(text(), "Текст расчёта скопирован")}
        >
          Скопировать текст
        </button>
        <button type="button" className={BUTTON} onClick={() => window.print()}>
          Печать
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={addToOffer === null || !hydrated}
          onClick={() => addToOffer?.()}
        >
          Добавить в КП
        </button>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={`min-h-6 text-sm font-medium ${message?.ok === false ? "text-red-800" : "text-green-900"}`}
      >
        {message ? (
          <>
            <span aria-hidden="true">{message.ok ? "✓ " : "⚠ "}</span>
            {message.text}
          </>
        ) : null}
      </p>
    </div>
  );
}
