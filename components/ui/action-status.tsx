/** The look of a secondary action button (copy, print, download). */
export const ACTION_BUTTON =
  "min-h-11 rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60";

/** The outcome of a button (copied, saved, failed), announced politely and not by colour alone. */
export interface ActionMessage {
  ok: boolean;
  text: string;
}

/** The status line under a row of action buttons. */
export function ActionStatus({ message }: { message: ActionMessage | null }) {
  return (
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
  );
}
