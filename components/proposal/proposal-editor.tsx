import { formatTenge, type ProposalResult } from "@/rules";
import { AutoSubmitForm } from "@/components/ui/auto-submit-form";
import { LINES_HEADING_ID } from "@/lib/proposal/line-focus";
import type { LinePreview } from "@/lib/proposal/line-previews";
import type { ProposalForm } from "@/lib/proposal/proposal-form";
import { FACT_FIELDS } from "@/lib/proposal/proposal-url";
import { LineEditor, lineKeys } from "./line-editor";
import { PartyTextField as TextField } from "./party-field";
import { VatFields } from "./vat-fields";
import { LanguageField } from "./language-field";
import { RevealOnBlur } from "@/components/ui/reveal-on-blur";

/** The query key saying the partner has sent the offer's form once. */
export const SENT_KEY = "sent";

/** The id of the offer's form: the seller memory and the error links find it by this. */
export const PROPOSAL_FORM_ID = "offer-form";

const fieldset = "flex flex-col gap-3 rounded-lg border border-slate-300 p-4";
const legend = "px-1 text-lg font-semibold";

/**
 * The offer's editable part: seller, client, number and date, the lines with their quantities.
 * A GET form (works without JavaScript); with it, the page follows every change.
 */
export function ProposalEditor({
  form,
  priced,
  previews,
  autoNumber,
  sent,
}: {
  form: ProposalForm;
  /** The partner has pressed «Обновить КП» once (`sent=1`): empty required fields are errors. */
  sent: boolean;
  /** Each line on its own (its name even when the offer has errors), by index. */
  previews: (LinePreview | null)[];
  /** The priced lines (with stand-in parties while those are incomplete), or null. */
  priced: ProposalResult | null;
  /** The number the offer gets when the partner types none. */
  autoNumber: string;
}) {
  const { draft, errors } = form;
  const text = { draft, errors, sent };
  const linesError = errors.lines;
  return (
    <AutoSubmitForm
      action="/offer"
      labelledBy="offer-editor-heading"
      id={PROPOSAL_FORM_ID}
      className="flex flex-col gap-4"
    >
      {/* The form's default button (Enter in a field submits through the first submit button):
          «Обновить КП», never a line's «Выше» or «Удалить», which come before the real one. */}
      <button type="submit" name={SENT_KEY} value="1" hidden tabIndex={-1} aria-hidden="true" />
      <h2 id="offer-editor-heading" className="text-2xl font-semibold">
        Данные предложения
      </h2>
      {FACT_FIELDS.filter((key) => draft.facts[key] !== "").map((key) => (
        <input key={key} type="hidden" name={key} value={draft.facts[key]} />
      ))}
      {sent ? <input type="hidden" name={SENT_KEY} value="1" /> : null}
      <RevealOnBlur formId={PROPOSAL_FORM_ID} />
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className={fieldset}>
          <legend className={legend}>Продавец (партнёр)</legend>
          <p className="text-sm text-slate-600">Запоминается в этом браузере.</p>
          <TextField field="sellerCompany" label="Компания" autoComplete="organization" {...text} />
          <TextField field="sellerBin" label="БИН/ИИН" hint="12 цифр" {...text} />
          <TextField
            field="sellerAddress"
            label="Юридический адрес"
            autoComplete="street-address"
            {...text}
          />
          <TextField
            field="sellerIban"
            label="ИИК (IBAN)"
            hint="20 знаков: KZ и 18 цифр или латинских букв"
            {...text}
          />
          <TextField
            field="sellerBik"
            label="БИК"
            hint="8 или 11 знаков, например HSBKKZKX"
            {...text}
          />
          <TextField field="sellerBank" label="Банк" {...text} />
          <TextField field="sellerKbe" label="КБе" hint="2 цифры, например 17" {...text} />
          <TextField
            field="sellerDirector"
            label="Руководитель"
            hint="Фамилия и инициалы для подписи: Ахметова А. А."
            {...text}
          />
          <TextField
            field="sellerDirectorTitle"
            label="Должность руководителя"
            hint="Если не указана — «Руководитель»."
            {...text}
          />
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
          <TextField field="clientAddress" label="Адрес клиента" {...text} />
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

      <section aria-labelledby={LINES_HEADING_ID} className="flex flex-col gap-2">
        <h3 id={LINES_HEADING_ID} tabIndex={-1} className="text-xl font-semibold">
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
              <LineEditor
                key={key}
                index={i}
                draft={draft}
                errors={errors}
                preview={previews[i] ?? null}
              />
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

      <VatFields {...text} />
      <LanguageField draft={draft} errors={errors} />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="notes"
          value="1"
          defaultChecked={draft.notes}
          className="size-5"
        />
        Приложение «для партнёра» на странице и в PDF: ответы клиента и оговорки (клиенту не нужно)
      </label>
      <div>
        <button
          type="submit"
          name={SENT_KEY}
          value="1"
          className="min-h-11 rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Обновить КП
        </button>
      </div>
    </AutoSubmitForm>
  );
}
