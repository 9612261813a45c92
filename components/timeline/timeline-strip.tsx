import { monthLabel } from "@/lib/dates/months";
import { STANCE_COLOR, STANCE_LABEL, STANCES } from "@/lib/stances/scale";
import { monthStrip, monthStripMarkup, STRIP_HEIGHT, type MonthCount } from "@/lib/statements/month-strip";

/**
 * Statements per month as bars; each month links to the same view narrowed to that month. With a
 * single topic chosen, bars are split by stance. Months outside a chosen date range are dimmed.
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
  const strip = monthStrip(months, { byStance, ...selected });
  if (!strip) return null;
  const years = strip.bars.filter((bar, i) => i === 0 || bar.month.endsWith("-01"));
  const yearStep = Math.ceil(years.length / 12);

  return (
    <figure className="mt-4">
      <svg
        role="group"
        aria-label={`Statements per month, ${monthLabel(strip.firstMonth)} to ${monthLabel(strip.lastMonth)}. Choose a month to show only that month.`}
        viewBox={`0 0 ${strip.width} ${STRIP_HEIGHT}`}
        preserveAspectRatio="none"
        className="h-20 w-full text-blue-700 dark:text-blue-400"
        dangerouslySetInnerHTML={{ __html: monthStripMarkup(strip, hrefForMonth) }}
      />
      <div aria-hidden="true" className="relative mt-1 h-4 overflow-hidden text-xs text-stone-600 dark:text-stone-400">
        {years
          .filter((_, i) => years.length <= 12 || i % yearStep === 0)
          .map((bar) => (
            <span key={bar.month} className="absolute" style={{ left: `${(bar.x / strip.width) * 100}%` }}>
              {bar.month.slice(0, 4)}
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
