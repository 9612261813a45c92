import type { Metadata } from "next";
import { BackLink } from "@/components/manage-page";
import { authorizePage, STAFF } from "@/lib/auth/guard";
import { today } from "@/lib/dates/calendar-day";
import { createEventAction } from "../actions";
import { EventForm } from "../event-form";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await authorizePage(STAFF, "/manage/events/new");
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/manage/events">Events</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">New event</h1>
      <EventForm action={createEventAction} today={today()} />
    </div>
  );
}
