import { monthLabel } from "@/lib/dates/months";
import { formatDay } from "@/lib/dates/precision";
import { EVENT_KIND_LABEL, type EventKindValue } from "@/lib/events/kinds";
import { MARKER_CHOICES, markerChoiceLabel, markerLabel, stripMarkers, type MarkedEvent, type MarkerChoice } from "@/lib/events/markers";
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
  events?: { list: MarkedEvent[]; choice: MarkerChoice; hrefForChoice: (choice: MarkerChoice) => string };
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
      {markers.length ? (
        <div aria-hidden="true" className="relative h-4 text-[11px] leading-4 text-amber-700 dark:text-amber-400">
          {markers.map((marker) => (
            <span
              key={marker.month}
              className="event-marker absolute -translate-x-1/2"
              style={{ left: `${marker.at}%` }}
              title={markerLabel(marker, formatDay)}
            >
              {KIND_GLYPH[marker.events[0]!.kind]}
              {marker.events.length > 1 ? <span className="max-sm:hidden">{marker.events.length}</span> : null}
            </span>
          ))}
        </div>
      ) : null}
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
      {events ? <EventList markers={markers} choice={events.choice} hrefForChoice={events.hrefForChoice} /> : null}
    </figure>
  );
}

/** A shape per kind, so markers differ by more than colour; the list names them in words. */
const KIND_GLYPH: Record<EventKindValue, string> = {
  SUMMIT: "▲",
  MINISTERIAL: "◆",
  ELECTION: "■",
  PRESS_CONFERENCE: "●",
  SPEECH: "●",
  INTERVIEW: "●",
  DOORSTEP: "●",
  VIDEO_ADDRESS: "●",
  MEETING: "●",
  OTHER: "●",
};

/** The marked events in words (the markers' text alternative), and links choosing which kinds to mark. */
function EventList({
  markers,
  choice,
  hrefForChoice,
}: {
  markers: ReturnType<typeof stripMarkers>;
  choice: MarkerChoice;
  hrefForChoice: (choice: MarkerChoice) => string;
}) {
  const events = markers.flatMap((marker) => marker.events);
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-stone-700 dark:text-stone-300">
        Events marked on the strip: {events.length === 0 ? "none" : events.length} ({markerChoiceLabel(choice).toLowerCase()})
      </summary>
      {events.length ? (
        <ol className="mt-2 space-y-1">
          {events.map((event) => (
            <li key={event.id}>
              <span aria-hidden="true" className="mr-1 text-amber-700 dark:text-amber-400">
                {KIND_GLYPH[event.kind]}
              </span>
              <time dateTime={event.date}>{formatDay(event.date)}</time>, {EVENT_KIND_LABEL[event.kind]}:{" "}
              <a href={`/events/${event.id}`} className="text-link">
                {event.name}
              </a>
            </li>
          ))}
        </ol>
      ) : null}
      <nav aria-label="Events to mark" className="mt-2">
        <ul className="flex flex-wrap gap-x-3 gap-y-1">
          {MARKER_CHOICES.map((option) => (
            <li key={option}>
              <a
                href={hrefForChoice(option)}
                aria-current={option === choice ? "true" : undefined}
                className="text-link aria-[current]:font-semibold aria-[current]:no-underline"
              >
                {markerChoiceLabel(option)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
