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
