import { format, parseISO, addMonths } from "date-fns";
import { STANCE_COLOR, STANCE_LABEL, STANCES, type Stance } from "@/lib/stances/scale";
import type { MonthCount } from "@/lib/statements/timeline";

/** Every month from the first to the last, so gaps show as gaps; a year at least, so bars stay bars. */
function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let d = parseISO(`${first}-01`); format(d, "yyyy-MM") <= last; d = addMonths(d, 1)) months.push(format(d, "yyyy-MM"));
  while (months.length < 12) {
    months.push(format(addMonths(parseISO(`${months.at(-1)!}-01`), 1), "yyyy-MM"));
    if (months.length < 12) months.unshift(format(addMonths(parseISO(`${months[0]!}-01`), -1), "yyyy-MM"));
  }
  return months;
}

const monthLabel = (month: string) => format(parseISO(`${month}-01`), "MMM yyyy");

/**
 * Statements per month as bars; each bar links to the same view narrowed to that month. With a
 * single topic chosen, bars are split by stance.
 */
export function TimelineStrip({
  months,
  byStance,
  hrefForMonth,
  selected,
}: {
  months: MonthCount[];
  byStance: boolean;
  hrefForMonth: (month: string) => string;
  selected: { from: string | null; to: string | null };
}) {
  if (months.length === 0) return null;
  const all = monthRange(months[0]!.month, months.at(-1)!.month);
  const counts = new Map(months.map((m) => [m.month, m]));
  const max = Math.max(...months.map((m) => m.total));
  const barWidth = 10;
  const gap = all.length > 120 ? 0 : 2;
  const height = 60;
  const width = all.length * (barWidth + gap);
  const inRange = (month: string) => (!selected.from || month >= selected.from.slice(0, 7)) && (!selected.to || month <= selected.to.slice(0, 7));
  const years = all.filter((m, i) => i === 0 || m.endsWith("-01"));

  return (
    <figure className="mt-4">
      <svg
        role="group"
        aria-label={`Statements per month, ${monthLabel(all[0]!)} to ${monthLabel(all.at(-1)!)}. Choose a month to show only that month.`}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        className="h-20 w-full"
      >
        {all.map((month, i) => {
          const count = counts.get(month);
          const x = i * (barWidth + gap);
          const label = `${monthLabel(month)}: ${count?.total ?? 0} ${count?.total === 1 ? "statement" : "statements"}`;
          const dim = selected.from || selected.to ? (inRange(month) ? 1 : 0.35) : 1;
          let y = height;
          const segments = count
            ? byStance
              ? STANCES.filter((s) => count.byStance[s]).map((s) => ({ stance: s as Stance, n: count.byStance[s]! }))
              : [{ stance: null, n: count.total }]
            : [];
          return (
            <a key={month} href={hrefForMonth(month)} aria-label={label}>
              <title>{label}</title>
              <rect x={x} y={0} width={barWidth + gap} height={height} fill="transparent" />
              {segments.map(({ stance, n }) => {
                const h = Math.max(1.5, (n / max) * height);
                y -= h;
                return (
                  <rect
                    key={stance ?? "all"}
                    x={x}
                    y={y}
                    width={barWidth}
                    height={h}
                    fill={stance ? STANCE_COLOR[stance] : "currentColor"}
                    className={stance ? undefined : "text-blue-700 dark:text-blue-400"}
                    opacity={dim}
                  />
                );
              })}
            </a>
          );
        })}
      </svg>
      <div aria-hidden="true" className="relative mt-1 h-4 overflow-hidden text-xs text-stone-600 dark:text-stone-400">
        {years
          .filter((_, i) => years.length <= 12 || i % Math.ceil(years.length / 12) === 0)
          .map((month) => (
            <span key={month} className="absolute" style={{ left: `${(all.indexOf(month) / all.length) * 100}%` }}>
              {month.slice(0, 4)}
            </span>
          ))}
      </div>
      {byStance ? (
        <figcaption className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-700 dark:text-stone-300">
          {STANCES.map((stance) => (
            <span key={stance} className="inline-flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: STANCE_COLOR[stance] }} />
              {STANCE_LABEL[stance]}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
