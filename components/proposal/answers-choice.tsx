import type { FactDifference } from "@/lib/proposal/join-lines";

const LINK =
  "inline-flex min-h-11 items-center rounded-md border border-amber-800 bg-white px-4 py-2 font-medium text-amber-950 hover:bg-amber-100";

/**
 * A line joined this offer with other answers than the offer's: the partner sees each difference
 * and chooses. Both choices are links (no script needed).
 */
export function AnswersChoice({
  differences,
  keepHref,
  takeHref,
}: {
  differences: readonly FactDifference[];
  keepHref: string;
  takeHref: string;
}) {
  return (
    <section
      aria-labelledby="answers-choice-heading"
      className="flex flex-col gap-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 print:hidden"
    >
      <h2 id="answers-choice-heading" className="text-xl font-semibold">
        Ответы клиента у добавленной позиции отличаются от ответов КП
      </h2>
      <p>
        Все позиции КП считаются с одними ответами. Сейчас добавленная позиция посчитана с ответами
        КП.
      </p>
      <table className="w-full max-w-2xl border-collapse text-left [&_td]:border-t [&_td]:border-amber-300 [&_td]:py-1 [&_td]:pr-3 [&_th]:py-1 [&_th]:pr-3">
        <caption className="sr-only">Различия в ответах клиента</caption>
        <thead>
          <tr>
            <th scope="col">Вопрос</th>
            <th scope="col">В КП</th>
            <th scope="col">У позиции</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((d) => (
            <tr key={d.label}>
              <td>{d.label}</td>
              <td>{d.offer}</td>
              <td className="font-semibold">{d.line}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="flex flex-wrap gap-3">
        <a href={keepHref} className={LINK}>
          Оставить ответы КП
        </a>
        <a href={takeHref} className={LINK}>
          Взять ответы позиции и пересчитать КП
        </a>
      </p>
    </section>
  );
}
