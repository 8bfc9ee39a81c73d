import { RadioGroup } from "@/components/ui/radio-group";
import { PARTY_PATHS } from "@/lib/proposal/proposal-form";
import { PARTY_KEYS, type ProposalDraft } from "@/lib/proposal/proposal-url";

/** The document's languages as the partner picks them (the editor itself stays Russian). */
const LANGUAGE_OPTIONS = [
  { value: "", label: "Русский" },
  { value: "kk", label: "Қазақша", lang: "kk" },
  { value: "kk+ru", label: "Қазақша и русский" },
];

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
  return (
    <div className="rounded-lg border border-slate-300 p-4">
      <RadioGroup
        id="offer-language"
        legend="Язык документа"
        options={LANGUAGE_OPTIONS}
        field={{ name: PARTY_KEYS.language }}
        value={checkedValue(draft.parties.language)}
        error={errors[PARTY_PATHS.language]}
        hint="КП, печать, PDF и ссылка для клиента — на выбранном языке; в двуязычном КП каждая подпись и фраза сначала на казахском, затем на русском, суммы те же."
      />
    </div>
  );
}
