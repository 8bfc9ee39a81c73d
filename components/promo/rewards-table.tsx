import { formatTenge, type Promotion, type PromoReward } from "@/rules";
import { cardColumns } from "@/lib/page/card-table";
import type { RewardExample } from "@/lib/promo/reward-examples";

const th = "px-3 py-2 text-left align-bottom font-semibold";
const td = "px-3 py-2 align-top";

/** The columns: header and whether its figures align right. */
const COLUMNS: readonly (readonly [string, boolean])[] = [
  ["Продукт", false],
  ["Операция", false],
  ["Скидка", false],
  ["Пример", false],
  ["Цена без скидки", true],
  ["Цена по акции", true],
  ["Пункт Правил", false],
];
const CARD_STYLE = cardColumns(COLUMNS.map(([name]) => name));

function discount(reward: PromoReward, promotion: Promotion): string {
  if (reward.percent === null) return `Бонус ${formatTenge(promotion.copilotBonus)}`;
  return reward.enterprisePercent === undefined
    ? `${reward.percent}%`
    : `${reward.percent}%, «Энтерпрайз» — ${reward.enterprisePercent}%`;
}

/** The rewards of the promotion with an example price before and after, from the catalog. */
export function RewardsTable({
  examples,
  promotion,
  note,
}: {
  examples: RewardExample[];
  promotion: Promotion;
  note: string;
}) {
  return (
    <>
      {note ? <p className="mt-2 text-slate-700">{note}</p> : null}
      {/* `relative` keeps absolutely positioned descendants inside the scroll region on phones. */}
      <div
        role="region"
        aria-label="Скидки по акции"
        tabIndex={0}
        className="relative mt-4 overflow-x-auto rounded-lg border border-slate-300 focus:outline-none focus:ring-2 focus:ring-blue-600"
      >
        <table className="cards w-full border-collapse text-sm md:min-w-[64rem]" style={CARD_STYLE}>
          <caption className="sr-only">Скидки по акции и примеры цен</caption>
          <thead className="bg-slate-100">
            <tr>
              {COLUMNS.map(([name, right]) => (
                <th key={name} scope="col" className={right ? `${th} text-right` : th}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {examples.map(({ reward, title, before, after }) => (
              <tr key={reward.id} className="border-t border-slate-200">
                <th scope="row" className={`${td} text-left font-medium md:min-w-[16rem]`}>
                  {reward.title}
                  <span className="mt-1 block font-normal text-slate-700">{reward.targets}</span>
                  {reward.condition !== "—" ? (
                    <span className="mt-1 block font-normal text-slate-700">
                      Условие: {reward.condition}.
                    </span>
                  ) : null}
                </th>
                <td className={td}>{reward.operation}</td>
                <td className={`${td} font-semibold`}>{discount(reward, promotion)}</td>
                <td className={td}>{title}</td>
                <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                  <s className="text-slate-600">{formatTenge(before)}</s>
                </td>
                <td className={`${td} whitespace-nowrap text-right font-semibold tabular-nums`}>
                  {formatTenge(after)}
                </td>
                <td className={`${td} whitespace-nowrap`}>п. {reward.clauses.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
