import { HEDGING_LABEL, STANCE_LABEL, type HedgingValue, type Stance } from "@/lib/stances/scale";

const STANCE_STYLE: Record<Stance, string> = {
  STRONGLY_FOR: "bg-emerald-700 text-white dark:bg-emerald-600",
  FOR: "bg-emerald-100 text-emerald-900 ring-1 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-800",
  MIXED: "bg-amber-100 text-amber-900 ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800",
  AGAINST: "bg-rose-100 text-rose-900 ring-1 ring-rose-300 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-800",
  STRONGLY_AGAINST: "bg-rose-800 text-white dark:bg-rose-700",
  NOT_STATED: "bg-stone-100 text-stone-700 ring-1 ring-stone-300 dark:bg-stone-800 dark:text-stone-200 dark:ring-stone-700",
};

export function StanceBadge({ stance, hedging }: { stance: Stance; hedging?: HedgingValue | null }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${STANCE_STYLE[stance]}`}>
      {STANCE_LABEL[stance]}
      {hedging ? <span className="ml-1 font-normal opacity-90">({HEDGING_LABEL[hedging]})</span> : null}
    </span>
  );
}
