import { formatTenge, type Promotion, type Reward } from "@/rules";
import type { RewardExample } from "./reward-examples";

const th = "px-3 py-2 text-left align-bottom font-semibold";
const td = "px-3 py-2 align-top";

function discount(reward: Reward, promotion: Promotion): string {
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
        <table className="w-full min-w-[64rem] border-collapse text-sm">
          <caption className="sr-only">Скидки по акции и примеры цен</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={th}>
                Продукт
              </th>
              <th scope="col" className={th}>
                Операция
              </th>
              <th scope="col" className={th}>
                Скидка
              </th>
              <th scope="col" className={th}>
                Пример
              </th>
              <th scope="col" className={`${th} text-right`}>
                Цена без скидки
              </th>
              <th scope="col" className={`${th} text-right`}>
                Цена по акции
              </th>
              <th scope="col" className={th}>
                Пункт Правил
              </th>
            </tr>
          </thead>
          <tbody>
            {examples.map(({ reward, title, before, after }) => (
              <tr key={reward.id} className="border-t border-slate-200">
                <th scope="row" className={`${td} min-w-[16rem] text-left font-medium`}>
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
