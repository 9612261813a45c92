import { monthLabel } from "@/lib/dates/months";
import { EventMarkerGlyphs, EventMarkerList, type MarkedEvents } from "@/components/events/event-markers";
import { stripMarkers } from "@/lib/events/markers";
import { STANCE_COLOR, STANCE_LABEL, STANCES } from "@/lib/stances/scale";
import {
  monthAxis,
  monthStrip,
  monthStripLinksMarkup,
  monthStripMarkup,
  STRIP_HEIGHT,
  type MonthCount,
} from "@/lib/statements/month-strip";

/**
 * Statements per month as bars; each month links to the same view narrowed to that month, and
 * names its values (month, count, counts by stance), shown on hover and on keyboard focus. With a
 * single topic chosen, bars are split by stance. Months outside a chosen date range are dimmed.
 */
export function TimelineStrip({
  months,
  byStance,
  hrefForMonth,
  selected,
  events,
}: {
  months: MonthCount[];
  byStance: boolean;
  hrefForMonth: (month: string) => string;
  selected: { from: string | null; to: string | null };
  /** Events to mark over the months, the choice of kinds that gave them, and the links to other choices. */
  events?: MarkedEvents;
}) {
  const strip = monthStrip(months, { byStance, ...selected });
  if (!strip) return null;
  const axis = monthAxis(strip);
  const markers = events
    ? stripMarkers(
        events.list,
        strip.bars.map((bar) => bar.month),
      )
    : [];

  return (
    <figure className="mt-4">
      {markers.length ? <EventMarkerGlyphs markers={markers.map((marker) => ({ ...marker, key: marker.month }))} /> : null}
      <div className="relative h-20">
        {markers.map((marker) => (
          <span
            key={marker.month}
            aria-hidden="true"
            className="pointer-events-none absolute inset-y-0 w-px border-l border-dashed border-amber-600 dark:border-amber-400"
            style={{ left: `${marker.at}%` }}
          />
        ))}
        <svg
          aria-hidden="true"
          viewBox={`0 0 ${strip.width} ${STRIP_HEIGHT}`}
          preserveAspectRatio="none"
          className="absolute inset-0 h-full w-full text-blue-700 dark:text-blue-400"
          dangerouslySetInnerHTML={{ __html: monthStripMarkup(strip) }}
        />
        <div
          role="group"
          aria-label={`Statements per month, ${monthLabel(strip.firstMonth)} to ${monthLabel(strip.lastMonth)}. Choose a month to show only that month.`}
          className="month-strip-links"
          style={{ gridTemplateColumns: `repeat(${strip.bars.length}, minmax(0, 1fr))` }}
          dangerouslySetInnerHTML={{ __html: monthStripLinksMarkup(strip, hrefForMonth) }}
        />
      </div>
      <div aria-hidden="true" className="relative mt-1 h-4 text-xs text-stone-700 dark:text-stone-300">
        {axis.map((label) => (
          <span
            key={label.month}
            className="absolute whitespace-nowrap"
            style={{
              left: `${label.at}%`,
              transform: label.at < 6 ? "translateX(-2px)" : label.at > 94 ? "translateX(-100%)" : "translateX(-50%)",
            }}
          >
            {label.narrow === null ? (
              <span className="max-sm:hidden">{label.text}</span>
            ) : (
              <>
                <span className="sm:hidden">{label.narrow}</span>
                <span className="max-sm:hidden">{label.text}</span>
              </>
            )}
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
      {events ? (
        <EventMarkerList
          events={markers.flatMap((marker) => marker.events)}
          choice={events.choice}
          hrefForChoice={events.hrefForChoice}
          where="the strip"
        />
      ) : null}
    </figure>
  );
}
