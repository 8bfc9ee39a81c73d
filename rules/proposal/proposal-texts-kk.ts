import { groupDigits } from "../text/plural";
import { astanaParts, formatAstanaDate, parseAstanaInstant } from "../time/astana";
import { formatAstanaDayMonthKk } from "../time/astana-kk";
import type { PriceListFacts } from "./price-list-facts";
import type { ProposalResult } from "./build-proposal";

/*
 * The Kazakh header and footer lines of an offer, keyed as the Russian ones of
 * `proposal-texts.ts` (a test holds the two together): the page, the print and the PDF of a
 * `kk` or `kk+ru` offer read them from here. Figures, numbers and dates are the same.
 */

const pad = (n: number) => String(n).padStart(2, "0");

/** An offer's Kazakh texts, one key per Russian text of `proposal-texts.ts`. */
export const PROPOSAL_TEXTS_KK = {
  /** The title of an offer with at least one eligible line. */
  PROPOSAL_TITLE: "Коммерциялық ұсыныс",
  /** The title when no line gets the promotion: a price calculation only. */
  NO_DISCOUNT_TITLE: "Акция бойынша жеңілдіксіз құн есебі",
  /** «Коммерциялық ұсыныс № …», or the calculation title when nothing is eligible. */
  proposalHeading(proposal: Pick<ProposalResult, "lines" | "number">): string {
    const eligible = proposal.lines.some((l) => l.quote.eligible);
    return `${eligible ? PROPOSAL_TEXTS_KK.PROPOSAL_TITLE : PROPOSAL_TEXTS_KK.NO_DISCOUNT_TITLE} № ${proposal.number}`;
  },
  NO_DISCOUNT_EXPLANATION:
    "Бірде-бір позиция акция шарттарына сәйкес келмейді, сондықтан бұл акция бойынша коммерциялық ұсыныс емес, прайс-парақ бағалары бойынша есеп. Себептері әр позицияда көрсетілген.",
  /** «15.08.2025 ж.» (Russian «от 15.08.2025»). */
  issuedText(issuedAt: string): string {
    const instant = parseAstanaInstant(issuedAt);
    return instant === null ? "" : `${formatAstanaDate(instant)} ж.`;
  },
  /** The validity sentence (2.1, 2.2, 5.2-тармақтар): the promotion's last second, Astana time. */
  validityText(validUntil: string): string {
    const instant = parseAstanaInstant(validUntil);
    if (instant === null) {
      return `Ұсыныс тапсырыс ${validUntil} дейін ресімделіп, төленген жағдайда жарамды (2.1, 2.2, 5.2-тармақтар)`;
    }
    const p = astanaParts(instant);
    const time = `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
    return `Ұсыныс тапсырыс ${p.year} жылғы ${formatAstanaDayMonthKk(instant, "dative")} дейін (сағат ${time}, Астана уақыты) ресімделіп, төленген жағдайда жарамды (2.1, 2.2, 5.2-тармақтар)`;
  },
  /** «Бағалар ҚҚС-пен» / «Бағалар ҚҚС-сыз», or null when the price list does not say. */
  vatText(vatIncluded: boolean | null): string | null {
    if (vatIncluded === null) return null;
    return vatIncluded ? "Бағалар ҚҚС-пен" : "Бағалар ҚҚС-сыз";
  },
  /** «Прайс-парақ: <title>, 28.07.2025 ж. (бағалар — мысал)»; typed prices: «Бағалар қолмен көрсетілген». */
  priceListText(source: Pick<PriceListFacts, "title" | "asOf" | "kind">): string {
    if (source.kind === "manual") return "Бағалар қолмен көрсетілген";
    const instant = parseAstanaInstant(source.asOf);
    const day = instant === null ? "" : formatAstanaDate(instant);
    const date = day === "" || source.title.includes(day) ? "" : `, ${day} ж.`;
    const example = source.kind === "example" ? " (бағалар — мысал)" : "";
    return `Прайс-парақ: ${source.title}${date}${example}`;
  },
  /** «1 позиция», «5 позиция»: a Kazakh noun after a numeral stays singular. */
  positionsText(count: number): string {
    return `${groupDigits(count)} позиция`;
  },
} as const;
