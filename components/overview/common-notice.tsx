import { formatAstanaDate, parseAstanaInstant } from "@/rules";

/**
 * What holds for every row, said once above the tables: the client-level reasons that block every
 * product (the rows then show only their own), and the source date assumed for upgrades.
 */
export function CommonNotice({
  reasons,
  assumedDate,
}: {
  reasons: readonly { code: string; text: string }[];
  assumedDate: string | null;
}) {
  const assumed = assumedDate === null ? null : parseAstanaInstant(assumedDate);
  if (reasons.length === 0 && assumed === null) return null;
  return (
    <div className="mt-4 flex flex-col gap-2 rounded-lg border border-slate-400 bg-slate-50 p-4">
      {reasons.length > 0 ? (
        <>
          <p className="font-semibold">Скидки нет ни на одну позицию:</p>
          <ul className="list-disc pl-6">
            {reasons.map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {assumed !== null ? (
        <p className="text-slate-700">
          Для переходов дата покупки текущей лицензии не указана: принята{" "}
          {formatAstanaDate(assumed)} (укажите её в ответах клиента).
        </p>
      ) : null}
    </div>
  );
}
