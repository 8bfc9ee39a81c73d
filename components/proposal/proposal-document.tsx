import type { ProposalResult } from "@/rules";
import {
  proposalTotalsRows,
  proposalViewLine,
  type ProposalViewLine,
} from "@/lib/proposal/proposal-view";
import { proposalTexts, signatureLine, type PartyBlock } from "@/lib/proposal/proposal-texts";
import { cardColumns } from "@/lib/page/card-table";

// On a phone the position's name needs no label: it is the card's first line after its number.
const cardStyle = (columns: readonly string[]) =>
  cardColumns(columns.map((c, i) => (i === 1 ? "" : c)));

/** The HTML language of a document: Kazakh for `kk`; a bilingual one stays in the page's. */
const HTML_LANG = { ru: undefined, kk: "kk", "kk+ru": undefined } as const;

/** A text of one line per language (a bilingual document): each line a block of its own. */
function PerLanguage({ text }: { text: string }) {
  return text.split("\n").map((part, i) => (
    <span key={i} className="block">
      {part}
    </span>
  ));
}

function LineRows({ line }: { line: ProposalViewLine }) {
  return (
    <>
      <tr className="border-t border-slate-300">
        <td>{line.position}</td>
        <td>
          <span className="font-medium">
            <PerLanguage text={line.title} />
          </span>
          <span className={`block text-xs ${line.eligible ? "text-slate-700" : "text-red-800"}`}>
            <PerLanguage text={line.decision} />
          </span>
        </td>
        <td>{line.quantity}</td>
        <td>{line.unitList}</td>
        <td>{line.unitPrice}</td>
        <td>{line.lineTotal}</td>
      </tr>
      {line.bonus ? (
        <tr>
          <td />
          <td>
            <PerLanguage text={line.bonus.title} />
          </td>
          <td>{line.quantity}</td>
          <td>{line.bonus.unitList}</td>
          <td>{line.bonus.unitPrice}</td>
          <td />
        </tr>
      ) : null}
    </>
  );
}

function Party({ block }: { block: PartyBlock }) {
  return (
    <div>
      <p className="font-semibold">
        {block.label}: <span className="break-words">{block.name}</span>
      </p>
      {block.details.map((d) => (
        <p key={d} className="break-words">
          {d}
        </p>
      ))}
    </div>
  );
}

/**
 * The offer as the client reads it: on screen as a preview, on paper as the whole page (A4,
 * repeated table header, numbered pages). The same rows as the server PDF (lib/proposal/proposal-view).
 * Names and texts are React text: markup in them is shown as typed, never interpreted.
 */
export function ProposalDocument({
  proposal,
  appendix,
  level = 2,
}: {
  proposal: ProposalResult;
  /** The heading's level: 1 on the client's own page, 2 inside /offer. */
  level?: 1 | 2;
  /** The «для партнёра» appendix, or null when it is off. */
  appendix: React.ReactNode;
}) {
  const texts = proposalTexts(proposal);
  const lang = proposal.language ?? "ru";
  const columns = texts.words.columns;
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <article
      aria-labelledby="offer-document-heading"
      lang={HTML_LANG[lang]}
      data-language={lang}
      className={`offer-document text-sm leading-snug whitespace-pre-line ${texts.mark ? "offer-example" : ""}`}
    >
      {texts.mark ? (
        // On paper the page's top margin repeats it on every page (globals.css, offer-example).
        <p className="offer-mark mb-3 flex flex-wrap items-baseline gap-x-2 rounded border-2 border-red-700 px-2 py-1 text-red-800">
          <strong className="text-base tracking-wide">{texts.mark.text}</strong>
          <span className="text-xs">{texts.mark.note}</span>
        </p>
      ) : null}
      <Heading id="offer-document-heading" className="text-xl font-bold print:text-2xl">
        {texts.heading}
      </Heading>
      <p>{texts.intro}</p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 print:grid-cols-2">
        <Party block={texts.seller} />
        <Party block={texts.client} />
      </div>
      {texts.expired ? (
        <p className="mt-3 rounded border border-red-700 bg-red-50 p-2 font-semibold text-red-900">
          {texts.expired}
        </p>
      ) : null}
      {texts.noDiscount ? (
        <p className="mt-3 rounded border border-amber-700 bg-amber-50 p-2">{texts.noDiscount}</p>
      ) : null}
      <div
        role="region"
        aria-label="Позиции предложения"
        tabIndex={0}
        className="mt-3 overflow-x-auto print:overflow-visible"
      >
        <table
          style={cardStyle(columns)}
          className="offer-table cards w-full md:min-w-[36rem] border-collapse print:min-w-0 [&_td]:px-1.5 [&_td]:py-1 [&_td]:align-top md:[&_td:nth-child(n+3)]:text-right print:[&_td:nth-child(n+3)]:text-right [&_td:nth-child(n+3)]:whitespace-nowrap [&_td:nth-child(n+3)]:tabular-nums [&_th]:px-1.5 [&_th]:py-1 [&_th]:align-bottom"
        >
          <caption className="sr-only">Позиции, количество и цены</caption>
          <thead className="border-b border-slate-500">
            {/* On paper the header repeats on every page, with the offer's number. */}
            <tr className="hidden print:table-row">
              <th colSpan={6} className="text-left text-xs font-normal">
                {texts.heading}
              </th>
            </tr>
            <tr>
              {columns.map((name, i) => (
                // № and Позиция to the left, the figures to the right.
                <th key={name} scope="col" className={i < 2 ? "text-left" : "text-right"}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          {proposal.lines.map((line, i) => (
            // One tbody per line: print keeps a line and its bonus row on one page.
            <tbody key={i}>
              <LineRows line={proposalViewLine(line, i, lang)} />
            </tbody>
          ))}
          <tfoot className="border-t-2 border-slate-500">
            {proposalTotalsRows(proposal).map((row) => (
              <tr key={row.label} className={row.strong ? "font-bold" : ""}>
                <th
                  scope="row"
                  colSpan={row.value === "" ? 6 : 5}
                  className="text-right font-[inherit]"
                >
                  {row.label}
                </th>
                {row.value === "" ? null : <td className="whitespace-nowrap">{row.value}</td>}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <div className="offer-closing mt-3 flex flex-col gap-1">
        <p className="font-semibold">{texts.dueInWords}</p>
        <p>{texts.priceList}</p>
        <p className="font-semibold">{texts.validity}</p>
        {texts.manager ? <p className="mt-2">{texts.manager}</p> : null}
        <p className="mt-6 text-base whitespace-pre-wrap">{signatureLine(texts.signature)}</p>
      </div>
      <div className="mt-2 text-xs">
        {/* As components/ui/print-footer, in the document's language. */}
        <p className="mt-3">{texts.rules}</p>
        <p className="mt-2 border-t border-black pt-2 text-[8.5pt]">{texts.disclaimer}</p>
      </div>
      {/* The partner's appendix is Russian, as the partner tools are. */}
      {appendix ? <div lang="ru">{appendix}</div> : null}
    </article>
  );
}
