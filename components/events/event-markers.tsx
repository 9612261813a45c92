// What the timeline strip and the stance chart share about the events they mark: a shape per
// kind, and the marked events in words with links choosing which kinds to mark (no JavaScript).
import { formatDay } from "@/lib/dates/precision";
import { EVENT_KIND_LABEL, type EventKindValue } from "@/lib/events/kinds";
import { MARKER_CHOICES, markerChoiceLabel, markerLabel, type MarkedEvent, type MarkerChoice } from "@/lib/events/markers";

/** A shape per kind, so markers differ by more than colour; the list names them in words. */
export const KIND_GLYPH: Record<EventKindValue, string> = {
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

/**
 * The row of shapes above a strip or chart, each at its place in percent of the width, named in
 * its title; hidden from screen readers, which get EventMarkerList instead.
 */
export function EventMarkerGlyphs({
  markers,
  className = "",
}: {
  markers: { key: string; at: number; events: MarkedEvent[] }[];
  className?: string;
}) {
  return (
    <div aria-hidden="true" className={`relative h-4 text-[11px] leading-4 text-amber-700 dark:text-amber-400 ${className}`}>
      {markers.map((marker) => (
        <span
          key={marker.key}
          className="event-marker absolute -translate-x-1/2"
          style={{ left: `${marker.at}%` }}
          title={markerLabel(marker, formatDay)}
        >
          {KIND_GLYPH[marker.events[0]!.kind]}
          {marker.events.length > 1 ? <span className="max-sm:hidden">{marker.events.length}</span> : null}
        </span>
      ))}
    </div>
  );
}

/** Events to mark, the choice of kinds that gave them, and the links to other choices. */
export interface MarkedEvents {
  list: MarkedEvent[];
  choice: MarkerChoice;
  hrefForChoice: (choice: MarkerChoice) => string;
}

/** The marked events in words (the markers' text alternative), and links choosing which kinds to mark. */
export function EventMarkerList({
  events,
  choice,
  hrefForChoice,
  where,
}: {
  events: MarkedEvent[];
  choice: MarkerChoice;
  hrefForChoice: (choice: MarkerChoice) => string;
  /** What carries the markers: "the strip", "the chart". */
  where: string;
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-stone-700 dark:text-stone-300">
        Events marked on {where}: {events.length === 0 ? "none" : events.length} ({markerChoiceLabel(choice).toLowerCase()})
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
      <nav aria-label={`Events to mark on ${where}`} className="mt-2">
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
