import type { Metadata } from "next";
import Link from "next/link";
import { EVENT_KIND_LABEL, EVENT_KINDS } from "@/lib/events/kinds";
import { eventsIndex, isEventKind } from "@/lib/events/reader";
import { formatDay } from "@/lib/dates/precision";

export const metadata: Metadata = {
  title: "Events",
  description: "Occasions where statements were made: summits, press conferences, interviews, speeches.",
};

// A kind to filter by; the chosen one is marked for assistive technology and drawn filled.
const KIND_LINK =
  "inline-block rounded-full border border-stone-300 px-3 py-1 text-stone-800 underline-offset-2 hover:underline dark:border-stone-700 dark:text-stone-200 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-800 aria-[current=page]:text-white dark:aria-[current=page]:border-blue-300 dark:aria-[current=page]:bg-blue-300 dark:aria-[current=page]:text-stone-950";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: Props) {
  const raw = (await searchParams).kind;
  // An unknown kind shows every event rather than an error: the filter links only offer real ones.
  const kind = isEventKind(raw) ? raw : undefined;
  const events = await eventsIndex(kind);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Events</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        Occasions where published statements were made. Open one to read everything said there.
      </p>
      <nav aria-label="Kinds of event" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href="/events" className={KIND_LINK} aria-current={kind ? undefined : "page"}>
              All kinds
            </Link>
          </li>
          {EVENT_KINDS.map((value) => (
            <li key={value}>
              <a href={`/events?kind=${value}`} className={KIND_LINK} aria-current={kind === value ? "page" : undefined}>
                {EVENT_KIND_LABEL[value]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {events.length === 0 ? (
        <p className="mt-6 text-stone-700 dark:text-stone-300">
          {kind
            ? `No ${EVENT_KIND_LABEL[kind].toLowerCase()} events with published statements yet.`
            : "No events with published statements yet."}
        </p>
      ) : (
        <ol className="mt-6 grid gap-4 sm:grid-cols-2">
          {events.map((event) => (
            <li key={event.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <p className="text-sm text-stone-700 dark:text-stone-300">
                {event.date ? <time dateTime={event.date}>{formatDay(event.date)}</time> : "Date not recorded"} ·{" "}
                {EVENT_KIND_LABEL[event.kind]}
                {event.location ? ` · ${event.location}` : ""}
              </p>
              <h2 className="mt-1 text-lg font-semibold">
                <a href={`/events/${event.id}`} className="text-link">
                  {event.name}
                </a>
              </h2>
              <p className="mt-2 text-sm">
                {event.statementCount} {event.statementCount === 1 ? "statement" : "statements"}
                {event.speakers.length > 0 ? ` by ${event.speakers.join(", ")}` : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
