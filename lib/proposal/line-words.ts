import { copilotBonusTitle } from "@/lib/quote/glossary";
import { describeProduct } from "@/lib/quote/describe";
import { REASON_SHORT, type Language, type ProposalLineResult } from "@/rules";
import { clauseKk, clausesKk } from "@/rules/text/kk-clause";
import {
  boxEditionNameKk,
  cloudPlanNameKk,
  CMS_EDITION_NAMES_KK,
} from "@/rules/promotion/names-kk";
import { REASON_SHORT_KK } from "@/rules/promotion/texts-kk";

/*
 * The words of one line of the offer's table in one language: the position's name, the
 * decision with its clauses, the Copilot bonus row. Russian names the position as the price list
 * does; Kazakh names it from the product (trade names as written, «12 ай», «250 пайдаланушы»),
 * since a price list's titles are Russian.
 */

type Product = ProposalLineResult["product"];

/** «… редакциясынан … редакциясына көшу»: the common noun takes the endings, never the name. */
const moveKk = (from: string, to: string) => `${from} редакциясынан ${to} редакциясына көшу`;

/** A line's product in Kazakh: «Битрикс24 «Профессиональный» тарифі, 12 ай». */
export function describeProductKk(p: Product): string {
  switch (p.line) {
    case "cloud":
      return `Битрикс24 ${cloudPlanNameKk(p.plan, p.users ?? 250)} тарифі, ${p.months} ай`;
    case "box": {
      const target = boxEditionNameKk(p.edition, p.users ?? 0);
      if (p.operation === "upgrade" && p.from) {
        return `«1С-Битрикс24»: ${moveKk(boxEditionNameKk(p.from.edition, p.from.users ?? 0), target)}`;
      }
      return `«1С-Битрикс24» ${target}, ${p.operation === "renewal" ? "ұзарту" : "лицензия"}`;
    }
    case "cms": {
      const from = CMS_EDITION_NAMES_KK[p.from ?? "business"];
      if (p.operation === "to_bitrix24") {
        return `«1С-Битрикс: Управление сайтом» ${moveKk(from, "«1С-Битрикс24. Интернет-магазин + CRM»")}`;
      }
      const target = p.edition ? CMS_EDITION_NAMES_KK[p.edition] : "";
      if (p.operation === "upgrade" && p.from) {
        return `«1С-Битрикс: Управление сайтом»: ${moveKk(from, target)}`;
      }
      return `«1С-Битрикс: Управление сайтом» ${target}, ${p.operation === "renewal" ? "ұзарту" : "лицензия"}`;
    }
  }
}

/** The words of a line in one language. */
interface LineWords {
  title: (line: ProposalLineResult) => string;
  /** «Скидка 35% по п. 4.1.3, 5.6» or «Скидка по акции не применяется: …». */
  decision: (line: ProposalLineResult) => string;
  bonusTitle: (discount: string, clause: string) => string;
}

const LINE_WORDS: Record<Language, LineWords> = {
  ru: {
    title: (line) => describeProduct(line, line.quote),
    decision: ({ quote: q }) => {
      if (q.eligible) return `Скидка ${q.discountPercent}% по п. ${q.clauses.join(", ")}`;
      const why = q.reasons.map((r) => `${REASON_SHORT[r.code]} (п. ${r.clause})`);
      return `Скидка по акции не применяется: ${why.join("; ")}`;
    },
    bonusTitle: copilotBonusTitle,
  },
  kk: {
    title: (line) => describeProductKk(line.product),
    decision: ({ quote: q }) => {
      if (q.eligible) return `${clausesKk(q.clauses)} бойынша ${q.discountPercent}% жеңілдік`;
      const why = q.reasons.map((r) => `${REASON_SHORT_KK[r.code]} (${clauseKk(r.clause)})`);
      return `Акция бойынша жеңілдік қолданылмайды: ${why.join("; ")}`;
    },
    bonusTitle: (discount, clause) =>
      `Буст Copilot 12 айға, ${discount} бонус (${clauseKk(clause)})`,
  },
};

/**
 * The words of a line in each of `languages`, one text per language, joined line by line; a text
 * that is the same in both (a name made of trade names only) once.
 */
export function lineWords(languages: readonly Language[]): LineWords {
  const each = languages.map((l) => LINE_WORDS[l]);
  const join = (texts: string[]) => [...new Set(texts)].join("\n");
  return {
    title: (line) => join(each.map((w) => w.title(line))),
    decision: (line) => join(each.map((w) => w.decision(line))),
    bonusTitle: (discount, clause) => join(each.map((w) => w.bonusTitle(discount, clause))),
  };
}
