import { useEffect, useRef, useState } from "react";

const BUTTON =
  "min-h-11 rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60";

/** «Скопировать ссылку», «Скопировать текст» and «Печать», with a visible confirmation. */
export function QuoteActions({
  link,
  text,
}: {
  link: () => string;
  /** The messenger text, or null while the form has errors; left out, the page has no text. */
  text?: (() => string) | null;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
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
        {text !== undefined ? (
          <button
            type="button"
            className={BUTTON}
            disabled={text === null}
            onClick={() => text && copy(text(), "Текст расчёта скопирован")}
          >
            Скопировать текст
          </button>
        ) : null}
        <button type="button" className={BUTTON} onClick={() => window.print()}>
          Печать
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
