import type { Remark } from "../promotion/types";
import {
  formatAstanaDate,
  formatAstanaDateTime,
  parseAstanaInstant,
  toAstanaDay,
} from "../time/astana";

/*
 * The offer's own warnings (added to the contract's answer beside each line's): readings that are
 * the product's (п. 8.1), and facts the partner must settle before the client signs.
 */

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
function bonusPerLicense(lines: readonly WarnedLine[]): Remark[] {
  const positions = lines.flatMap((l, i) =>
    l.quote.bonus !== null && l.quantity > 1 ? [i + 1] : [],
  );
  if (positions.length === 0) return [];
  return [
    {
      code: "copilot_bonus_per_license",
      clause: "8.1",
      text: `Бонус на Буст Copilot (п. 4.1.6) посчитан на каждую лицензию «Энтерпрайз» в позиции ${positions.join(", ")}: Правила не говорят, положен ли он один раз на участника или на каждую лицензию — окончательное толкование за Организатором (п. 8.1).`,
    },
  ];
}

/** API contract: an offer dated after its validity is still answered, with this warning. */
function expired(issuedAt: string, validUntil: string): Remark[] {
  const until = parseAstanaInstant(validUntil);
  const issued = parseAstanaInstant(issuedAt);
  if (until === null || issued === null || issuedAt <= toAstanaDay(until)) return [];
  return [
    {
      code: "offer_expired",
      clause: "2.1",
      text: `Срок действия предложения истёк: КП датировано ${formatAstanaDate(issued)}, а действует до ${formatAstanaDateTime(until)} (время Астаны), п. 2.1, 2.2, 5.2.`,
    },
  ];
}

/** API contract: VAT neither requested nor stated by the price list — no amounts, this warning. */
function vatUnknown(known: boolean): Remark[] {
  if (known) return [];
  return [
    {
      code: "vat_unknown",
      clause: "4.1",
      text: "НДС не посчитан: в прайс-листе не указано, включён ли НДС в цены, и в КП он не выбран. Укажите, включён ли НДС, облагается ли сверху или продавец не платит НДС.",
    },
  ];
}

/** Every warning of an offer, in a fixed order. */
export function proposalWarnings(facts: {
  lines: readonly WarnedLine[];
  issuedAt: string;
  validUntil: string;
  vatKnown: boolean;
}): Remark[] {
  return [
    ...bonusPerLicense(facts.lines),
    ...expired(facts.issuedAt, facts.validUntil),
    ...vatUnknown(facts.vatKnown),
  ];
}
