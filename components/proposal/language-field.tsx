import { FieldError } from "@/components/ui/field";
import { PARTY_PATHS } from "@/lib/proposal/proposal-form";
import { PARTY_KEYS, type ProposalDraft } from "@/lib/proposal/proposal-url";

/** The document's languages as the partner picks them (the editor itself stays Russian). */
const LANGUAGE_OPTIONS = [
  { value: "", label: "Русский", lang: undefined },
  { value: "kk", label: "Қазақша", lang: "kk" },
  { value: "kk+ru", label: "Қазақша и русский", lang: undefined },
] as const;

/** The option a draft's `lang` checks: "ru" and "" are Russian; "kk ru" a typed «kk+ru». */
const checkedValue = (typed: string) => {
  const lang = typed.trim().replace(/\s+/g, "+");
  return lang === "ru" ? "" : lang;
};

/** «Язык документа»: radios in the offer's GET form, so the choice lives in the URL (`lang`). */
export function LanguageField({
  draft,
  errors,
}: {
  draft: ProposalDraft;
  errors: Record<string, string>;
}) {
  const id = "offer-language";
  const error = errors[PARTY_PATHS.language];
  const checked = checkedValue(draft.parties.language);
  return (
    <fieldset
      id={id}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4"
    >
      <legend className="px-1 text-lg font-semibold">Язык документа</legend>
      <div className="flex flex-wrap gap-2">
        {LANGUAGE_OPTIONS.map((o) => (
          <label
            key={o.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700"
          >
            <input
              type="radio"
              name={PARTY_KEYS.language}
              value={o.value}
              defaultChecked={o.value === checked}
              className="size-4 accent-blue-700"
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
      <p className="text-sm text-slate-600">
        КП, печать, PDF и ссылка для клиента — на выбранном языке; в двуязычном КП каждая подпись и
        фраза сначала на казахском, затем на русском, суммы те же.
      </p>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}
