import type { PartnerAppendixData } from "@/lib/proposal/partner-appendix";

/**
 * «Для партнёра»: what the client answered and the remarks behind each line (warnings, notes).
 * Off by default: the client reads the offer, not the partner's working notes.
 */
export function PartnerAppendix({ data }: { data: PartnerAppendixData }) {
  return (
    <section
      aria-labelledby="partner-appendix-heading"
      className="mt-6 border-t-2 border-dashed border-slate-500 pt-3 print:break-before-page"
    >
      <h3 id="partner-appendix-heading" className="text-lg font-bold">
        {data.title}
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        <dt className="font-semibold">Ответы клиента</dt>
        <dd>{data.client}</dd>
        <dt className="font-semibold">Даты</dt>
        <dd>{data.dates}</dd>
      </dl>
      {data.remarks.length > 0 ? (
        <>
          <h4 className="mt-2 font-semibold">Оговорки по позициям</h4>
          <ul className="list-disc pl-5">
            {data.remarks.map((r) => (
              <li key={r.key}>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
