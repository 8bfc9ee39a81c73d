import { formatTenge, type Promotion, type PromoReward } from "@/rules";
import { cardColumns } from "@/lib/page/card-table";
import type { RewardExample } from "@/lib/promo/reward-examples";
import type { PromoTexts } from "@/lib/promo/promo-texts";

const th = "px-3 py-2 text-left align-bottom font-semibold";
const td = "px-3 py-2 align-top";

function discount(reward: PromoReward, promotion: Promotion, texts: PromoTexts["rewards"]): string {
  if (reward.percent === null) return texts.bonus(formatTenge(promotion.copilotBonus));
  return reward.enterprisePercent === undefined
    ? `${reward.percent}%`
    : texts.enterprise(reward.percent, reward.enterprisePercent);
}

/** The rewards of the promotion with an example price before and after, from the catalog. */
export function RewardsTable({
  examples,
  promotion,
  note,
  texts,
}: {
  examples: RewardExample[];
  promotion: Promotion;
  note: string;
  texts: PromoTexts["rewards"];
}) {
  const c = texts.columns;
  // Each column's header and whether its figures align right.
  const columns: [string, boolean][] = [
    [c.product, false],
    [c.operation, false],
    [c.discount, false],
    [c.example, false],
    [c.listPrice, true],
    [c.promoPrice, true],
    [c.clause, false],
  ];
  return (
    <>
      {note ? <p className="mt-2 text-slate-700">{note}</p> : null}
      {/* `relative` keeps absolutely positioned descendants inside the scroll region on phones. */}
      <div
        role="region"
        aria-label={texts.region}
        tabIndex={0}
        className="relative mt-4 overflow-x-auto rounded-lg border border-slate-300 focus:outline-none focus:ring-2 focus:ring-blue-600"
      >
        <table
          className="cards w-full border-collapse text-sm md:min-w-[64rem]"
          style={cardColumns(columns.map(([name]) => name))}
        >
          <caption className="sr-only">{texts.caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              {columns.map(([name, right]) => (
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
                      {texts.condition(reward.condition)}
                    </span>
                  ) : null}
                </th>
                <td className={td}>{reward.operation}</td>
                <td className={`${td} font-semibold`}>{discount(reward, promotion, texts)}</td>
                <td className={td}>{title}</td>
                <td className={`${td} whitespace-nowrap text-right tabular-nums`}>
                  <s className="text-slate-600">{formatTenge(before)}</s>
                </td>
                <td className={`${td} whitespace-nowrap text-right font-semibold tabular-nums`}>
                  {formatTenge(after)}
                </td>
                <td className={`${td} whitespace-nowrap`}>{texts.clauses(reward.clauses)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
