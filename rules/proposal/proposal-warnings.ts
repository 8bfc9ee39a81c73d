import type { Remark } from "../promotion/types";
import { clauseNoteKk } from "../text/kk-clause";
import type { Language } from "../text/language";
import {
  astanaParts,
  formatAstanaDate,
  formatAstanaDateTime,
  parseAstanaInstant,
  toAstanaDay,
  type Instant,
} from "../time/astana";
import { formatAstanaDayMonthKk } from "../time/astana-kk";

/** «23:59:59», Astana time. */
function formatAstanaTime(instant: Instant): string {
  const p = astanaParts(instant);
  return [p.hour, p.minute, p.second].map((n) => String(n).padStart(2, "0")).join(":");
}

/*
 * The offer's own warnings (added to the contract's answer beside each line's): readings that are
 * the product's (п. 8.1), and facts the partner must settle before the client signs.
 */

/** The words of the offer's warnings in one language (codes and clauses are the same). */
const WARNING_WORDS = {
  ru: {
    copilotBonusPerLicense: (positions: string) =>
      `Бонус на Буст Copilot (п. 4.1.6) посчитан на каждую лицензию «Энтерпрайз» в позиции ${positions}: Правила не говорят, положен ли он один раз на участника или на каждую лицензию — окончательное толкование за Организатором (п. 8.1).`,
    offerExpired: (issued: Instant, until: Instant) =>
      `Срок действия предложения истёк: КП датировано ${formatAstanaDate(issued)}, а действует до ${formatAstanaDateTime(until)} (время Астаны), п. 2.1, 2.2, 5.2.`,
    vatUnknown:
      "НДС не посчитан: в прайс-листе не указано, включён ли НДС в цены, и в КП он не выбран. Укажите, включён ли НДС, облагается ли сверху или продавец не платит НДС.",
  },
  kk: {
    copilotBonusPerLicense: (positions: string) =>
      `Буст Copilot бонусы ${clauseNoteKk("4.1.6")} ${positions} позициядағы әр «Энтерпрайз» лицензиясына есептелді: Ережелерде ол қатысушыға бір рет пе, әлде әр лицензияға беріле ме, айтылмаған — түпкілікті түсіндіру Ұйымдастырушыда ${clauseNoteKk("8.1")}.`,
    offerExpired: (issued: Instant, until: Instant) =>
      `Ұсыныстың жарамдылық мерзімі өтті: ұсыныс ${formatAstanaDate(issued)} күні жасалған, ал ол ${astanaParts(until).year} жылғы ${formatAstanaDayMonthKk(until, "dative")} дейін (сағат ${formatAstanaTime(until)}, Астана уақыты) жарамды ${clauseNoteKk(["2.1", "2.2", "5.2"])}.`,
    vatUnknown:
      "ҚҚС есептелмеді: прайс-парақта ҚҚС бағаға кіре ме, көрсетілмеген, ал ұсыныста ол таңдалмаған. ҚҚС бағаға кіре ме, үстінен салына ма, әлде сатушы ҚҚС төлеуші емес пе, көрсетіңіз.",
  },
} satisfies Record<Language, unknown>;

type WarningWords = (typeof WARNING_WORDS)["ru"];

/** A line of the offer, as far as its warnings need it. */
interface WarnedLine {
  quantity: number;
  quote: { bonus: unknown };
}

/**
 * п. 8.1: the Rules grant the CoPilot bonus (п. 4.1.6) to «the Participant» without saying
 * whether it is once per participant or once per license; a line of several «Энтерпрайз»
 * licenses is priced unit × quantity (API contract), so it carries one bonus per license.
 */
function bonusPerLicense(lines: readonly WarnedLine[], words: WarningWords): Remark[] {
  const positions = lines.flatMap((l, i) =>
    l.quote.bonus !== null && l.quantity > 1 ? [i + 1] : [],
  );
  if (positions.length === 0) return [];
  return [
    {
      code: "copilot_bonus_per_license",
      clause: "8.1",
      text: words.copilotBonusPerLicense(positions.join(", ")),
    },
  ];
}

/** API contract: an offer dated after its validity is still answered, with this warning. */
function expired(issuedAt: string, validUntil: string, words: WarningWords): Remark[] {
  const until = parseAstanaInstant(validUntil);
  const issued = parseAstanaInstant(issuedAt);
  if (until === null || issued === null || issuedAt <= toAstanaDay(until)) return [];
  return [
    {
      code: "offer_expired",
      clause: "2.1",
      text: words.offerExpired(issued, until),
    },
  ];
}

/** API contract: VAT neither requested nor stated by the price list — no amounts, this warning. */
function vatUnknown(known: boolean, words: WarningWords): Remark[] {
  if (known) return [];
  return [
    {
      code: "vat_unknown",
      clause: "4.1",
      text: words.vatUnknown,
    },
  ];
}

/** Every warning of an offer, in a fixed order, in `language` (Russian by default). */
export function proposalWarnings(
  facts: {
    lines: readonly WarnedLine[];
    issuedAt: string;
    validUntil: string;
    vatKnown: boolean;
  },
  language: Language = "ru",
): Remark[] {
  const words = WARNING_WORDS[language];
  return [
    ...bonusPerLicense(facts.lines, words),
    ...expired(facts.issuedAt, facts.validUntil, words),
    ...vatUnknown(facts.vatKnown, words),
  ];
}

/** The `offer_expired` sentence of an offer in `language`, or null while it is valid. */
export function expiredText(
  issuedAt: string,
  validUntil: string,
  language: Language,
): string | null {
  return expired(issuedAt, validUntil, WARNING_WORDS[language])[0]?.text ?? null;
}
