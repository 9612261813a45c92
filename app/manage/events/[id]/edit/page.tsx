import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink, noticeParam, routeId, savedNotice } from "@/components/manage-page";
import { DeletedBanner, DeleteSection } from "@/components/record-lifecycle";
import { RevisionHistory } from "@/components/revision-history";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { getEventForEdit } from "@/lib/events/queries";
import { listRevisions } from "@/lib/revisions/queries";
import { deleteEventAction, restoreEventAction, updateEventAction } from "../../actions";
import { EventForm } from "../../event-form";
import { EVENT_LABELS } from "../../labels";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEventForEdit(routeId((await params).id));
  return { title: event ? `Edit ${event.name}` : "Event not found" };
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  await authorizePage(STAFF, `/manage/events/${rawId}/edit`);
  const event = await getEventForEdit(routeId(rawId));
  if (!event) notFound();
  const [history, query] = await Promise.all([listRevisions("Event", event.id), searchParams]);

  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/events">Events</BackLink>
      <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">
        {event.deletedAt ? event.name : `Edit ${event.name}`}
      </h1>
      {event.deletedAt ? (
        <DeletedBanner what="event" id={event.id} action={restoreEventAction} />
      ) : (
        <>
          <EventForm
            key={event.version}
            notice={savedNotice(noticeParam(query, "saved"), "Event")}
            action={updateEventAction}
            event={event}
            today={today()}
          />
          {event.statementCount > 0 ? (
            <p className="text-sm text-stone-700 dark:text-stone-300">
              {event.statementCount} {event.statementCount === 1 ? "statement was" : "statements were"} made at this event. Deleting it
              hides it from lists and pickers; those statements keep it.
            </p>
          ) : null}
          <DeleteSection what="event" id={event.id} action={deleteEventAction} />
        </>
      )}
      <RevisionHistory entries={history} labels={EVENT_LABELS} />
    </div>
  );
}
