import type { Metadata } from "next";
import Link from "next/link";
import { ManageHeader, Notice, noticeParam, SearchBox, searchTerm } from "@/components/manage-page";
import { DeletedList } from "@/components/record-lifecycle";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { formatDay } from "@/lib/dates/precision";
import { EVENT_KIND_LABEL } from "@/lib/events/kinds";
import { listEventsForManagement } from "@/lib/events/queries";
import { restoreEventAction } from "./actions";

export const metadata: Metadata = { title: "Events" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventsPage({ searchParams }: Props) {
  await authorizePage(STAFF, "/manage/events");
  const params = await searchParams;
  const q = searchTerm(params.q);
  const { active, deleted } = await listEventsForManagement(q);

  return (
    <>
      <ManageHeader
        title="Events"
        description="The occasions statements were made at: press conferences, speeches, interviews, summits."
        newHref="/manage/events/new"
        newLabel="New event"
      />
      <Notice kind={noticeParam(params, "deleted") ? "deleted" : undefined} what="Event" />
      <SearchBox q={q} label="Search by name or location" action="/manage/events" />

      <h2 className="mt-6 text-lg font-semibold">
        {q ? `Events matching “${q}”` : "All events"}{" "}
        <span className="font-normal text-stone-600 dark:text-stone-400">({active.length})</span>
      </h2>
      {active.length === 0 ? (
        <p className="mt-2 text-stone-700 dark:text-stone-300">{q ? "No event matches this search." : "No events yet."}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {active.map((event) => (
            <li key={event.id} className="flex items-baseline justify-between gap-4 py-3">
              <div className="min-w-0 flex-1">
                <Link
                  href={`/manage/events/${event.id}/edit`}
                  className="break-words font-medium text-blue-700 underline dark:text-blue-300"
                >
                  {event.name}
                </Link>
                <p className="break-words text-sm text-stone-600 dark:text-stone-400">
                  {[EVENT_KIND_LABEL[event.kind], event.date ? formatDay(event.date) : null, event.location || null]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
              <span className="shrink-0 text-sm text-stone-700 dark:text-stone-300">
                {event.statementCount} {event.statementCount === 1 ? "statement" : "statements"}
              </span>
            </li>
          ))}
        </ul>
      )}

      <DeletedList
        title="Deleted events"
        items={deleted}
        name={(event) => event.name}
        href={(event) => `/manage/events/${event.id}/edit`}
        action={restoreEventAction}
      />
    </>
  );
}
