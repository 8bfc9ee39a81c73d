import { formatTenge } from "@/rules";

/** Whole tenge the Kazakh way («1 234 567 ₸»), never broken across lines. */
export function Money({
  amount,
  className,
  struck = false,
}: {
  amount: number;
  className?: string;
  struck?: boolean;
}) {
  const text = formatTenge(amount);
  const classes = `whitespace-nowrap tabular-nums ${className ?? ""}`;
  return struck ? <s className={classes}>{text}</s> : <span className={classes}>{text}</span>;
}
