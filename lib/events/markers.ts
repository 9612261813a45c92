// Events drawn on a timeline: which kinds a view marks (the URL's `events`: "major" by default,
// "all", "none" or one kind), and where each event falls across a strip of months. Events of one
// month share one marker, so a phone's narrow columns are never crowded.
import { EVENT_KIND_LABEL, EVENT_KINDS, type EventKindValue } from "./kinds";

export type MarkerChoice = "major" | "all" | "none" | EventKindValue;

/** The occasions that frame a record: marked unless the reader asks for others. */
export const MAJOR_EVENT_KINDS: readonly EventKindValue[] = ["SUMMIT", "MINISTERIAL", "ELECTION"];

export function parseMarkerChoice(raw: string | string[] | undefined): MarkerChoice {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (value === "all" || value === "none") return value;
  const kind = value.toUpperCase();
  return (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as EventKindValue) : "major";
}

export function markerKinds(choice: MarkerChoice): readonly EventKindValue[] {
  if (choice === "major") return MAJOR_EVENT_KINDS;
  if (choice === "all") return EVENT_KINDS;
  if (choice === "none") return [];
  return [choice];
}

export function markerChoiceLabel(choice: MarkerChoice): string {
  if (choice === "major") return "Summits, ministerials and elections";
  if (choice === "all") return "All events";
  if (choice === "none") return "No events";
  return EVENT_KIND_LABEL[choice];
}

/** The choices offered as links, default first. */
export const MARKER_CHOICES: readonly MarkerChoice[] = ["major", "all", "none", ...EVENT_KINDS];

/** `href` with the choice in its query (the default leaves it out, so the plain URL stays plain). */
export function withMarkerChoice(href: string, choice: MarkerChoice): string {
  const [path, query = ""] = href.split("?", 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.delete("events");
  if (choice !== "major") params.set("events", choice.toLowerCase());
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path!;
}

export interface MarkedEvent {
  id: number;
  name: string;
  kind: EventKindValue;
  date: string; // YYYY-MM-DD
}

export interface EventMarker {
  month: string;
  /** Where the marker stands, in percent of the strip's width. */
  at: number;
  events: MarkedEvent[];
}

/** The markers of `events` on a strip of `months` (YYYY-MM, one equal column each); events outside it are left out. */
export function stripMarkers(events: readonly MarkedEvent[], months: readonly string[]): EventMarker[] {
  const column = new Map(months.map((month, i) => [month, i]));
  const byMonth = new Map<string, MarkedEvent[]>();
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)) {
    const month = event.date.slice(0, 7);
    if (!column.has(month)) continue;
    byMonth.set(month, [...(byMonth.get(month) ?? []), event]);
  }
  return [...byMonth.entries()].map(([month, list]) => ({
    month,
    at: Math.round(((column.get(month)! + 0.5) / months.length) * 10000) / 100,
    events: list,
  }));
}

/** What a marker says in words: "25 Jun 2025, Summit: NATO Summit". */
export function markerLabel(marker: { events: readonly MarkedEvent[] }, formatDay: (day: string) => string): string {
  return marker.events.map((e) => `${formatDay(e.date)}, ${EVENT_KIND_LABEL[e.kind]}: ${e.name}`).join("; ");
}

/** How close two events may stand on a chart (a share of its width) before they share a marker. */
const CHART_MARKER_GAP = 0.04;

export interface ChartEventMarker {
  key: string;
  /** Where the marker stands, in percent of the chart's width. */
  at: number;
  events: MarkedEvent[];
}

/**
 * The markers of `events` on a chart whose time axis places a day at `x(day)` (0 to 1): each at
 * its own day, those too close to the one before sharing its marker. Events off the chart are left out.
 */
export function chartEventMarkers(events: readonly MarkedEvent[], x: (day: string) => number): ChartEventMarker[] {
  const markers: (ChartEventMarker & { first: number })[] = [];
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)) {
    const position = x(event.date);
    if (!(position >= 0 && position <= 1)) continue;
    const last = markers.at(-1);
    if (last && position - last.first < CHART_MARKER_GAP) last.events.push(event);
    else markers.push({ key: `${event.date}-${event.id}`, at: Math.round(position * 10000) / 100, first: position, events: [event] });
  }
  return markers.map(({ key, at, events: list }) => ({ key, at, events: list }));
}
