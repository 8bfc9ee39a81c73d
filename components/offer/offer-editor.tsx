import Link from "next/link";
import { formatTenge, MAX_OFFER_QUANTITY, type OfferResult, type QuoteRequest } from "@/rules";
import { AutoSubmitForm } from "@/components/offers/auto-submit-form";
import { CONTROL_CLASS, Field } from "@/components/ui/field";
import { errorsUnder, PARTY_PATHS, type OfferForm } from "@/lib/offer/offer-form";
import {
  FACT_FIELDS,
  moveLine,
  offerHref,
  PARTY_KEYS,
  productToken,
  type OfferDraft,
  type PartyField,
} from "@/lib/offer/offer-url";
import { offerViewLine } from "@/lib/offer/offer-view";

/** The id of the offer's form: the seller memory and the error links find it by this. */
export const OFFER_FORM_ID = "offer-form";

/** The id of a seller, client or number field. */
export const partyFieldId = (field: PartyField) => `offer-${field}`;

const LINK = "inline-flex min-h-11 items-center px-2 text-blue-800 underline";
const fieldset = "flex flex-col gap-3 rounded-lg border border-slate-300 p-4";
const legend = "px-1 text-lg font-semibold";

function TextField({
  field,
  label,
  draft,
  errors,
  hint,
  placeholder,
  type = "text",
  autoComplete,
}: {
  field: PartyField;
  label: string;
  draft: OfferDraft;
  errors: Record<string, string>;
  hint?: string;
  placeholder?: string;
  type?: "text" | "tel" | "email" | "date";
  autoComplete?: string;
}) {
  const id = partyFieldId(field);
  return (
    <Field id={id} label={label} hint={hint} error={errors[PARTY_PATHS[field]]}>
      {(control) => (
        <input
          {...control}
          name={PARTY_KEYS[field]}
          type={type}
          defaultValue={draft.parties[field]}
          placeholder={placeholder}
          autoComplete={autoComplete ?? "off"}
          inputMode={field.endsWith("Bin") ? "numeric" : undefined}
          maxLength={field.endsWith("Bin") ? 12 : 200}
          className={CONTROL_CLASS}
        />
      )}
    </Field>
  );
}

function LineEditor({
  index,
  draft,
  errors,
  priced,
}: {
  index: number;
  draft: OfferDraft;
  errors: Record<string, string>;
  priced: OfferResult | null;
}) {
  const line = draft.lines[index]!;
  const view = priced?.lines[index] ? offerViewLine(priced.lines[index], index) : null;
  const problems = errorsUnder(errors, `lines.${index}.product`);
  const quantityId = `offer-line-${index}-quantity`;
  const title = view?.title ?? `Позиция ${index + 1}`;
  const move = (by: -1 | 1) => offerHref({ ...draft, lines: moveLine(draft.lines, index, by) });
  const without = offerHref({ ...draft, lines: draft.lines.filter((_, i) => i !== index) });
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 p-3">
      <input type="hidden" name="l" value={productToken(line.product as QuoteRequest["product"])} />
      <h4 className="font-semibold">
        {index + 1}. {title}
      </h4>
      {view ? (
        <p className={view.eligible ? "text-green-900" : "text-red-800"}>{view.decision}</p>
      ) : null}
      {problems.length > 0 ? (
        <p className="text-sm font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>Позиция не распознана: {problems.join("; ")}. Удалите
          её и добавьте заново.
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <Field
          id={quantityId}
          label={`Количество, позиция ${index + 1}`}
          error={errors[`lines.${index}.quantity`]}
          className="w-40"
        >
          {(control) => (
            <input
              {...control}
              name={`q${index}`}
              type="number"
              min={1}
              max={MAX_OFFER_QUANTITY}
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
                <dt>Буст CoPilot, бонус {view.bonus.discount} (п. 4.1.6)</dt>
                <dd className="text-right">{view.bonus.unitPrice}</dd>
              </>
            ) : null}
            <dt className="font-semibold">Сумма</dt>
            <dd className="text-right font-semibold">{view.lineTotal}</dd>
          </dl>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-x-2 print:hidden">
        {index > 0 ? (
          <Link href={move(-1)} scroll={false} className={LINK} aria-label={`Выше: ${title}`}>
            Выше
          </Link>
        ) : null}
        {index < draft.lines.length - 1 ? (
          <Link href={move(1)} scroll={false} className={LINK} aria-label={`Ниже: ${title}`}>
            Ниже
          </Link>
        ) : null}
        <Link href={without} scroll={false} className={LINK} aria-label={`Удалить: ${title}`}>
          Удалить
        </Link>
      </div>
    </li>
  );
}

/**
 * Stable keys of the lines: the product token and its occurrence, so a line's quantity field
 * stays with the line when another one is removed or moved (the field keeps what was typed).
 */
function lineKeys(draft: OfferDraft): string[] {
  const seen = new Map<string, number>();
  return draft.lines.map((line) => {
    const token = productToken(line.product as QuoteRequest["product"]);
    const n = seen.get(token) ?? 0;
    seen.set(token, n + 1);
    return `${token}#${n}`;
  });
}

/**
 * The offer's editable part: seller, client, number and date, the lines with their quantities.
 * A GET form (works without JavaScript); with it, the page follows every change.
 */
export function OfferEditor({
  form,
  priced,
  autoNumber,
}: {
  form: OfferForm;
  /** The priced lines (with stand-in parties while those are incomplete), or null. */
  priced: OfferResult | null;
  /** The number the offer gets when the partner types none. */
  autoNumber: string;
}) {
  const { draft, errors } = form;
  const text = { draft, errors };
  const linesError = errors.lines;
  return (
    <AutoSubmitForm
      action="/offer"
      labelledBy="offer-editor-heading"
      id={OFFER_FORM_ID}
      className="flex flex-col gap-4"
    >
      <h2 id="offer-editor-heading" className="text-2xl font-semibold">
        Данные предложения
      </h2>
      {FACT_FIELDS.filter((key) => draft.facts[key] !== "").map((key) => (
        <input key={key} type="hidden" name={key} value={draft.facts[key]} />
      ))}
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className={fieldset}>
          <legend className={legend}>Продавец (партнёр)</legend>
          <p className="text-sm text-slate-600">Запоминается в этом браузере.</p>
          <TextField field="sellerCompany" label="Компания" autoComplete="organization" {...text} />
          <TextField field="sellerBin" label="БИН/ИИН" hint="12 цифр" {...text} />
          <TextField field="sellerPerson" label="Контактное лицо" autoComplete="name" {...text} />
          <TextField field="sellerPhone" label="Телефон" type="tel" autoComplete="tel" {...text} />
          <TextField
            field="sellerEmail"
            label="E-mail"
            type="email"
            autoComplete="email"
            {...text}
          />
        </fieldset>
        <fieldset className={fieldset}>
          <legend className={legend}>Клиент</legend>
          <TextField field="clientName" label="Название или ФИО клиента" {...text} />
          <TextField field="clientBin" label="БИН/ИИН клиента" hint="12 цифр" {...text} />
          <TextField field="clientContact" label="Контакт клиента" {...text} />
          <TextField
            field="number"
            label="Номер КП"
            hint="Если не указан — номер по содержанию КП: тот же состав — тот же номер."
            placeholder={autoNumber}
            {...text}
          />
          <TextField
            field="issuedAt"
            label="Дата КП"
            type="date"
            hint="Если не указана — дата заказа."
            {...text}
          />
        </fieldset>
      </div>

      <section aria-labelledby="offer-lines-heading" className="flex flex-col gap-2">
        <h3 id="offer-lines-heading" className="text-xl font-semibold">
          Позиции
        </h3>
        {linesError ? (
          <p id="offer-lines-error" className="font-medium text-red-800">
            <span aria-hidden="true">⚠ </span>
            {linesError}
          </p>
        ) : null}
        {draft.lines.length > 0 ? (
          <ol className="flex flex-col gap-3">
            {lineKeys(draft).map((key, i) => (
              <LineEditor key={key} index={i} draft={draft} errors={errors} priced={priced} />
            ))}
          </ol>
        ) : null}
        {priced?.warnings.map((w) => (
          <p
            key={w.code}
            className="rounded border border-amber-700 bg-amber-50 p-2 text-amber-950"
          >
            {w.text}
          </p>
        ))}
        {priced ? (
          <p className="text-lg font-semibold">
            Итого к оплате: <span className="tabular-nums">{formatTenge(priced.totals.total)}</span>
          </p>
        ) : null}
      </section>

      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="notes"
          value="1"
          defaultChecked={draft.notes}
          className="size-5"
        />
        Приложение «для партнёра»: ответы клиента и оговорки (клиенту не нужно)
      </label>
      <div>
        <button
          type="submit"
          className="min-h-11 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Обновить КП
        </button>
      </div>
    </AutoSubmitForm>
  );
}
