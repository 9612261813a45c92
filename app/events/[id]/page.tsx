import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { StatementCard } from "@/components/statement-card";
import { formatDay } from "@/lib/dates/precision";
import { EVENT_KIND_LABEL } from "@/lib/events/kinds";
import { eventPage } from "@/lib/events/reader";
import { parseRecordId, recordIdOrNotFound } from "@/lib/http/ids";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseRecordId((await params).id);
  const found = id === null ? null : await eventPage(id);
  if (!found) return { title: "Event not found" };
  const { event } = found;
  return {
    title: event.name,
    description: `${EVENT_KIND_LABEL[event.kind]}${event.date ? `, ${formatDay(event.date)}` : ""}${event.location ? `, ${event.location}` : ""}: ${found.total} published statements.`,
  };
}

export default async function EventPage({ params, searchParams }: Props) {
  const id = recordIdOrNotFound((await params).id);
  const requested = parseRecordId((await searchParams).page) ?? 1;
  const found = await eventPage(id, requested);
  if (!found) notFound();
  const { event, statements, total, page, pageCount } = found;
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          <a href={`/events?kind=${event.kind}`} className="text-link">
            {EVENT_KIND_LABEL[event.kind]}
          </a>
          {" · "}
          {event.date ? <time dateTime={event.date}>{formatDay(event.date)}</time> : "Date not recorded"}
          {event.location ? ` · ${event.location}` : ""}
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">{event.name}</h1>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          {total === 0
            ? "No published statements from this event yet."
            : `${total} published ${total === 1 ? "statement" : "statements"}, in the order they were made.`}{" "}
          <Link href="/events" className="text-link">
            All events
          </Link>
        </p>
      </header>
      {statements.length > 0 ? (
        <ol className="space-y-4">
          {statements.map((statement) => (
            <li key={statement.id}>
              <StatementCard statement={statement} />
            </li>
          ))}
        </ol>
      ) : null}
      {pageCount > 1 ? (
        <Pagination page={page} pageCount={pageCount} href={(n) => `/events/${event.id}${n > 1 ? `?page=${n}` : ""}`} />
      ) : null}
    </article>
  );
}
