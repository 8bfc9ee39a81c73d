import { MAX_PROPOSAL_QUANTITY, type QuoteRequest } from "@/rules";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { productToken, type ProposalDraft } from "@/lib/proposal/proposal-url";
import { lineHeadingId, lineMoveId } from "@/lib/proposal/line-focus";
import { EDIT_FIELD, editValue, type LineEdit } from "@/lib/proposal/line-edit";
import type { LinePreview } from "@/lib/proposal/line-previews";

const LINK =
  "inline-flex min-h-11 cursor-pointer items-center px-2 text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700";

/** A line's «Выше», «Ниже» or «Удалить»: a submit button of the offer's form (lib/proposal/line-edit). */
function EditButton({
  edit,
  id,
  label,
  children,
}: {
  edit: LineEdit;
  id?: string;
  label: string;
  children: string;
}) {
  return (
    <button
      type="submit"
      id={id}
      name={EDIT_FIELD}
      value={editValue(edit)}
      formAction="/offer/edit"
      className={LINK}
      aria-label={label}
    >
      {children}
    </button>
  );
}

/** One line of the offer: its decision and prices, quantity, move up or down, remove. */
export function LineEditor({
  index,
  draft,
  errors,
  preview,
}: {
  index: number;
  draft: ProposalDraft;
  errors: Record<string, string>;
  /** The line on its own: its name, and its decision and prices when they can be computed. */
  preview: LinePreview | null;
}) {
  const line = draft.lines[index]!;
  const view = preview?.view ?? null;
  const problem = errors[`lines.${index}.product`];
  const quantityId = `offer-line-${index}-quantity`;
  const quantityError = errors[`lines.${index}.quantity`];
  const title = preview?.title ?? `Позиция ${index + 1}`;
  const count = draft.lines.length;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 p-3">
      <input type="hidden" name="l" value={productToken(line.product as QuoteRequest["product"])} />
      <h4 id={lineHeadingId(index)} tabIndex={-1} className="font-semibold">
        {index + 1}. {title}
      </h4>
      {view ? (
        <p className={view.eligible ? "text-green-900" : "text-red-800"}>{view.decision}</p>
      ) : null}
      {problem ? (
        <p className="text-sm font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <Field
          id={quantityId}
          label={`Количество, позиция ${index + 1}`}
          error={quantityError}
          className="w-40"
        >
          {(control) => (
            <input
              {...control}
              name={`q${index}`}
              type="number"
              min={1}
              max={MAX_PROPOSAL_QUANTITY}
              step={1}
              inputMode="numeric"
              defaultValue={String(line.quantity)}
              className={CONTROL_CLASS}
            />
          )}
        </Field>
        {view ? (
          <dl className="grid grid-cols-[auto_auto] gap-x-3 text-sm tabular-nums">
            <dt>Цена за единицу</dt>
            <dd className="text-right">
              {view.unitPrice !== view.unitList ? (
                <>
                  <s className="text-slate-600">{view.unitList}</s> {view.unitPrice}
                </>
              ) : (
                view.unitPrice
              )}
            </dd>
            {view.bonus ? (
              <>
                <dt>{view.bonus.title}</dt>
                <dd className="text-right">{view.bonus.unitPrice}</dd>
              </>
            ) : null}
            {quantityError ? null : (
              <>
                <dt className="font-semibold">Сумма</dt>
                <dd className="text-right font-semibold">{view.lineTotal}</dd>
              </>
            )}
          </dl>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-x-2 print:hidden">
        {index > 0 ? (
          <EditButton
            edit={{ kind: "up", index }}
            id={lineMoveId(index, -1)}
            label={`Выше: ${title}`}
          >
            Выше
          </EditButton>
        ) : null}
        {index < count - 1 ? (
          <EditButton
            edit={{ kind: "down", index }}
            id={lineMoveId(index, 1)}
            label={`Ниже: ${title}`}
          >
            Ниже
          </EditButton>
        ) : null}
        <EditButton edit={{ kind: "remove", index }} label={`Удалить: ${title}`}>
          Удалить
        </EditButton>
      </div>
    </li>
  );
}

/**
 * Stable keys of the lines: the product token and its occurrence, so a line's quantity field
 * stays with the line when another one is removed or moved (the field keeps what was typed).
 */
export function lineKeys(draft: ProposalDraft): string[] {
  const seen = new Map<string, number>();
  return draft.lines.map((line) => {
    const token = productToken(line.product as QuoteRequest["product"]);
    const n = seen.get(token) ?? 0;
    seen.set(token, n + 1);
    return `${token}#${n}`;
  });
}
